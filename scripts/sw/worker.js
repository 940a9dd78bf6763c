// The explainer's service worker. scripts/build-sw.mjs writes it into each build as sw.js,
// with BUILD (a hash of the build's files) and PRECACHE (every file of the build) filled in.
//
// - Everything is cached at install, in one cache named by build, so a page is always served
//   files of one build: never old JS against a new wasm.
// - A new worker waits (no skipWaiting at install) until the reader accepts the update
//   prompt (sw-register.js), then takes over and the page reloads.
// - On activation, caches of other builds of this same folder are deleted; another copy of
//   the explainer in another folder of the site keeps its own.
// - Loading the page itself (the folder, or index.html, with any query and fragment) is
//   answered with this build's index.html: the reader's place, settings and language live in
//   the URL, so every deep link works offline. Any other address (the published dataset, an
//   icon) is answered with that very file.

const BUILD = '__BUILD__';
const PRECACHE = __PRECACHE__;
const SCOPE = self.registration.scope;
const CACHE = `explainer-${BUILD}-${SCOPE}`;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('explainer-') && name.endsWith(`-${SCOPE}`) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const url = new URL(request.url);
      const page = request.mode === 'navigate' && (url.origin + url.pathname === SCOPE || url.origin + url.pathname === INDEX);
      const hit = page ? await cache.match(INDEX) : await cache.match(request, { ignoreSearch: true });
      return hit || fetch(request);
    })(),
  );
});
