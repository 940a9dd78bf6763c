// Cite and follow (issue 28, items 4 and 5): each language's Atom feed of editions parses with
// a maintained feed parser (@rowanmanning/feed-parser) and keeps a feed validator's rules
// (well-formed XML, ids absolute and unique, RFC 3339 dates, xml:lang, author, self link), with
// one entry per edition of the build's edition.json; every page links its feed from its head
// and from Sources & method, and shows a citation of its edition as plain text.
//
// Two builds are read: `dist/` (no address: a citation without one, no feed) and
// `target/site-with-address/` (SITE_URL set by scripts/test.sh to where Playwright serves it).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from './fixtures';
import { ADDRESSED as ADDRESSED_ORIGIN } from './hosts/origins';
import { fill, LANGS, type Lang, shownDate, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
const PLAIN = path.join(ROOT, 'dist');
const ADDRESSED = path.join(ROOT, 'target', 'site-with-address');
const ADDRESS = `${ADDRESSED_ORIGIN}/`;

type Edition = { edition: string; editions: { date: string; kind: string; note: Record<Lang, string> }[] };
const edition = (site: string): Edition => JSON.parse(readFileSync(path.join(site, 'edition.json'), 'utf8'));

/** RFC 3339's date-time (section 5.6), as Atom requires for `updated` and `published`. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const dirOf = (page: string) => page.replace(/^\.\//, '');

/** The feed's raw elements, attributes kept (`@_name`), every repeatable element a list. */
const raw = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => ['entry', 'link', 'author'].includes(name),
  }).parse(xml);

test.describe('feeds', () => {
  test.skip(({ isMobile }) => isMobile, 'reads files: once is enough');

  test('each language has a feed of every edition that parses and keeps the validator’s rules', () => {
    const { editions } = edition(ADDRESSED);
    const allIds: string[] = [];
    for (const { tag, path: page } of LANGS) {
      const s = strings(tag);
      const dir = dirOf(page);
      const own = `${ADDRESS}${dir}feed.xml`;
      const xml = readFileSync(path.join(ADDRESSED, dir, 'feed.xml'), 'utf8');
      expect(XMLValidator.validate(xml), `${tag}: well-formed`).toBe(true);

      // What a feed reader gets from it.
      const feed = parseFeed(xml);
      expect(feed.meta.type).toBe('atom');
      expect(feed.language).toBe(tag);
      expect(feed.self).toBe(own);
      expect(feed.url).toBe(`${ADDRESS}${dir}`);
      expect(feed.title).toBeTruthy();
      expect(feed.authors.map((a) => a.name)).toEqual([s.site_name]);
      expect(feed.updated?.toISOString().slice(0, 10)).toBe(editions[0].date);
      expect(feed.items.map((i) => i.id)).toEqual(editions.map((e) => `${ADDRESS}editions/${e.date}/${dir}`));
      feed.items.forEach((item, n) => {
        const e = editions[n];
        expect(item.url, e.date).toBe(`${ADDRESS}editions/${e.date}/${dir}`);
        expect(item.description ?? item.content, e.date).toBe(e.note[tag]);
        expect(item.title, e.date).toContain(shownDate(e.date)[tag]);
        expect(item.updated?.toISOString().slice(0, 10), e.date).toBe(e.date);
      });

      // The rules a feed validator checks, on the XML itself.
      const root = raw(xml).feed;
      expect(root['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(root['@_xml:lang']).toBe(tag);
      expect(root.id).toBe(own);
      expect(root.updated).toMatch(RFC3339);
      expect(root.link.filter((l: Record<string, string>) => l['@_rel'] === 'self')).toEqual([
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': own },
      ]);
      expect(root.entry).toHaveLength(editions.length);
      for (const [n, entry] of root.entry.entries()) {
        const e = editions[n];
        for (const field of ['id', 'title', 'updated', 'summary']) expect(entry[field], `${tag} ${e.date}: ${field}`).toBeTruthy();
        expect(entry.updated, e.date).toMatch(RFC3339);
        expect(entry.published, e.date).toMatch(RFC3339);
        expect(new URL(entry.id).href, 'an absolute IRI').toBe(entry.id);
        const related = entry.link
          .filter((l: Record<string, string>) => l['@_rel'] === 'related')
          .map((l: Record<string, string>) => l['@_href']);
        // A correction links the corrections log of its edition, where its corrections stand under its date.
        expect(related, e.date).toEqual(e.kind === 'correction' ? [`${ADDRESS}editions/${e.date}/${dir}#corrections`] : []);
        allIds.push(entry.id);
      }
      allIds.push(root.id);
    }
    expect(new Set(allIds).size, 'every id unique, across the languages too').toBe(allIds.length);
  });

  test('without the public address no feed is written or linked', () => {
    for (const { path: page } of LANGS) {
      const dir = dirOf(page);
      expect(existsSync(path.join(PLAIN, dir, 'feed.xml'))).toBe(false);
      expect(readFileSync(path.join(PLAIN, dir, 'index.html'), 'utf8')).not.toContain('application/atom+xml');
    }
  });
});

test.describe('cite and follow', () => {
  test.use({ alsoAllowedOrigins: [ADDRESSED_ORIGIN] });

  for (const { tag, path: page } of LANGS) {
    const s = strings(tag);
    const dir = dirOf(page);

    test(`${tag}: the head and Sources & method link the feed, served as XML, and the citation names the permanent edition`, async ({
      page: tab,
      request,
    }) => {
      const { edition: date } = edition(ADDRESSED);
      const feed = `${ADDRESS}${dir}feed.xml`;
      await tab.goto(`${ADDRESS}${dir}`);
      const head = tab.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(head).toHaveCount(1);
      await expect(head).toHaveAttribute('href', feed);
      await expect(head).toHaveAttribute('hreflang', tag);
      await expect(head).toHaveAttribute('title', s.feed_link);

      const sources = tab.locator('#sources');
      await expect(sources.getByRole('heading', { name: s.cite_heading })).toBeVisible();
      const title = readFileSync(path.join(ADDRESSED, dir, 'index.html'), 'utf8').match(/<title>([^<]*)<\/title>/)![1];
      const citation = `${fill(s.citation, { publisher: s.site_name, title, date: shownDate(date)[tag] })} ${ADDRESS}editions/${date}/${dir}`;
      await expect(sources.locator('.citation')).toHaveText(citation);
      await expect(sources.getByRole('link', { name: s.feed_link })).toHaveAttribute('href', feed);

      const served = await request.get(feed);
      expect(served.status()).toBe(200);
      expect(served.headers()['content-type']).toMatch(/^application\/(atom\+)?xml\b/);
      expect(parseFeed(await served.text()).items.length).toBeGreaterThan(0);
    });
  }
});

test.describe('citation without scripts', () => {
  test.use({ javaScriptEnabled: false });

  for (const { tag, path: page } of LANGS) {
    const s = strings(tag);
    test(`${tag}: without the public address the citation ends at the edition's date, on the page and in the whole explainer's embed`, async ({
      page: tab,
    }) => {
      const { edition: date } = edition(PLAIN);
      await tab.goto(page);
      const title = await tab.title();
      const citation = fill(s.citation, { publisher: s.site_name, title, date: shownDate(date)[tag] });
      await expect(tab.locator('#sources').getByRole('heading', { name: s.cite_heading })).toBeVisible();
      await expect(tab.locator('#sources .citation')).toHaveText(citation);
      await expect(tab.locator('#sources').getByRole('link', { name: s.feed_link })).toHaveCount(0);
      // The whole explainer's embed shows Sources & method, so its citation too.
      await tab.goto(`${page}embed/`);
      await expect(tab.locator('#sources .citation')).toHaveText(citation);
    });
  }
});
