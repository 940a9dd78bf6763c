// Found, shared and pasted: each language's page head carries what link previews, embedding
// tools and search engines read, with and without the site's public address; the oEmbed
// files, sitemap.xml, robots.txt and JSON-LD are valid; a real unfurling library
// (open-graph-scraper) reads each page; an oEmbed snippet pasted into a host page on
// another origin shows the embed and sizes it.
//
// Two builds are read from disk: `dist/` (no address, what `scripts/run.sh` serves) and
// `target/site-with-address/` (SITE_URL set by scripts/test.sh to the address Playwright
// serves it at, so its absolute URLs load here).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { expect, pngSize, test } from './fixtures';
import { ADDRESSED as ADDRESSED_ORIGIN } from './hosts/origins';
import { serveArticle } from './servers';
import { LANGS, type Lang, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
const PLAIN = path.join(ROOT, 'dist');
const ADDRESSED = path.join(ROOT, 'target', 'site-with-address');
const ADDRESS = `${ADDRESSED_ORIGIN}/`;
const LOCALES: Record<Lang, string> = { en: 'en_US', ja: 'ja_JP', ko: 'ko_KR' };

/** A page of a build, read from disk. */
const html = (site: string, page: string) => readFileSync(path.join(site, page, 'index.html'), 'utf8');

/** The tags of a page's head, each as its attributes. */
function headTags(source: string) {
  const head = source.slice(0, source.indexOf('</head>'));
  return [...head.matchAll(/<(meta|link)\b([^>]*)>/g)].map(([, tag, attrs]) => {
    const a: Record<string, string> = { tag };
    for (const [, name, value] of attrs.matchAll(/([\w:-]+)="([^"]*)"/g)) a[name] = value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    return a;
  });
}
const metaOf = (tags: ReturnType<typeof headTags>, key: string) =>
  tags.filter((t) => t.tag === 'meta' && (t.property === key || t.name === key)).map((t) => t.content);
const linksOf = (tags: ReturnType<typeof headTags>, rel: string) => tags.filter((t) => t.tag === 'link' && t.rel === rel);

function jsonLd(source: string) {
  const m = source.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  expect(m, 'a JSON-LD block in the head').toBeTruthy();
  return JSON.parse(m![1]);
}

test.describe('page heads', () => {
  test.skip(({ isMobile }) => isMobile, 'reads files: once is enough');

  for (const { tag, path: page } of LANGS) {
    const s = strings(tag);
    const dir = page.replace(/^\.\//, '');

    test(`${tag}: with the public address, every tag with absolute URLs`, () => {
      const source = html(ADDRESSED, dir);
      const tags = headTags(source);
      const own = `${ADDRESS}${dir}`;
      expect(linksOf(tags, 'canonical').map((l) => l.href)).toEqual([own]);
      const alternates = Object.fromEntries(
        linksOf(tags, 'alternate')
          // The page's other languages; the feed's link also names its language, with its type.
          .filter((l) => l.hreflang && !l.type)
          .map((l) => [l.hreflang, l.href]),
      );
      expect(alternates).toEqual({ en: ADDRESS, ja: `${ADDRESS}ja/`, ko: `${ADDRESS}ko/`, 'x-default': ADDRESS });
      expect(metaOf(tags, 'og:type')).toEqual(['article']);
      expect(metaOf(tags, 'og:title')[0]).toBeTruthy();
      expect(metaOf(tags, 'og:description')).toEqual([s.description]);
      expect(metaOf(tags, 'og:url')).toEqual([own]);
      expect(metaOf(tags, 'og:locale')).toEqual([LOCALES[tag]]);
      expect(metaOf(tags, 'og:locale:alternate').sort()).toEqual(
        Object.values(LOCALES)
          .filter((l) => l !== LOCALES[tag])
          .sort(),
      );
      expect(metaOf(tags, 'og:image')).toEqual([`${ADDRESS}share/share-${tag}.png`]);
      expect(metaOf(tags, 'og:image:width')).toEqual(['1200']);
      expect(metaOf(tags, 'og:image:height')).toEqual(['630']);
      expect(metaOf(tags, 'og:image:alt')[0]?.length).toBeGreaterThan(20);
      expect(metaOf(tags, 'twitter:card')).toEqual(['summary_large_image']);
      const oembed = linksOf(tags, 'alternate').filter((l) => l.type === 'application/json+oembed');
      expect(oembed.map((l) => l.href)).toEqual([`${ADDRESS}${dir}oembed.json`]);
      expect(oembed[0].title).toBe(metaOf(tags, 'og:title')[0]);
      const dataset = linksOf(tags, 'alternate').filter((l) => l.type === 'application/json');
      expect(dataset).toHaveLength(1);
      expect(new URL(dataset[0].href, own).href).toBe(`${ADDRESS}data/dispute.json`);
      const feed = linksOf(tags, 'alternate').filter((l) => l.type === 'application/atom+xml');
      expect(feed.map((l) => [l.href, l.hreflang])).toEqual([[`${ADDRESS}${dir}feed.xml`, tag]]);

      const ld = jsonLd(source);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(metaOf(tags, 'og:title')[0]);
      expect(ld.inLanguage).toBe(tag);
      expect(ld.dateModified).toBe('2023-01-30');
      expect(ld.url).toBe(own);
      expect(ld.isBasedOn).toHaveLength(2);
      expect(ld.citation).toHaveLength(2);
    });

    test(`${tag}: without an address, nothing that would be wrong`, () => {
      const source = html(PLAIN, dir);
      const tags = headTags(source);
      // Left out where a standard needs an absolute URL (search engines read only absolute
      // canonical and hreflang links).
      expect(linksOf(tags, 'canonical')).toEqual([]);
      expect(linksOf(tags, 'alternate').filter((l) => l.hreflang)).toEqual([]);
      for (const key of ['og:url', 'og:image', 'og:image:width', 'og:image:alt']) expect(metaOf(tags, key), key).toEqual([]);
      expect(linksOf(tags, 'alternate').filter((l) => l.type === 'application/json+oembed')).toEqual([]);
      expect(metaOf(tags, 'twitter:card')).toEqual(['summary']);
      expect(metaOf(tags, 'og:title')[0]).toBeTruthy();
      const ld = jsonLd(source);
      expect(ld.url).toBeUndefined();
      expect(ld.headline).toBeTruthy();
    });
  }

  test('embeds are not for search engines, and name their oEmbed file with an address', () => {
    const tags = headTags(readFileSync(path.join(ADDRESSED, 'ja', 'embed', 'timeline.html'), 'utf8'));
    expect(metaOf(tags, 'robots')).toEqual(['noindex']);
    expect(
      linksOf(tags, 'alternate')
        .filter((l) => l.type === 'application/json+oembed')
        .map((l) => l.href),
    ).toEqual([`${ADDRESS}ja/embed/timeline.oembed.json`]);
  });

  test('the sitemap and robots.txt are written with an address; without one, no sitemap', async ({ page }) => {
    expect(existsSync(path.join(PLAIN, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(path.join(PLAIN, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(readFileSync(path.join(ADDRESSED, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ADDRESS}sitemap.xml`);
    const xml = readFileSync(path.join(ADDRESSED, 'sitemap.xml'), 'utf8');
    // Parsed by the browser's own XML parser: well-formed, in the sitemap namespace.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
      const XHTML = 'http://www.w3.org/1999/xhtml';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: [doc.documentElement.namespaceURI, doc.documentElement.localName],
        urls: [...doc.getElementsByTagNameNS(NS, 'url')].map((u) => ({
          loc: u.getElementsByTagNameNS(NS, 'loc')[0]?.textContent,
          alternates: [...u.getElementsByTagNameNS(XHTML, 'link')].map((l) => l.getAttribute('hreflang')),
        })),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toEqual(['http://www.sitemaps.org/schemas/sitemap/0.9', 'urlset']);
    expect(parsed.urls.map((u) => u.loc)).toEqual([ADDRESS, `${ADDRESS}ja/`, `${ADDRESS}ko/`]);
    for (const u of parsed.urls) expect(u.alternates).toEqual(['en', 'ja', 'ko', 'x-default']);
  });
});

test.describe('oEmbed', () => {
  test.skip(({ isMobile }) => isMobile, 'reads files: once is enough');

  /** Every oEmbed file of the addressed build. */
  const files = (() => {
    const out: string[] = [];
    const walk = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('oembed.json')) out.push(full);
      }
    };
    walk(ADDRESSED);
    return out;
  })();

  test('one valid rich oEmbed file per page and per embed, with a blockquote and the embed iframe', () => {
    // 3 pages + 3 × 9 embeds.
    expect(files).toHaveLength(30);
    for (const file of files) {
      const where = path.relative(ADDRESSED, file);
      const o = JSON.parse(readFileSync(file, 'utf8'));
      expect(o.version, where).toBe('1.0');
      expect(o.type, where).toBe('rich');
      for (const key of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url'])
        expect(typeof o[key], `${where} ${key}`).toBe('string');
      for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
        expect(Number.isInteger(o[key]), `${where} ${key}`).toBe(true);
      expect(o.provider_url).toBe(ADDRESS);
      expect(o.thumbnail_url).toMatch(new RegExp(`^${ADDRESS}share/share-(en|ja|ko)\\.png$`));
      // The frame fits any column (a static file cannot honour `maxwidth`); oEmbed's own
      // width stays a number.
      expect(o.html, where).toMatch(
        /^<blockquote><a href="http:\/\/[^"]+">[^<]+<\/a><\/blockquote><iframe src="http:\/\/[^"]+\/embed\/[^"]*" title="[^"]+" width="100%" height="\d+" frameborder="0"><\/iframe>$/,
      );
    }
  });

  test("a page's address embeds the explainer at a glance; an embed's address, that embed", () => {
    const frameOf = (file: string) => JSON.parse(readFileSync(path.join(ADDRESSED, file), 'utf8')).html.match(/<iframe src="([^"]+)"/)[1];
    for (const { tag } of LANGS) {
      const dir = tag === 'en' ? '' : `${tag}/`;
      expect(frameOf(`${dir}oembed.json`)).toBe(`${ADDRESS}${dir}embed/compact.html`);
      expect(frameOf(`${dir}embed/compact.oembed.json`)).toBe(`${ADDRESS}${dir}embed/compact.html`);
      expect(frameOf(`${dir}embed/oembed.json`)).toBe(`${ADDRESS}${dir}embed/`);
      expect(frameOf(`${dir}embed/gaps.oembed.json`)).toBe(`${ADDRESS}${dir}embed/gaps.html`);
    }
  });

  test('the share images are where the previews say, at the declared size', () => {
    for (const { tag } of LANGS) {
      const png = readFileSync(path.join(ADDRESSED, 'share', `share-${tag}.png`));
      expect(pngSize(png)).toEqual([1200, 630]);
    }
  });
});

// These pages live on another origin than the explainer (as an article does), so they use
// Playwright's own `test` rather than the fixture that refuses other origins.
base.describe('an oEmbed snippet in a host page', () => {
  base.skip(({ isMobile }) => isMobile, 'one host is enough');

  base('pasted the way WordPress pastes it, the embed appears and sizes itself', async ({ page }) => {
    const o = JSON.parse(readFileSync(path.join(ADDRESSED, 'embed', 'gaps.oembed.json'), 'utf8'));
    // What WordPress does to an oEmbed response it does not know: keep the blockquote and
    // the iframe, add a secret to the iframe's address, sandbox it, and listen for heights.
    const secret = 'Ab3dE6gH9j';
    const snippet = o.html.replace(/<iframe src="([^"]+)"/, `<iframe sandbox="allow-scripts" src="$1#?secret=${secret}"`);
    const article = `<!doctype html><html lang="en"><head><title>Article</title></head><body><h1>An article</h1>${snippet}
      <script>
        addEventListener('message', (e) => {
          const f = document.querySelector('iframe');
          if (e.source !== f.contentWindow || !e.data || e.data.secret !== '${secret}' || e.data.message !== 'height') return;
          f.height = Math.min(Math.max(e.data.value, 200), 30000);
        });
      </script></body></html>`;
    const host = await serveArticle(article, 4340 + base.info().parallelIndex);
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('#gaps h2')).toBeVisible();
    await expect(frame.locator('html.live')).toBeAttached();
    const iframe = page.locator('iframe');
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(o.height);
    const content = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs(Number(await iframe.getAttribute('height')) - content)).toBeLessThanOrEqual(4);
    await host.close();
  });
});

base.describe('unfurling', () => {
  base.skip(({ isMobile }) => isMobile, 'reads files: once is enough');

  for (const { tag, path: page } of LANGS) {
    base(`open-graph-scraper reads the ${tag} page's title, description, image and locale`, async () => {
      const dir = page.replace(/^\.\//, '');
      const { result, error } = await ogs({ html: html(ADDRESSED, dir) });
      expect(error).toBe(false);
      expect(result.ogTitle).toBeTruthy();
      expect(result.ogDescription).toBe(strings(tag).description);
      expect(result.ogLocale).toBe(LOCALES[tag]);
      expect(result.ogImage?.[0]?.url).toBe(`${ADDRESS}share/share-${tag}.png`);
      expect(String(result.ogImage?.[0]?.width)).toBe('1200');
      expect(result.twitterCard).toBe('summary_large_image');
    });
  }
});
