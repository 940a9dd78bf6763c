// The link-preview ("share") card of each language: what it is drawn from, read out of that
// language's built page (dist/index.html, dist/ja/index.html, dist/ko/index.html), a hash of
// that, and the card itself, drawn in a Playwright page.
//
// Used by scripts/make-share-images.mjs to make the images and by tests/e2e/share.spec.ts to
// tell when the committed images are stale: when the recorded hash no longer matches the
// build, or when the card drawn now no longer looks like the committed image. CommonJS so
// that both can load it: the ES module script by `import`, the TypeScript spec, which
// Playwright compiles to CommonJS, by `require`.
//
// The pre-renderer writes the elements read here in one fixed form, so plain patterns find
// them; a change of that form makes `shareInputs` throw and name the element, never guess.
const { createHash } = require('node:crypto');
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const WIDTH = 1200;
const HEIGHT = 630;
/** Options of the Playwright page a card is drawn in: its size, at one pixel per CSS pixel, light. */
const CARD_PAGE = { viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1, colorScheme: 'light' };

/** The languages with a page, and where each page is in the built site. */
const PAGES = [
  { lang: 'en', page: 'index.html' },
  { lang: 'ja', page: 'ja/index.html' },
  { lang: 'ko', page: 'ko/index.html' },
];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags and comments dropped, entities decoded, spaces folded. */
function text(html) {
  return html
    .replace(/<!--[\s\S]*?-->|<![^>]*>|<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') {
        const hex = name[1].toLowerCase() === 'x';
        return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first element `<tag …>…</tag>` whose start tag matches `open`, with what it nests. */
function element(html, tag, open, what) {
  const start = html.search(open);
  if (start < 0) throw new Error(`share-card: no ${what} in the page`);
  // Count nested elements of the same name so the element ends at its own closing tag.
  const tags = new RegExp(`<${tag}\\b[^>]*>|</${tag}\\s*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m; (m = tags.exec(html)); ) {
    depth += m[0][1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, tags.lastIndex);
  }
  throw new Error(`share-card: the ${what} is not closed`);
}

/** A start-tag pattern for `tag` carrying every one of `classes` (in any order, among others). */
const withClasses = (tag, ...classes) =>
  new RegExp(`<${tag}\\b[^>]*\\sclass="${classes.map((c) => `(?=(?:[^"]*\\s)?${c}(?:\\s|"))`).join('')}[^"]*"`, 'i');

/**
 * The inputs of one page's card: the title (`<h1>`), the "as of" line (`.as-of`), the kicker
 * (`.kicker`), and the foundation diagram of the variant the page shows first (Seoul's
 * proposal), as markup (`.variant.current svg.diagram-wide`) and by its own `<title>`, which
 * names it in the page's language.
 */
function shareInputs(html) {
  const title = text(element(html, 'h1', /<h1\b/i, '<h1>'));
  const asOf = text(element(html, 'p', withClasses('p', 'as-of'), '"as of" line (.as-of)'));
  const kicker = text(element(html, 'p', withClasses('p', 'kicker'), 'kicker (.kicker)'));
  const variant = element(html, 'div', withClasses('div', 'variant', 'current'), 'current variant (.variant.current)');
  const diagram = element(variant, 'svg', withClasses('svg', 'diagram-wide'), 'wide diagram (svg.diagram-wide)');
  const diagramTitle = text(element(diagram, 'title', /<title\b/i, "diagram's <title>"));
  return { title, asOf, kicker, diagram, diagramTitle };
}

/**
 * SHA-256 (hex) of what a card shows from its page: title, "as of" line, kicker and the
 * diagram's markup (the diagram's title is part of it). The card's layout and the stylesheet
 * are not in it; the spec's rendering comparison notices those.
 */
function inputHash({ title, asOf, kicker, diagram }) {
  return createHash('sha256').update(JSON.stringify([title, asOf, kicker, diagram])).digest('hex');
}

/** The image's alt text, in the page's language and from the page's own words. */
const altText = ({ title, asOf, diagramTitle }) => `${title} — ${asOf} — ${diagramTitle}`;

/** Every language's inputs from a built site, with the site's stylesheet (main-<hash>.css). */
function readSite(dist) {
  const css = readdirSync(dist).filter((f) => /^main-[0-9a-f]+\.css$/.test(f));
  if (css.length !== 1) throw new Error(`share-card: expected one main-<hash>.css in ${dist}, found ${css.length}`);
  return {
    css: readFileSync(path.join(dist, css[0]), 'utf8'),
    pages: PAGES.map(({ lang, page }) => ({ lang, ...shareInputs(readFileSync(path.join(dist, page), 'utf8')) })),
  };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

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
<div class="brand"><img alt="" src="data:image/svg+xml;base64,${icon}">${escape(kicker)}</div>
<h1>${escape(title)}</h1>
<div class="figure"><div><p class="as-of">${escape(asOf)}</p><p class="caption">${escape(diagramTitle)}</p></div>${diagram}</div>
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

module.exports = { WIDTH, HEIGHT, CARD_PAGE, PAGES, shareInputs, inputHash, altText, readSite, cardHtml, drawCard };
