// Editions (issue 28): two builds with different data published into one site folder, as a
// newsroom publishes them. Edition A is the release build with its address
// (target/site-with-address); edition B is the same data edited into the next edition by
// scripts/next-edition-site.mjs: a changed statement, a new timeline event and a correction.
// Checked: the root shows B; editions/A/ is byte for byte A and shows A's text, with the
// notice of a newer edition linking to the latest; editions.json lists both, with notes in
// three languages and digests that differ exactly in the changed and the new card; each
// language's feed has an entry for each, linking to its published copy; publishing A again
// (also as built by newer code) changes nothing; other content under A's date, an older
// unpublished edition and data that drop a published one are refused, changing nothing.

import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, watch } from './fixtures';
import { ADDRESSED } from './hosts/origins';
import { publish } from './publishing';
import { serveAnywhere, stop } from './servers';
import { fill, LANGS, shownDate, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
// Edition A: the release build with the address Playwright serves it at (scripts/test.sh);
// edition B: the same data edited into the next edition (scripts/next-edition-site.mjs).
const EDITION_A = path.join(ROOT, 'target', 'site-with-address');
const EDITION_B = path.join(ROOT, 'target', 'site-edition-b');
// What B changed, as scripts/next-edition-site.mjs edits the data.
const CHANGED_CARD = 'event-colonial-rule';
const NEW_CARD = 'event-edition-b-event';

type Edition = {
  edition: string;
  content: string;
  editions: { date: string; kind: string; note: Record<string, string> }[];
  sections: Record<string, string>;
  cards: Record<string, string>;
};

const readEdition = (dir: string): Edition => JSON.parse(readFileSync(path.join(dir, 'edition.json'), 'utf8'));

/** Every file under `dir` with the SHA-256 of its bytes and, with `times`, its modification time. */
function snapshot(dir: string, times = false): Record<string, string> {
  const out: Record<string, string> = {};
  (function walk(sub: string) {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const stat = statSync(path.join(dir, rel));
      if (stat.isDirectory()) walk(rel);
      else
        out[rel] =
          createHash('sha256')
            .update(readFileSync(path.join(dir, rel)))
            .digest('hex') + (times ? ` ${stat.mtimeMs}` : '');
    }
  })('');
  return out;
}

/** A copy of the build `from` at `to` as newer code would build the same data: its script differs,
 *  its content does not. */
function newerCode(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  writeFileSync(path.join(to, 'boot.js'), `${readFileSync(path.join(to, 'boot.js'), 'utf8')}\n// newer code\n`);
  return to;
}

// What an older edition's copy asks outside its folder: the site's list of editions, which
// its notice of a newer edition reads (public/edition.js; pinned.spec.ts tests the notice).
const ITS_NOTICE = ['/editions.json'];

test.describe('editions', () => {
  test.skip(({ isMobile }) => isMobile, 'publishing is the same for every screen; once is enough');

  test('two builds published into one site: B at the root, A frozen, both listed; A again is a no-op, other content under A is refused', async ({
    browser,
  }) => {
    const work = mkdtempSync(path.join(tmpdir(), 'explainer-editions-'));
    const site = path.join(work, 'site');
    const a = EDITION_A;
    const A = readEdition(a);
    const dateA = A.edition;

    // Build B: the next edition, built from edited data (scripts/next-edition-site.mjs): a
    // changed statement in the timeline's first event, a new event, a correction.
    const b = EDITION_B;
    const B = readEdition(b);
    const dateB = B.edition;
    expect(dateB > dateA).toBe(true);

    // 1. A into an empty site.
    const first = publish(a, site);
    expect(first.status, first.err).toBe(0);
    expect(snapshot(path.join(site, 'editions', dateA))).toEqual(snapshot(a));

    // 2. B: the root becomes B, A stays as published.
    const second = publish(b, site);
    expect(second.status, second.err).toBe(0);
    const root = snapshot(site);
    const rootOnly = Object.fromEntries(
      Object.entries(root).filter(([k]) => !k.startsWith('editions/') && k !== 'editions.json' && k !== '_headers'),
    );
    const { _headers: _, ...bOnly } = snapshot(b);
    expect(rootOnly).toEqual(bOnly);
    // The root's _headers (what Netlify and Cloudflare Pages read): B's rules, then each copy's
    // own under its address, so A's pages keep their own policy (its hashes) on those hosts.
    const headers = readFileSync(path.join(site, '_headers'), 'utf8');
    expect(headers.startsWith(readFileSync(path.join(b, '_headers'), 'utf8').trimEnd())).toBe(true);
    for (const [copy, date] of [
      [a, dateA],
      [b, dateB],
    ]) {
      const own = readFileSync(path.join(copy, '_headers'), 'utf8');
      const policy = own.match(/^\/index\.html\n {2}Content-Security-Policy: (.*)$/m)![1];
      expect(headers).toContain(`/editions/${date}/index.html\n  Content-Security-Policy: ${policy}\n`);
    }
    expect(headers).not.toContain(`/editions/${dateA}/*`);
    expect(headers).toMatch(/^\/editions\.json\n {2}Content-Security-Policy: .*\n {2}Cache-Control: no-cache$/m);
    expect(snapshot(path.join(site, 'editions', dateA))).toEqual(snapshot(a));
    expect(snapshot(path.join(site, 'editions', dateB))).toEqual(snapshot(b));

    // editions.json: every edition, newest first, notes in three languages, digests of the published.
    const list = JSON.parse(readFileSync(path.join(site, 'editions.json'), 'utf8'));
    expect(list.latest).toBe(dateB);
    const dates = list.editions.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.slice(0, 2)).toEqual([dateB, dateA]);
    for (const e of list.editions) {
      for (const lang of ['en', 'ja', 'ko']) expect(e.note[lang], `${e.date} ${lang}`).toMatch(/\S/);
    }
    const [eb, ea] = list.editions;
    expect(eb).toMatchObject({
      latest: true,
      path: `editions/${dateB}/`,
      kind: 'correction',
      content: B.content,
      cards: B.cards,
      sections: B.sections,
    });
    expect(ea).toMatchObject({ latest: false, path: `editions/${dateA}/`, content: A.content, cards: A.cards, sections: A.sections });
    expect(ea.note).toEqual(A.editions[0].note);
    // B's changed statement and new event, and nothing else, changed its cards.
    const changed = Object.keys(eb.cards).filter((card) => eb.cards[card] !== ea.cards[card]);
    expect(changed.sort()).toEqual([CHANGED_CARD, NEW_CARD].sort());
    expect(ea.cards[NEW_CARD]).toBeUndefined();
    expect(eb.sections.timeline).not.toBe(ea.sections.timeline);
    expect(eb.sections.overview).toBe(ea.sections.overview);

    // 3. A again, unchanged: accepted, and not a byte or a time of the site changes.
    const before = snapshot(site, true);
    const again = publish(a, site);
    expect(again.status, again.err).toBe(0);
    expect(again.out).toContain('left as it is');
    expect(snapshot(site, true)).toEqual(before);

    // A build of A's data by newer code (its script differs, its content does not): the same
    // edition, so its copy stays as published, and the root stays B.
    const a3 = newerCode(a, path.join(work, 'a3'));
    const byNewerCode = publish(a3, site);
    expect(byNewerCode.status, byNewerCode.err).toBe(0);
    expect(snapshot(site, true)).toEqual(before);

    // 4. Other content under A's date: refused with what to do, and nothing changes.
    const a2 = path.join(work, 'a2');
    cpSync(a, a2, { recursive: true });
    writeFileSync(path.join(a2, 'edition.json'), JSON.stringify({ ...A, content: createHash('sha256').update('other').digest('hex') }));
    const refused = publish(a2, site);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain(`The edition of ${dateA} is already published`);
    expect(refused.err).toContain('Add a new edition to data/editions.toml');
    expect(snapshot(site, true)).toEqual(before);

    // An edition older than the latest that was never published is refused too.
    writeFileSync(path.join(a2, 'edition.json'), JSON.stringify({ ...A, edition: '2026-12-05', editions: B.editions }));
    const older = publish(a2, site);
    expect(older.status).toBe(1);
    expect(older.err).toContain(`older than the site's latest edition, ${dateB}`);
    expect(snapshot(site, true)).toEqual(before);

    // And a newer build whose data no longer lists a published edition: editions are never removed.
    writeFileSync(
      path.join(a2, 'edition.json'),
      JSON.stringify({
        ...B,
        edition: '2026-12-11',
        editions: B.editions.filter((e) => e.date !== dateA).map((e, i) => (i ? e : { ...e, date: '2026-12-11' })),
      }),
    );
    const dropping = publish(a2, site);
    expect(dropping.status).toBe(1);
    expect(dropping.err).toContain(`does not list ${dateA}`);
    expect(snapshot(site, true)).toEqual(before);

    // B's data built by newer code: B's copy stays as published, the root takes the new build.
    const b2 = newerCode(b, path.join(work, 'b2'));
    const fix = publish(b2, site);
    expect(fix.status, fix.err).toBe(0);
    expect(snapshot(path.join(site, 'editions', dateB))).toEqual(snapshot(b));
    expect(snapshot(path.join(site, 'editions', dateA))).toEqual(snapshot(a));
    expect(readFileSync(path.join(site, 'boot.js'), 'utf8')).toContain('// newer code');
    cpSync(b, b2, { recursive: true });
    expect(publish(b2, site).status).toBe(0);

    // 5. Served by the local server, each copy as its own build: B at the root, A at its
    // address with its own edition date beside "as of", its assets from its own folder.
    const { child: server, url } = await serveAnywhere(site);
    const context = await browser.newContext({ baseURL: url });
    try {
      const latest = await context.newPage();
      const watched = await watch(latest, { siteOrigin: new URL(url).origin, alsoAllowedOrigins: [], allowedConsoleErrors: [] });
      await latest.goto('./');
      // B's text: the changed statement, the new event; and no notice of a newer edition.
      await expect(latest.locator(`#${CHANGED_CARD}`)).toContainText('Japan ruled the Korean Peninsula');
      await expect(latest.locator(`#${NEW_CARD}`)).toContainText('Test edition B: an event added');
      // The latest's worker (whose scope, the root, holds editions/ too) is in place before
      // the edition is opened, as for a reader who came from the latest.
      await expect(latest.locator('html')).toHaveClass(/live/);
      await latest.evaluate(() => navigator.serviceWorker.ready);
      await latest.close();

      const page = await context.newPage();
      const watchedEdition = await watch(page, { siteOrigin: new URL(url).origin, alsoAllowedOrigins: [], allowedConsoleErrors: [] });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));

      for (const { tag, path: langPath } of LANGS) {
        const s = strings(tag);
        const asOf = page.locator('header .as-of');
        requests.length = 0;
        const response = await page.goto(`./editions/${dateA}/${langPath.replace(/^\.\//, '')}`);
        expect(response!.headers()['content-security-policy']).toContain("'sha256-");
        await expect(page.locator('html')).toHaveClass(/live/);
        await expect(page.locator(`#${NEW_CARD}`)).toHaveCount(0);
        await expect(asOf).toContainText(s.as_of);
        await expect(asOf).toContainText(fill(s.edition, { date: shownDate(dateA)[tag] }).trim());
        await expect(asOf.locator('.edition time')).toHaveAttribute('datetime', dateA);
        // A newer edition exists: A's copy says so, with a link to the same page at the latest.
        const notice = page.locator('.edition-notice');
        await expect(notice).toContainText(fill(s.edition_newer, { date: shownDate(dateA)[tag] }));
        await expect(notice.getByRole('link', { name: s.edition_see_latest })).toHaveAttribute(
          'href',
          `${url}${langPath.replace(/^\.\//, '')}`,
        );
        expect(requests.filter((p) => !p.startsWith(`/editions/${dateA}/`) && !ITS_NOTICE.includes(p))).toEqual([]);
      }
      // A's text, frozen; the notice's link leads to B's.
      await page.goto(`./editions/${dateA}/`);
      await expect(page.locator(`#${CHANGED_CARD}`)).toContainText('Japan rules the Korean Peninsula');
      await page.locator('.edition-notice a').click();
      await expect(page).toHaveURL(url);
      await expect(page.locator(`#${CHANGED_CARD}`)).toContainText('Japan ruled the Korean Peninsula');
      await expect(page.locator('.edition-notice')).toHaveCount(0);
      // The latest's page settles (its worker registered) before the next page's requests count.
      await expect(page.locator('html')).toHaveClass(/live/);
      await page.evaluate(() => navigator.serviceWorker.ready);
      requests.length = 0;
      await page.goto(`./editions/${dateA}/embed/timeline.html`);
      await expect(page.locator('html')).toHaveClass(/live/);
      await expect(page.locator('header .as-of .edition time')).toHaveAttribute('datetime', dateA);
      await expect(page.locator('.edition-notice')).toBeVisible();
      expect(requests.filter((p) => !p.startsWith(`/editions/${dateA}/`) && !ITS_NOTICE.includes(p))).toEqual([]);

      // editions.json, for the pages of later work (item 3's notice) to read on the same origin.
      const served = await context.request.get('./editions.json');
      expect(served.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect(served.headers()['cache-control']).toBe('no-cache');
      expect((await served.json()).latest).toBe(dateB);

      // Each language's feed, as a reader follows it at the latest: an entry for every edition
      // B lists, A's and B's among them, each with its note and a link to its published copy.
      for (const { tag, path: langPath } of LANGS) {
        const dir = langPath.replace(/^\.\//, '');
        const response = await context.request.get(`./${dir}feed.xml`);
        expect(response.ok(), `${tag}: feed.xml`).toBe(true);
        const feed = parseFeed(await response.text());
        expect(feed.language).toBe(tag);
        expect(feed.items.map((item) => item.id)).toEqual(B.editions.map((e) => `${ADDRESSED}/editions/${e.date}/${dir}`));
        for (const [date, note] of [
          [dateB, B.editions[0].note[tag]],
          [dateA, A.editions[0].note[tag]],
        ]) {
          const item = feed.items.find((i) => i.id === `${ADDRESSED}/editions/${date}/${dir}`)!;
          expect(item.description, `${tag} ${date}`).toBe(note);
          // The entry's page is the copy the site published (the feed's absolute address is
          // where the build was meant to live; this site is served elsewhere).
          const copy = new URL(item.url!).pathname;
          expect(copy).toBe(`/editions/${date}/${dir}`);
          expect((await context.request.get(`.${copy}`)).ok(), `${tag}: ${copy}`).toBe(true);
        }
      }

      // The copy's precompressed files are its own.
      const css = Object.keys(snapshot(a)).find((f) => /^main-[0-9a-f]+\.css$/.test(f))!;
      const res = await context.request.get(`./editions/${dateA}/${css}`, { headers: { 'Accept-Encoding': 'br' } });
      expect(res.headers()['content-encoding']).toBe('br');
      expect(res.headers()['cache-control']).toContain('immutable');
      expect(await res.text()).toBe(readFileSync(path.join(a, css), 'utf8'));
      expect([...watched.problems(), ...watchedEdition.problems()]).toEqual([]);
    } finally {
      await context.close().catch(() => {});
      await stop(server);
      rmSync(work, { recursive: true, force: true });
    }
  });
});
