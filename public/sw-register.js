// Registers the offline worker (sw.js) and offers updates. Plain JS outside the wasm: it
// costs the app nothing and works even where the app fails to start. boot.js imports it once
// the wasm has taken the page over (or failed to), on the explainer's own pages only (never
// in an embed).
//
// Where service workers are unavailable (some iframes, private modes, file://) it does
// nothing and says nothing: the explainer works online exactly as before.
// The worker and this script sit at the site's root; every language's page (ja/, ko/) is
// under it and registers the same worker.
const SITE_ROOT = new URL('./', import.meta.url).href;

(() => {
  try {
    // Some browsers throw on merely reading navigator.serviceWorker when storage is blocked.
    if (!('serviceWorker' in navigator) || !navigator.serviceWorker || !/^https?:$/.test(location.protocol)) return;
    registerOfflineWorker();
  } catch {
    // No worker: the explainer stays an online page, and the reader sees no error.
  }
})();

function registerOfflineWorker() {
  // Reload only when the reader accepted an update, not when the very first worker takes
  // control of a page that is already up to date.
  let accepted = false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!accepted || reloading) return;
    reloading = true;
    location.reload();
  });

  function offer(worker) {
    if (document.getElementById('update-prompt')) return;
    // The notice's words, in the page's language: the pre-renderer writes them on the start
    // script's tag, from the app's one table of interface strings. (Not fetched: with a
    // request for them under way while the new worker waited, its activation now and then
    // came late, in the two-copies spec.)
    const words = document.querySelector('script[data-update]')?.dataset;
    if (!words) return;
    const box = document.createElement('div');
    box.id = 'update-prompt';
    box.className = 'update-prompt';
    box.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = words.update;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = words.reload;
    button.addEventListener('click', () => {
      accepted = true;
      button.disabled = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    box.append(text, button);
    document.body.append(box);
  }

  function watch(worker) {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  }

  navigator.serviceWorker
    .register(new URL('sw.js', SITE_ROOT).href)
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      // A page left open hears of a new build when the reader comes back to it, not only
      // on the next page load.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // Refused (storage blocked in a third-party iframe, say): stay an online page.
    });
}
