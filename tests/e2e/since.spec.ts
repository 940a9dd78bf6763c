// Since your last visit (issue 28, item 6). Edition A (target/site-with-address) is published
// into a site folder and served; a reader opens the latest (a first visit: nothing shown, nothing
// more loaded); edition B (target/site-edition-b: the English summary of `colonial-rule`
// changed, an event added, a correction) is published into the same folder, and the same reader
// opens the latest again: a list at the top names what changed (the timeline and the sources,
// the changed statement's card and the new event), each card carries a mark, the links land on
// the cards, and one button forgets what the browser keeps. In English, Japanese and Korean, on
// a page and an embed; with editions.json missing, nothing shows and nothing is logged.
//
// The readers' contexts block service workers: the latest's worker would answer the second
// visit with A's copy and offer B as an update (hostile.spec.ts and offline.spec.ts test that);
// here the reader gets B, as after accepting it.

import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { checkA11y, expect, test, watch } from './fixtures';
import { publish } from './publishing';
import { serveAnywhere, stop } from './servers';
import { fill, type Lang, shownDate, strings } from './site';

const ROOT = path.join(__dirname, '..', '..');
const A = path.join(ROOT, 'target', 'site-with-address');
const B = path.join(ROOT, 'target', 'site-edition-b');
const edition = (dir: string): string => JSON.parse(readFileSync(path.join(dir, 'edition.json'), 'utf8')).edition;
const KEY = 'explainer-seen:/';
// What a first visit must not ask for: the list's script, its module and the files it reads.
const SINCE_FILES = ['/since.js', '/quiet.js', '/editions.json', '/languages.json'];

/** Publishes `dist` into `site`, as it must be accepted. */
function published(dist: string, site: string) {
  const run = publish(dist, site);
  expect(run.status, run.err).toBe(0);
}

/** A site folder with A published, served. */
async function siteWithA() {
  const work = mkdtempSync(path.join(tmpdir(), 'explainer-since-'));
  const site = path.join(work, 'site');
  published(A, site);
  const server = await serveAnywhere(site);
  return {
    site,
    url: server.url,
    close: async () => {
      await stop(server.child);
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** A reader: a browser context of their own (their own storage), with what it asked for. */
async function reader(browser: Browser, url: string) {
  const context = await browser.newContext({ baseURL: url, serviceWorkers: 'block' });
  // Every layout shift the reader's pages meet, summed per page (CLS).
  await context.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) w.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  // The readers block workers (above); Playwright says so in the console, which is no fault of the page.
  const watched = await watch(page, {
    siteOrigin: new URL(url).origin,
    allowedConsoleErrors: [/Service Worker registration blocked by Playwright/],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { context, page, watched, requests };
}

/** Opens `address` and waits for the takeover and for the moment the list would have come. */
async function visit(page: Page, address: string) {
  await page.goto(address);
  await expect(page.locator('html')).toHaveClass(/live/);
}

async function nothingShown(page: Page) {
  // since.js comes right after the takeover; give it far more than it needs.
  await page.waitForTimeout(1500);
  await expect(page.locator('.since')).toHaveCount(0);
  await expect(page.locator('.since-mark')).toHaveCount(0);
}

const cls = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls);

test.describe('since your last visit', () => {
  test.skip(!existsSync(A) || !existsSync(B), 'needs target/site-with-address and target/site-edition-b (see the README)');
  const dateA = existsSync(A) ? edition(A) : '';

  test('a reader who visited A and then opens B sees the changed statement and the new event listed and marked, in every language and in an embed', async ({
    browser,
    isMobile,
  }) => {
    test.skip(isMobile, 'the same on every screen; the phone checks the layout below');
    test.setTimeout(240_000);
    const served = await siteWithA();
    const addresses: Record<string, { lang: Lang; address: string }> = {
      en: { lang: 'en', address: './' },
      ja: { lang: 'ja', address: './ja/' },
      ko: { lang: 'ko', address: './ko/' },
      embed: { lang: 'en', address: './embed/timeline.html' },
    };
    const readers = Object.fromEntries(
      await Promise.all(Object.entries(addresses).map(async ([name]) => [name, await reader(browser, served.url)] as const)),
    );
    try {
      // First visits, to A: nothing shown, nothing asked beyond the page's own files.
      for (const [name, { address }] of Object.entries(addresses)) {
        const { page, requests } = readers[name];
        await visit(page, address);
        await nothingShown(page);
        console.log(`since.spec: CLS of a first visit's ${name} (${address}): ${(await cls(page)).toFixed(4)}`);
        expect(
          requests.filter((p) => SINCE_FILES.includes(p)),
          name,
        ).toEqual([]);
        expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(dateA);
      }

      published(B, served.site);
      const list = JSON.parse(readFileSync(path.join(served.site, 'editions.json'), 'utf8'));
      const [b, a] = [list.editions[0], list.editions.find((e: { date: string }) => e.date === dateA)];
      const changedCards = Object.keys(b.cards).filter((k) => b.cards[k] !== a.cards[k]);
      expect(changedCards.sort()).toEqual(['event-colonial-rule', 'event-edition-b-event']);

      for (const [name, { lang, address }] of Object.entries(addresses)) {
        const { page, watched } = readers[name];
        const s = strings(lang);
        await visit(page, address);
        const heading = fill(s.since_heading, { date: shownDate(dateA)[lang] });
        const region = page.getByRole('region', { name: heading });
        await expect(region).toBeVisible();
        await expect(region.getByRole('heading', { level: 2 })).toHaveText(heading);
        // The timeline and its two cards; on a page also the sources (the correction's log), in page order.
        const hrefs = await region.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
        expect(hrefs, name).toEqual(
          name === 'embed'
            ? ['#timeline', '#event-colonial-rule', '#event-edition-b-event']
            : ['#timeline', '#event-colonial-rule', '#event-edition-b-event', '#sources'],
        );
        // Each link is named as the reader sees the heading of its section or card.
        const cardTitle = (id: string) =>
          page.locator(`#${id} .event-title`).evaluate((t) => {
            const title = t.cloneNode(true) as Element;
            title.querySelector('.since-mark')?.remove();
            return (title.textContent ?? '').trim();
          });
        for (const id of changedCards) {
          await expect(region.locator(`a[href="#${id}"]`)).toHaveText(await cardTitle(id));
        }
        await expect(region.locator('a[href="#timeline"]')).toHaveText((await page.locator('#timeline-heading').textContent())!.trim());
        // The marks: text, on exactly the two cards.
        await expect(page.locator('.since-mark')).toHaveCount(2);
        await expect(page.locator('#event-colonial-rule .since-mark')).toHaveText(s.since_changed);
        await expect(page.locator('#event-edition-b-event .since-mark')).toHaveText(s.since_new);
        console.log(`since.spec: CLS of a returning reader's ${name} (${address}) with the list: ${(await cls(page)).toFixed(4)}`);
        expect(await page.evaluate((key) => [localStorage.getItem(key), sessionStorage.getItem(key)], KEY)).toEqual([edition(B), dateA]);

        // The links land on the cards (an event opens), and on a page Back returns to the list.
        for (const id of changedCards) {
          await region.locator(`a[href="#${id}"]`).click();
          await expect(page).toHaveURL(new RegExp(`#${id}$`));
          await expect(page.locator(`#${id} > details`)).toHaveAttribute('open', '');
          // An embed's links change its place, not its history, and its host scrolls to the
          // place (browser/src/host.rs): an embed opened on its own stays where it is.
          if (name === 'embed') continue;
          await expect(page.locator(`#${id}`)).toBeInViewport();
          await page.goBack();
          await expect(page).not.toHaveURL(/#/);
          await expect(region).toBeInViewport();
        }
        if (name === 'en') await checkA11y(page);
        if (name === 'ja') await checkA11y(page, { include: '.since' });

        // A reload in the same tab shows the same list; another tab (a later visit) nothing.
        await page.reload();
        await expect(page.getByRole('region', { name: heading })).toBeVisible();
        const later = await page.context().newPage();
        await visit(later, address);
        await nothingShown(later);
        await later.close();

        // The one control, from the keyboard: forgets, and takes the list and the marks away.
        const forget = region.getByRole('button', { name: s.since_forget });
        await forget.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('.since')).toHaveCount(0);
        await expect(page.locator('.since-mark')).toHaveCount(0);
        expect(await page.evaluate((key) => [localStorage.getItem(key), sessionStorage.getItem(key)], KEY)).toEqual([null, null]);
        // The next visit is a first one again: nothing shown.
        await visit(page, address);
        await nothingShown(page);
        expect(watched.problems(), name).toEqual([]);
      }
    } finally {
      for (const { context } of Object.values(readers)) await context.close();
      await served.close();
    }
  });

  test('with editions.json missing, a returning reader sees nothing and nothing is logged', async ({ browser, isMobile }) => {
    test.skip(isMobile, 'the same on every screen');
    test.setTimeout(120_000);
    const served = await siteWithA();
    const { context, page, watched, requests } = await reader(browser, served.url);
    try {
      await visit(page, './ko/');
      published(B, served.site);
      renameSync(path.join(served.site, 'editions.json'), path.join(served.site, 'editions.json.kept'));
      await visit(page, './ko/');
      await expect.poll(() => requests.filter((p) => p === '/editions.json').length).toBe(1);
      await nothingShown(page);
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
      await served.close();
    }
  });

  test("on a phone the list fits the screen's width", async ({ browser, isMobile }) => {
    test.skip(!isMobile, 'the layout of a narrow screen');
    test.setTimeout(120_000);
    const served = await siteWithA();
    const { context, page, watched } = await reader(browser, served.url);
    try {
      await visit(page, './');
      published(B, served.site);
      await visit(page, './');
      const region = page.getByRole('region', { name: fill(strings('en').since_heading, { date: shownDate(dateA).en }) });
      await expect(region).toBeVisible();
      await expect(region.getByRole('button')).toBeVisible();
      console.log(`since.spec: CLS of a returning reader's phone page with the list: ${(await cls(page)).toFixed(4)}`);
      await page.screenshot({ path: test.info().outputPath('since-phone.png') });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
      const box = await region.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(client);
      expect(watched.problems()).toEqual([]);
    } finally {
      await context.close();
      await served.close();
    }
  });
});
