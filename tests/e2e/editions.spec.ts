// Editions (issue 28, items 1 and 2): publishing two builds with different data into one site
// folder keeps the first at its permanent address, byte for byte, serves the second at the
// root, lists both in editions.json with their notes in three languages, accepts the first
// again without changing anything, and refuses other content under a published date.
//
// Build A is the release build (dist/). Build B is derived from it the way the other specs
// derive a second build: its edition.json says it is a newer edition with other content (the
// only thing publish.mjs reads), and its pages carry a marker a reader would see.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, watch } from './fixtures';
import { rebuildWorker, serveAnywhere, stop } from './servers';
import { fill, LANGS, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const PUBLISH = path.join(ROOT, 'scripts', 'publish.mjs');

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

/** Runs the publish step; its status and what it printed. */
function publish(dist: string, site: string) {
  const run = spawnSync('node', [PUBLISH, dist, site], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

/** A date of edition.json as each language's page writes it. */
function shown(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return { en: `${d} ${month} ${y}`, ja: `${y}年${m}月${d}日`, ko: `${y}년 ${m}월 ${d}일` };
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
    const a = DIST;
    const A = readEdition(a);
    const dateA = A.edition;

    // Build B: a newer edition (an update), one card and its section changed.
    const b = path.join(work, 'b');
    cpSync(DIST, b, { recursive: true });
    const dateB = '2099-01-02';
    const eventCard = Object.keys(A.cards).find((k) => k.startsWith('event-'))!;
    const B: Edition = {
      ...A,
      edition: dateB,
      content: createHash('sha256').update('build B').digest('hex'),
      editions: [
        { date: dateB, kind: 'update', note: { en: 'New developments (B).', ja: '新たな展開（B）。', ko: '새로운 전개(B).' } },
        ...A.editions,
      ],
      sections: { ...A.sections, timeline: createHash('sha256').update('timeline B').digest('hex') },
      cards: { ...A.cards, [eventCard]: createHash('sha256').update('card B').digest('hex') },
    };
    writeFileSync(path.join(b, 'edition.json'), `${JSON.stringify(B, null, 2)}\n`);
    for (const { path: page } of LANGS) {
      const index = path.join(b, page, 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replace('<body>', '<body><p id="build-marker">Build B</p>'));
    }
    await rebuildWorker(b);
    execFileSync('node', [path.join(ROOT, 'scripts', 'serving.mjs'), b]);

    // 1. A into an empty site.
    const first = publish(a, site);
    expect(first.status, first.err).toBe(0);
    expect(snapshot(path.join(site, 'editions', dateA))).toEqual(snapshot(a));

    // 2. B: the root becomes B, A stays as published.
    const second = publish(b, site);
    expect(second.status, second.err).toBe(0);
    const root = snapshot(site);
    const rootOnly = Object.fromEntries(Object.entries(root).filter(([k]) => !k.startsWith('editions/') && k !== 'editions.json'));
    expect(rootOnly).toEqual(snapshot(b));
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
      kind: 'update',
      content: B.content,
      cards: B.cards,
      sections: B.sections,
    });
    expect(ea).toMatchObject({ latest: false, path: `editions/${dateA}/`, content: A.content, cards: A.cards, sections: A.sections });
    expect(ea.note).toEqual(A.editions[0].note);
    expect(eb.cards[eventCard]).not.toBe(ea.cards[eventCard]);
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
    const a3 = path.join(work, 'a3');
    cpSync(DIST, a3, { recursive: true });
    writeFileSync(path.join(a3, 'boot.js'), `${readFileSync(path.join(a3, 'boot.js'), 'utf8')}\n// newer code\n`);
    const newerCode = publish(a3, site);
    expect(newerCode.status, newerCode.err).toBe(0);
    expect(snapshot(site, true)).toEqual(before);

    // 4. Other content under A's date: refused with what to do, and nothing changes.
    const a2 = path.join(work, 'a2');
    cpSync(DIST, a2, { recursive: true });
    writeFileSync(path.join(a2, 'edition.json'), JSON.stringify({ ...A, content: createHash('sha256').update('other').digest('hex') }));
    const refused = publish(a2, site);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain(`The edition of ${dateA} is already published`);
    expect(refused.err).toContain('Add a new edition to data/editions.toml');
    expect(snapshot(site, true)).toEqual(before);

    // An edition older than the latest that was never published is refused too.
    writeFileSync(path.join(a2, 'edition.json'), JSON.stringify({ ...A, edition: '2099-01-01' }));
    const older = publish(a2, site);
    expect(older.status).toBe(1);
    expect(older.err).toContain(`older than the site's latest edition, ${dateB}`);
    expect(snapshot(site, true)).toEqual(before);

    // And a newer build whose data no longer lists a published edition: editions are never removed.
    writeFileSync(
      path.join(a2, 'edition.json'),
      JSON.stringify({
        ...B,
        edition: '2099-01-03',
        editions: B.editions.filter((e) => e.date !== dateA).map((e, i) => (i ? e : { ...e, date: '2099-01-03' })),
      }),
    );
    const dropping = publish(a2, site);
    expect(dropping.status).toBe(1);
    expect(dropping.err).toContain(`does not list ${dateA}`);
    expect(snapshot(site, true)).toEqual(before);

    // B's data built by newer code: B's copy stays as published, the root takes the new build.
    const b2 = path.join(work, 'b2');
    cpSync(b, b2, { recursive: true });
    writeFileSync(path.join(b2, 'boot.js'), `${readFileSync(path.join(b2, 'boot.js'), 'utf8')}\n// newer code\n`);
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
      await expect(latest.locator('#build-marker')).toHaveText('Build B');
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
        await expect(page.locator('#build-marker')).toHaveCount(0);
        await expect(asOf).toContainText(s.as_of);
        await expect(asOf).toContainText(fill(s.edition, { date: shown(dateA)[tag] }).trim());
        await expect(asOf.locator('.edition time')).toHaveAttribute('datetime', dateA);
        expect(requests.filter((p) => !p.startsWith(`/editions/${dateA}/`) && !ITS_NOTICE.includes(p))).toEqual([]);
      }
      requests.length = 0;
      await page.goto(`./editions/${dateA}/embed/timeline.html`);
      await expect(page.locator('html')).toHaveClass(/live/);
      await expect(page.locator('header .as-of .edition time')).toHaveAttribute('datetime', dateA);
      expect(requests.filter((p) => !p.startsWith(`/editions/${dateA}/`) && !ITS_NOTICE.includes(p))).toEqual([]);

      // editions.json, for the pages of later work (item 3's notice) to read on the same origin.
      const served = await context.request.get('./editions.json');
      expect(served.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect(served.headers()['cache-control']).toBe('no-cache');
      expect((await served.json()).latest).toBe(dateB);

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
