// The page's only inline script, written into every page by the pre-renderer (inline.rs, head.rs),
// which also writes its hash into the page's Content Security Policy. It runs as the head is
// parsed, and does what cannot wait:
// - a theme the address asks for (`?theme=light|dark`, for a host whose colors differ from
//   the reader's system) is applied before the first paint;
// - an old link that names a language (`?lang=ja#gap-apology`, from before each language had
//   its own page) is sent on to that language's page, at the same place, before anything loads;
// - in an embed, host.js (written in at `__EMBED__`) tells the page around it how tall the
//   embed is, from the start, and opens links in WordPress's sandbox.
// Then it waits: the page is complete and readable without the app, so the app's first file
// (boot.js, which fetches the JS and the wasm) is requested only after the page has loaded and
// painted, and never competes with the page's own first paint.
// One text on every page and one on every embed (what differs is in the tag's attributes), so
// two hashes cover all; the pages' carries none of host.js, whose bytes only embeds need.
// Lines that start with `//` are left out of the pages.
(() => {
  const script = document.currentScript;
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  const boot = new URL(script.dataset.boot, document.baseURI);
  const asked = params.get('lang');
  // Each language's page, relative to the site root: the pre-renderer writes the site's list.
  const pages = __PAGES__;
  if (!root.dataset.embed && asked && asked !== root.lang && Object.hasOwn(pages, asked)) {
    // English keeps `lang=en` in the link: an explicit choice, so it offers no other language.
    if (asked !== 'en') params.delete('lang');
    const query = params.toString();
    location.replace(`${new URL(pages[asked], boot).href}${query ? `?${query}` : ''}${location.hash}`);
    return;
  }
  // biome-ignore format: the pre-renderer finds this line by its exact text (no semicolon)
  __EMBED__
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const module = document.createElement('script');
    module.type = 'module';
    module.src = boot.href;
    document.head.append(module);
  };
  // After the next frame; a frame outside the reader's view (an embed below the fold) may get
  // no frames for a while, so a timer starts it anyway.
  const afterPaint = () => {
    requestAnimationFrame(() => setTimeout(start));
    setTimeout(start, 300);
  };
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, { once: true });
})();
