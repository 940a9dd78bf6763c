// What the preview serves for sw.js. An offline worker that `bash scripts/run.sh` left at this
// address would answer with the pages it stored; the browser checks sw.js for an update on
// the next visit, gets this one, and it takes over at once, deletes what the old one stored,
// unregisters itself and loads the pages it controlled again, from the preview.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  );
});
