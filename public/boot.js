// Starts the explainer's wasm, which takes over the pre-rendered page. An external module
// rather than Trunk's inline loader, so the page keeps a strict Content Security Policy
// (script-src 'self'). Trunk writes the tag that loads it, with the hashed file names:
//   <script type="module" src="boot.js" data-js="explainer-….js" data-wasm="explainer-…_bg.wasm">
//
// Before anything else, two things the address may ask for, done here because they cannot
// wait for the wasm:
// - a theme (`?theme=light|dark`, for a host whose colors differ from the reader's system);
// - an old link that names a language (`?lang=ja#gap-apology`, from before each language had
//   its own page) is sent on to that language's page, at the same place.
const script = document.querySelector('script[data-js][data-wasm]');
const root = document.documentElement;
const params = new URLSearchParams(location.search);

const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;

const here = root.lang || 'en';
const asked = params.get('lang');
const PAGES = { en: './', ja: 'ja/', ko: 'ko/' };

if (script && !root.dataset.embed && asked && asked !== here && Object.hasOwn(PAGES, asked)) {
  // English keeps `lang=en` in the link: an explicit choice, so it offers no other language.
  if (asked !== 'en') params.delete('lang');
  const query = params.toString();
  const target = new URL(PAGES[asked], new URL('./', script.src));
  location.replace(`${target.href}${query ? `?${query}` : ''}${location.hash}`);
} else if (script) {
  // The page is complete and readable without the app; fetch it once the page has loaded,
  // so it never competes with the page's own first paint.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  // The offline worker, on the explainer's own pages (an embed lives in someone else's).
  if (!root.dataset.embed) import('./sw-register.js');
  // Both URLs are written relative to the page; resolve them against it.
  const js = new URL(script.dataset.js, document.baseURI).href;
  const wasm = new URL(script.dataset.wasm, document.baseURI).href;
  const app = await import(js);
  await app.default({ module_or_path: wasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: app } }));
}
