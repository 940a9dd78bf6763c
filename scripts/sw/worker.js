// The explainer's service worker. scripts/build-sw.mjs writes it into each build as sw.js,
// with BUILD (a hash of the build's files) and PRECACHE (every file of the build) filled in.
//
// - Everything is cached at install, in one cache named by build, so a page is always served
//   files of one build: never old JS against a new wasm.
// - A new worker waits (no skipWaiting at install) until the reader accepts the update
//   prompt (sw-register.js), then takes over and the page reloads.
// - On activation, caches of other builds are deleted.
// - Navigations are answered with this build's index.html: the app is one page, and the
//   reader's place, settings and language live in the URL, so every deep link works offline.

const BUILD = '__BUILD__';
const PRECACHE = __PRECACHE__;
const CACHE = `explainer-${BUILD}`;
const INDEX = new URL('index.html', self.registration.scope).href;

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
        if (name.startsWith('explainer-') && name !== CACHE) await caches.delete(name);
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
      const hit = request.mode === 'navigate' ? await cache.match(INDEX) : await cache.match(request, { ignoreSearch: true });
      return hit || fetch(request);
    })(),
  );
});
