// Starts the explainer's wasm, which takes over the pre-rendered page. Requested by the
// page's start script (src/bin/prerender/loader.js) once the page has loaded and painted;
// that script's tag names the hashed files Trunk wrote:
//   <script data-boot="boot.js" data-js="explainer-….js" data-wasm="explainer-…_bg.wasm">
// An external module rather than Trunk's inline loader: the page's Content Security Policy
// allows only the one inline script whose hash it carries.
const script = document.querySelector('script[data-js][data-wasm]');
if (script) {
  const root = document.documentElement;
  // The wasm marks the page `live` once every island is taken over (browser/src/start.rs).
  const live = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!root.classList.contains('live')) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(root, { attributes: true, attributeFilter: ['class'] });
    // Should the app never get there, the offline copy must not depend on it.
    setTimeout(resolve, 10000);
  });
  try {
    // Both URLs are written relative to the page; resolve them against it.
    const js = new URL(script.dataset.js, document.baseURI).href;
    const wasm = new URL(script.dataset.wasm, document.baseURI).href;
    const [app, module] = await Promise.all([import(js), compile(wasm)]);
    // Instantiating and starting the app is a task of its own, not the tail of the compile's.
    await new Promise((resolve) => setTimeout(resolve));
    await app.default({ module_or_path: module });
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: app } }));
    await live;
  } finally {
    // The offline worker, on the explainer's own pages (an embed lives in someone else's),
    // only once the page is taken over, or the app failed: installing it fetches and stores
    // every file of the site, which on a first visit would compete with the takeover for the
    // phone's CPU and network (it did: the benchmark's blocking time halved without it).
    if (!root.dataset.embed) import('./sw-register.js');
    // A page or embed of an edition's copy (`<site>/editions/<date>/`, scripts/publish.mjs) says
    // when a newer edition exists; the latest, whose address says it is no copy, never loads
    // that script nor asks the site which edition is the newest.
    if (/\/editions\/\d{4}-\d{2}-\d{2}\/$/.test(new URL('./', import.meta.url).pathname)) import('./edition.js');
    else sinceLastVisit();
  }
}

/** "Since your last visit" (public/since.js): a first visit only stores the page's edition. */
function sinceLastVisit() {
  try {
    const now = document.querySelector('.as-of .edition time')?.dateTime;
    const key = `explainer-seen:${new URL('./', import.meta.url).pathname}`;
    const seen = sessionStorage.getItem(key) || localStorage.getItem(key);
    if (now && !seen) localStorage.setItem(key, now);
    else if (now && seen < now) import('./since.js');
  } catch {}
}

/** The compiled wasm: streamed while it downloads where the server names its type, as every
 *  static host we know does, else from the whole file. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  if (response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
