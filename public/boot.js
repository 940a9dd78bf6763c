// Starts the explainer's wasm, which takes over the pre-rendered page. Requested by the
// page's start script (src/bin/prerender/loader.js) once the page has loaded and painted;
// that script's tag names the hashed files Trunk wrote:
//   <script data-boot="boot.js" data-js="explainer-….js" data-wasm="explainer-…_bg.wasm">
// An external module rather than Trunk's inline loader: the page's Content Security Policy
// allows only the one inline script whose hash it carries.
const script = document.querySelector('script[data-js][data-wasm]');
if (script) {
  // The offline worker, on the explainer's own pages (an embed lives in someone else's).
  if (!document.documentElement.dataset.embed) import('./sw-register.js');
  // Both URLs are written relative to the page; resolve them against it.
  const js = new URL(script.dataset.js, document.baseURI).href;
  const wasm = new URL(script.dataset.wasm, document.baseURI).href;
  const app = await import(js);
  await app.default({ module_or_path: wasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: app } }));
}
