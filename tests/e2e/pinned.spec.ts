// Pinned editions (issue 28, items 3 and 8). Build A (dist/) and a build B derived from it
// (a newer edition, its pages marked) are published into one site folder as editions.spec.ts
// does, and served by the local server:
//   * A's pages and embeds, at editions/A/, show one line saying a newer edition exists, with
//     a working link to the latest, in every language, without moving anything (CLS 0);
//   * B, the latest, shows none and never asks for editions.json nor loads the notice's script;
//   * with editions.json missing or malformed, A shows nothing and logs nothing;
//   * an edition page is available offline after one visit, from its own worker at its own
//     scope; the root's worker keeps no edition file and never answers for editions/;
//   * the embed dialog pins its code to editions/<date>/, and the pinned oEmbed file frames A.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { ADDRESSED, SITE_PORT } from './hosts/origins';
import { publish } from './publishing';
import { rebuildWorker, serveAnywhere, serveArticle, stop } from './servers';
import { fill, LANGS, type Lang, shownDate, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ADDRESSED_DIST = path.join(ROOT, 'target', 'site-with-address');
const dateA: string = JSON.parse(readFileSync(path.join(DIST, 'edition.json'), 'utf8')).edition;
const dateB = '2099-01-02';
// The article that pastes the pinned oEmbed's html: another origin (`localhost`), on a port
// no other server of the run uses (WordPress's are E2E_PORT + 3 to + 6).
const ARTICLE_PORT = SITE_PORT + 8;

/** A site folder with A published, then B (a newer edition whose pages say "Build B"). */
async function publishTwo(): Promise<{ work: string; site: string }> {
  const work = mkdtempSync(path.join(tmpdir(), 'explainer-pinned-'));
  const site = path.join(work, 'site');
  const b = path.join(work, 'b');
  cpSync(DIST, b, { recursive: true });
  const A = JSON.parse(readFileSync(path.join(DIST, 'edition.json'), 'utf8'));
  const B = {
    ...A,
    edition: dateB,
    content: 'b'.repeat(64),
    editions: [{ date: dateB, kind: 'update', note: { en: 'B.', ja: 'B。', ko: 'B.' } }, ...A.editions],
  };
  writeFileSync(path.join(b, 'edition.json'), `${JSON.stringify(B, null, 2)}\n`);
  for (const { path: page } of LANGS) {
    const index = path.join(b, page, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<body>', '<body><p id="build-marker">Build B</p>'));
  }
  await rebuildWorker(b);
  spawnSync('node', [path.join(ROOT, 'scripts', 'serving.mjs'), b]);
  for (const dist of [DIST, b]) {
    const run = publish(dist, site);
    expect(run.status, run.err).toBe(0);
  }
  return { work, site };
}

/** Sums the page's layout shifts (CLS) from its start. */
async function measureShifts(context: BrowserContext) {
  await context.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const cls = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls);

const dir = (lang: Lang) => LANGS.find((l) => l.tag === lang)!.path.replace(/^\.\//, '');

test.describe('pinned editions', () => {
  test.skip(({ isMobile }) => isMobile, 'publishing is the same for every screen; the notice is checked on a desktop');

  let work: string;
  let site: string;
  let server: Awaited<ReturnType<typeof serveAnywhere>>;
  test.beforeAll(async () => {
    // Two copies of the build and two publications: minutes on a busy 2-core machine.
    test.setTimeout(300_000);
    ({ work, site } = await publishTwo());
    server = await serveAnywhere(site);
  });
  test.afterAll(async () => {
    await stop(server.child);
    rmSync(work, { recursive: true, force: true });
  });

  async function open(browser: Browser, alsoAllowedOrigins: string[] = []) {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const watched = await watch(page, { siteOrigin: new URL(server.url).origin, alsoAllowedOrigins, allowedConsoleErrors: [] });
    const requests: string[] = [];
    // The page's own requests and its workers', not the offline worker's install (which
    // stores every file of its build, the notice's script included, for offline use).
    context.on('request', (r) => !r.serviceWorker() && requests.push(new URL(r.url()).pathname));
    return { context, page, watched, requests };
  }

  test("A's pages and embeds show the notice with a working link to the latest, and nothing moves", async ({ browser }) => {
    const { context, page, watched } = await open(browser);
    await measureShifts(context);
    try {
      for (const { tag } of LANGS) {
        const s = strings(tag);
        const line = fill(s.edition_newer, { date: shownDate(dateA)[tag] });
        for (const address of [`editions/${dateA}/${dir(tag)}`, `editions/${dateA}/${dir(tag)}embed/timeline.html`]) {
          await page.goto(`./${address}`);
          const notice = page.locator('.edition-notice');
          await expect(notice).toBeVisible();
          await expect(notice).toHaveText(`${line} ${s.edition_see_latest}`);
          await expect(notice).toHaveAttribute('role', 'status');
          const link = notice.getByRole('link', { name: s.edition_see_latest });
          await expect(link).toHaveAttribute('href', `${server.url}${dir(tag)}`);
          expect(await cls(page), `layout shift on ${address}`).toBe(0);
          if (address.includes('embed/')) {
            // Links leaving an embed open in a new tab, as every such link does.
            await expect(link).toHaveAttribute('target', '_blank');
            const [latest] = await Promise.all([context.waitForEvent('page'), link.click()]);
            await expect(latest.locator('#build-marker')).toHaveText('Build B');
            await expect(latest.locator('html')).toHaveAttribute('lang', tag);
            await latest.close();
          } else {
            await expect(link).not.toHaveAttribute('target', /./);
            await link.click();
            await expect(page.locator('#build-marker')).toHaveText('Build B');
            await expect(page).toHaveURL(`${server.url}${dir(tag)}`);
          }
        }
      }
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the latest shows no notice and asks for nothing: neither editions.json nor the notice', async ({ browser }) => {
    const { context, page, watched, requests } = await open(browser);
    try {
      for (const { tag } of LANGS) {
        for (const address of [dir(tag), `${dir(tag)}embed/timeline.html`]) {
          await page.goto(`./${address}`);
          await expect(page.locator('html')).toHaveClass(/live/);
          // The notice waits for an idle moment: give it far more than it needs.
          await page.waitForTimeout(1500);
          await expect(page.locator('.edition-notice')).toHaveCount(0);
        }
      }
      expect(requests.filter((p) => p.endsWith('/editions.json') || p.endsWith('/edition.js'))).toEqual([]);
      // B's own copy asks, and hears that it is the latest.
      for (const { tag } of LANGS) {
        await page.goto(`./editions/${dateB}/${dir(tag)}`);
        await expect(page.locator('html')).toHaveClass(/live/);
        await page.waitForTimeout(2500);
        await expect(page.locator('.edition-notice')).toHaveCount(0);
      }
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('with editions.json missing or malformed, an edition shows nothing and logs nothing', async ({ browser }) => {
    const list = path.join(site, 'editions.json');
    const kept = `${list}.kept`;
    renameSync(list, kept);
    const { context, page, watched } = await open(browser);
    try {
      for (const broken of ['missing', 'not json', '{"latest": "<b>soon</b>"}']) {
        if (broken !== 'missing') writeFileSync(list, broken);
        for (const { tag } of LANGS) {
          for (const address of [`editions/${dateA}/${dir(tag)}`, `editions/${dateA}/${dir(tag)}embed/gaps.html`]) {
            await page.goto(`./${address}`);
            await expect(page.locator('html')).toHaveClass(/live/);
            // The notice asks when the browser is idle (the first test shows it does).
            await page.waitForTimeout(2500);
            await expect(page.locator('.edition-notice'), `${broken}: ${address}`).toHaveCount(0);
          }
        }
      }
      expect(watched.problems()).toEqual([]);
      // The same page with editions.json back: the notice.
      rmSync(list, { force: true });
      renameSync(kept, list);
      await page.goto(`./editions/${dateA}/`);
      await expect(page.locator('.edition-notice')).toBeVisible();
    } finally {
      await context.close();
      if (existsSync(kept)) {
        rmSync(list, { force: true });
        renameSync(kept, list);
      }
    }
  });

  test("an edition opened once loads offline from its own worker; the root's worker keeps no edition and never answers for one", async ({
    browser,
  }) => {
    const { context, page, watched } = await open(browser);
    try {
      // The latest first: its worker, whose scope is the whole site, is in place.
      await page.goto('./');
      await expect(page.locator('html')).toHaveClass(/live/);
      await page.evaluate(() => navigator.serviceWorker.ready);
      // Offline, it does not answer for an edition with the latest's files.
      await context.setOffline(true);
      await expect(page.goto(`./editions/${dateA}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
      await context.setOffline(false);

      for (const { tag } of LANGS) {
        await page.goto(`./editions/${dateA}/${dir(tag)}`);
        await expect(page.locator('html')).toHaveClass(/live/);
        await expect(page.locator('.edition-notice')).toBeVisible();
      }
      const scope = `${server.url}editions/${dateA}/`;
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration(location.href).then((r) => r?.active?.scriptURL)))
        .toBe(`${scope}sw.js`);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${scope}sw.js`);
      const registrations = await page.evaluate(() =>
        navigator.serviceWorker.getRegistrations().then((all) => all.map((r) => r.scope).sort()),
      );
      expect(registrations).toEqual([server.url, scope].sort());

      // Every cache holds only its own build's files: the root's none under editions/, the
      // edition's only its own copy.
      const caches = await page.evaluate(async () => {
        const out: Record<string, string[]> = {};
        for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
        return out;
      });
      const names = Object.keys(caches);
      expect(names).toHaveLength(2);
      const rootCache = names.find((n) => n.endsWith(`-${server.url}`))!;
      const editionCache = names.find((n) => n.endsWith(`-${scope}`))!;
      expect(caches[rootCache].length).toBeGreaterThan(10);
      expect(caches[rootCache].filter((u) => u.includes('/editions/'))).toEqual([]);
      expect(caches[editionCache].length).toBe(caches[rootCache].length);
      expect(caches[editionCache].filter((u) => !u.startsWith(scope))).toEqual([]);

      // Offline: the edition, in every language, from its own worker.
      await context.setOffline(true);
      for (const { tag } of LANGS) {
        await page.goto(`./editions/${dateA}/${dir(tag)}#timeline`);
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expect(page.locator('html')).toHaveClass(/live/);
        await expect(page.locator('#build-marker')).toHaveCount(0);
        await expect(page.locator('header .as-of .edition time')).toHaveAttribute('datetime', dateA);
        // Offline, the notice stays away and says nothing.
        await page.waitForTimeout(1000);
        await expect(page.locator('.edition-notice')).toHaveCount(0);
      }
      await context.setOffline(false);
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the embed dialog's pinned code points at editions/<date>/, and the latest's at the site's root", async ({ browser }) => {
    const { context, page, watched } = await open(browser);
    try {
      for (const { tag } of LANGS) {
        const s = strings(tag);
        await page.goto(`./editions/${dateA}/${dir(tag)}`);
        await expect(page.locator('html')).toHaveClass(/live/);
        await page.getByRole('button', { name: s.embed_whole_button }).click();
        const dialog = page.getByRole('dialog');
        const code = dialog.getByLabel(s.embed_script, { exact: true });
        const edition = dialog.getByLabel(s.embed_edition);
        await expect(edition).toHaveValue('latest');
        await expect(edition.locator('option[value=pinned]')).toHaveText(fill(s.embed_pinned, { date: shownDate(dateA)[tag] }));
        // Always the latest, even from an edition's page: the site's root.
        await expect(code).toHaveValue(new RegExp(`data-src="${server.url}${dir(tag)}embed/"`));
        await expect(code).toHaveValue(new RegExp(`src="${server.url}embed\\.js"`));
        await edition.selectOption('pinned');
        const pinned = `${server.url}editions/${dateA}/`;
        await expect(code).toHaveValue(new RegExp(`data-src="${pinned}${dir(tag)}embed/"`));
        await expect(code).toHaveValue(new RegExp(`src="${pinned}embed\\.js"`));
        await expect(dialog.getByLabel(s.embed_iframe, { exact: true })).toHaveValue(
          new RegExp(`^<iframe src="${pinned}${dir(tag)}embed/"`),
        );
        await expect(dialog.getByLabel(s.embed_link, { exact: true })).toHaveValue(`${pinned}${dir(tag)}embed/`);
        await expect(dialog.getByText(s.embed_link_pinned_note)).toBeVisible();
        await dialog.getByRole('button', { name: s.embed_close }).click();
      }
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a pinned oEmbed gives a pinned iframe, which shows the notice in an article', async ({ browser }) => {
    test.skip(!existsSync(ADDRESSED_DIST), 'needs target/site-with-address (scripts/test.sh builds it)');
    const articles = `http://localhost:${ARTICLE_PORT}`;
    const { context, page, watched } = await open(browser, [articles]);
    try {
      for (const { tag } of LANGS) {
        const read = (file: string) => JSON.parse(readFileSync(path.join(ADDRESSED_DIST, dir(tag), file), 'utf8'));
        // The latest's oEmbed is as it was; the pinned one frames the edition's copy.
        const latest = read('oembed.json');
        const pinned = read('oembed-edition.json');
        expect(latest.html).toContain(`<iframe src="${ADDRESSED}/${dir(tag)}embed/compact.html"`);
        expect(pinned.html).toContain(`<iframe src="${ADDRESSED}/editions/${dateA}/${dir(tag)}embed/compact.html"`);
        expect(pinned.html).toContain(`<a href="${ADDRESSED}/editions/${dateA}/${dir(tag)}"`);
        expect(pinned.title).toContain(shownDate(dateA)[tag]);
        expect(pinned).toMatchObject({ version: '1.0', type: 'rich', width: latest.width, height: latest.height });
        const section = JSON.parse(readFileSync(path.join(ADDRESSED_DIST, dir(tag), 'embed', 'gaps.oembed-edition.json'), 'utf8'));
        expect(section.html).toContain(`<iframe src="${ADDRESSED}/editions/${dateA}/${dir(tag)}embed/gaps.html"`);

        // Its html in an article, with the address this test serves the site at: A's embed, and the notice.
        const html = pinned.html.replaceAll(`${ADDRESSED}/`, server.url);
        const host = await serveArticle(`<!doctype html><title>Article</title>${html}`, ARTICLE_PORT);
        try {
          await page.goto(host.url);
          const frame = page.frameLocator('iframe');
          await expect(frame.locator('header .as-of .edition time')).toHaveAttribute('datetime', dateA);
          // The frame's idle moment comes later than a page's: it is taken over after the article.
          await expect(frame.locator('.edition-notice')).toBeVisible({ timeout: 20_000 });
        } finally {
          await host.close();
        }
      }
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
