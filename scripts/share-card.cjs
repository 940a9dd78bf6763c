// The link-preview ("share") card of each language: what it is drawn from, read out of that
// language's built page (dist/index.html, dist/ja/index.html, … as languages.json lists them), a hash of
// that, and the card itself, drawn in a Playwright page.
//
// Used by scripts/make-share-images.mjs to make the images and by tests/e2e/share.spec.ts to
// tell when the committed images are stale: when the recorded hash no longer matches the
// build, or when the card drawn now no longer looks like the committed image. CommonJS so
// that both can load it: the ES module script by `import`, the TypeScript spec, which
// Playwright compiles to CommonJS, by `require`.
//
// Chromium opens each built page and the inputs are read from its DOM, so the browser's own
// HTML parser decides what the page says. A missing element makes `shareInputs` throw and
// name it, never guess.
const { createHash } = require('node:crypto');
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const WIDTH = 1200;
const HEIGHT = 630;
/** Options of the Playwright page a card is drawn in: its size, at one pixel per CSS pixel, light. */
const CARD_PAGE = { viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1, colorScheme: 'light' };

/**
 * The languages with a page in the site built in `dist`, and where each page is: from the
 * build's `languages.json`, which the pre-renderer writes from the site's own list.
 */
function pagesOf(dist) {
  const { languages } = JSON.parse(readFileSync(path.join(dist, 'languages.json'), 'utf8'));
  return languages.map((l) => ({ lang: l.tag, page: `${l.page}index.html` }));
}

/**
 * The origin the built pages are opened at. It is made up (`.invalid` never resolves): the
 * pages are answered from the build directory, and every other request is refused.
 */
const ORIGIN = 'https://share-card.invalid';

/**
 * The inputs of the card of the page open in `page`: the title (`<h1>`), the "as of" line
 * (`.as-of`, without the edition's date), the kicker (`.kicker`), and the foundation diagram of the variant the page
 * shows first (Seoul's proposal), as markup (`.variant.current svg.diagram-wide`, as the
 * browser serializes it) and by its own `<title>`, which names it in the page's language.
 * Texts have their white space folded, as a reader sees them.
 */
function shareInputs(page) {
  return page.evaluate(() => {
    const find = (root, selector, what) => {
      const element = root.querySelector(selector);
      if (!element) throw new Error(`share-card: no ${what} in ${location.pathname}`);
      return element;
    };
    const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();
    // The "as of" date without the edition's: a link preview is kept by the sites that show
    // it for years, across editions, and says only how far the story goes.
    const asOf = (element) => {
      const line = element.cloneNode(true);
      for (const edition of line.querySelectorAll('.edition')) edition.remove();
      return text(line);
    };
    const variant = find(document, '.variant.current', 'current variant (.variant.current)');
    const diagram = find(variant, 'svg.diagram-wide', 'wide diagram (svg.diagram-wide)');
    return {
      title: text(find(document, 'h1', '<h1>')),
      asOf: asOf(find(document, '.as-of', '"as of" line (.as-of)')),
      kicker: text(find(document, '.kicker', 'kicker (.kicker)')),
      diagram: diagram.outerHTML,
      diagramTitle: text(find(diagram, 'title', "diagram's <title>")),
    };
  });
}

/**
 * SHA-256 (hex) of what a card shows from its page: title, "as of" line, kicker and the
 * diagram's markup (the diagram's title is part of it). The card's layout and the stylesheet
 * are not in it; the spec's rendering comparison notices those.
 */
function inputHash({ title, asOf, kicker, diagram }) {
  return createHash('sha256')
    .update(JSON.stringify([title, asOf, kicker, diagram]))
    .digest('hex');
}

/** The image's alt text, in the page's language and from the page's own words. */
const altText = ({ title, asOf, diagramTitle }) => `${title} — ${asOf} — ${diagramTitle}`;

/**
 * Every language's inputs from a built site, read in `browser` (a Playwright Browser), with
 * the site's stylesheet (main-<hash>.css). The pages are opened with scripts off, so their
 * DOM is the pre-rendered page as the build wrote it, which is what the card is to show; and
 * nothing they link is loaded, because nothing of it is read.
 */
async function readSite(browser, dist) {
  const css = readdirSync(dist).filter((f) => /^main-[0-9a-f]+\.css$/.test(f));
  if (css.length !== 1) throw new Error(`share-card: expected one main-<hash>.css in ${dist}, found ${css.length}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await context.route('**/*', (route) => {
      const request = route.request();
      if (!request.isNavigationRequest() || !request.url().startsWith(`${ORIGIN}/`)) return route.abort();
      return route.fulfill({ path: path.join(dist, decodeURIComponent(new URL(request.url()).pathname)) });
    });
    const page = await context.newPage();
    const pages = [];
    for (const { lang, page: file } of pagesOf(dist)) {
      await page.goto(`${ORIGIN}/${file}`);
      pages.push({ lang, ...(await shareInputs(page)) });
    }
    return { css: readFileSync(path.join(dist, css[0]), 'utf8'), pages };
  } finally {
    await context.close();
  }
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The card as a page: the site's stylesheet, so the diagram, the colors and the font stacks
 * are the page's own, then the card's layout. The diagram's markup is inserted as the page
 * has it. The class names are the card's own: the stylesheet already styles `.card`.
 */
function cardHtml({ lang, title, asOf, kicker, diagram, diagramTitle }, css) {
  const icon = readFileSync(path.join(ROOT, 'public', 'icons', 'icon.svg')).toString('base64');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<style>${css}</style>
<style>
  html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
  .share { width: 100%; height: 100%; padding: 40px 56px; display: flex; flex-direction: column; }
  .brand { display: flex; align-items: center; gap: 14px; padding-bottom: 14px;
    border-bottom: 4px double var(--rule); font: 600 24px/1 var(--sans); color: var(--muted);
    text-transform: uppercase; letter-spacing: 0.08em; }
  .brand img { width: 40px; height: 40px; display: block; }
  h1 { font: 700 60px/1.15 var(--serif); margin: 20px 0 0; }
  .figure { flex: 1; min-height: 0; display: flex; gap: 28px; margin-top: 24px; }
  .figure div { flex: 1; display: flex; flex-direction: column; justify-content: space-between; }
  .as-of { font: 30px/1.3 var(--sans); color: var(--muted); margin: 0; }
  .caption { margin: 0 0 4px; font: 600 26px/1.35 var(--sans); color: var(--muted);
    border-left: 4px solid var(--seoul); padding-left: 14px; }
  .figure svg { height: 100%; width: auto; display: block; font-family: var(--sans); }
</style></head><body><div class="share">
<div class="brand"><img alt="" src="data:image/svg+xml;base64,${icon}">${escapeHtml(kicker)}</div>
<h1>${escapeHtml(title)}</h1>
<div class="figure"><div><p class="as-of">${escapeHtml(asOf)}</p><p class="caption">${escapeHtml(diagramTitle)}</p></div>${diagram}</div>
</div></body></html>`;
}

/**
 * Draws one language's card in `page` (opened with CARD_PAGE), ready for a screenshot. The
 * title shrinks until it fits in two lines, or three below 52 px, so a long title in any
 * language leaves the diagram its room.
 * Returns the title's box, for the spec to compare.
 */
async function drawCard(page, inputs, css) {
  // The card is one self-contained document: any request would be one to the network.
  await page.route(/^(?!data:)/, (route) => route.abort());
  await page.setContent(cardHtml(inputs, css));
  return page.evaluate(async () => {
    await document.fonts.ready;
    const h1 = document.querySelector('h1');
    const lines = () => Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight));
    for (let size = 60; size > 40; size -= 2) {
      h1.style.fontSize = `${size}px`;
      if (lines() <= 2 || (size <= 52 && lines() <= 3)) break;
    }
    const { x, y, width, height } = h1.getBoundingClientRect();
    return { x, y, width, height };
  });
}

module.exports = { WIDTH, HEIGHT, CARD_PAGE, pagesOf, shareInputs, inputHash, altText, readSite, cardHtml, drawCard };
