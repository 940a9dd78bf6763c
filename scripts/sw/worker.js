// The explainer's service worker. scripts/build-sw.mjs writes it into each build as sw.js,
// with BUILD (a hash of the build's files) and PRECACHE (every file of the build but the
// link-preview images, each with the SHA-256 of its bytes) filled in.
//
// - Everything is cached at install, in one cache named by build, so a page is always served
//   files of one build: never old JS against a new wasm. Each file is fetched past the HTTP
//   cache and checked against its hash (`integrity`): a server that still holds files of
//   another build (a deployment half done: this build's sw.js beside the last build's
//   index.html) fails the install, and the worker already in place goes on serving its own
//   complete build; the browser tries the update again later.
// - A new worker waits (no skipWaiting at install) until the reader accepts the update
//   prompt (sw-register.js), then takes over and the page reloads.
// - On activation, caches of other builds of this same folder are deleted; another copy of
//   the explainer in another folder of the site keeps its own.
// - It answers only for its own scope, and never for `editions/` under it: the published
//   editions' copies (scripts/publish.mjs) each register their own worker at their own
//   folder, which precaches only that copy; a request this worker leaves goes to the network
//   as if there were no worker.
// - Loading a page (a language's folder, or its index.html, with any query and fragment) is
//   answered with this build's copy of that page: the reader's place and settings live in
//   the URL, so every deep link works offline. Any other address (the published dataset, an
//   icon) is answered with that very file.

const BUILD = '__BUILD__';
const PRECACHE = __PRECACHE__;
const SCOPE = self.registration.scope;
const CACHE = `explainer-${BUILD}-${SCOPE}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await cache.addAll(PRECACHE.map(([url, integrity]) => new Request(url, { cache: 'reload', integrity })));
      } catch (err) {
        // What was stored is of no use without the rest; the next attempt starts afresh.
        await caches.delete(CACHE);
        throw err;
      }
    })(),
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
  // Only this build's own addresses: not another origin's, not outside the scope (the site's
  // editions.json, read by an edition's copy), and not the editions published under it
  // (`editions/<date>/`, scripts/publish.mjs): each is a build of its own, with its own
  // worker at its own scope, and this build's files must never answer for it.
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE) || request.url.startsWith(`${SCOPE}editions/`)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const url = new URL(request.url);
      // A folder is its index.html; the query and fragment are the reader's, not the file's.
      if (request.mode === 'navigate' && url.pathname.endsWith('/')) url.pathname += 'index.html';
      url.search = '';
      url.hash = '';
      const hit = await cache.match(url.href);
      return hit || fetch(request);
    })(),
  );
});
