// Every link to a place on the page lands on it, and the reader stays there: an address opened
// from outside (a shared link, a link with a setting, an old `?lang=` link), a link of the
// contents, a cross-reference between cards, the language switcher, and back and forward. In
// every language, at a phone's, a tablet's and a desktop's width, with scripts and without.
//
// "Lands on it" is measured where the reader ends up, not at a passing moment: the target's
// top is read 1.5 s after the page's `load` event (or after the click) and again at 5 s, and
// both times it must sit at the top of the window, just below its scroll margin. A target the
// page cannot bring to the top (it is too near the page's end) must be on screen with the page
// scrolled to its end.
//
// Motion is as most readers have it: a link scrolls smoothly (`scroll-behavior: smooth`; the
// other specs turn motion off). A section laid out only near the screen used to throw such a
// scroll off by thousands of pixels. Headless Chromium advances a smooth scroll only in a page
// it paints, and it paints one page of a context at a time, so every arrival gets a context of
// its own; several run at once, each timed from its own load or click, so the waits overlap.

import type { Browser, Page } from '@playwright/test';
import { expect, test, watch } from './fixtures';
import { LANGS, strings } from './site';

/** When the position is read, after the page's load event or the click. */
const READ_AT_MS = [1500, 5000];
/** The longest any one step of an arrival (a load, a click, going back) may take. */
const STEP_TIMEOUT_MS = 60_000;
/** Arrivals under way at once. */
const AT_ONCE = 4;

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'tablet', viewport: { width: 800, height: 1000 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

type Landing = { top: number; margin: number; scrollY: number; maxScroll: number; innerHeight: number; found: boolean };

/** Where the element `id` is now, against where a link to it should put it. */
async function landing(page: Page, id: string): Promise<Landing> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const root = document.scrollingElement ?? document.documentElement;
    const base = { scrollY, maxScroll: root.scrollHeight - innerHeight, innerHeight };
    if (!el) return { ...base, top: NaN, margin: 0, found: false };
    const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
    return { ...base, top: el.getBoundingClientRect().top, margin, found: true };
  }, id);
}

/** Why a landing misses its target, or null when the reader is on it. */
function miss(l: Landing): string | null {
  if (!l.found) return 'no such element';
  // At the top, below the scroll margin (a pixel either way for rounding).
  if (Math.abs(l.top - l.margin) <= 2) return null;
  // Too near the end to reach the top: the page is at its end and the target on screen.
  if (l.scrollY >= l.maxScroll - 2 && l.top > l.margin && l.top < l.innerHeight) return null;
  return `its top is at ${Math.round(l.top)} px (wanted ${l.margin} px), the page scrolled to ${Math.round(l.scrollY)} of ${Math.round(l.maxScroll)}`;
}

/** A way to arrive at a place: `go` does what the reader does, from a fresh page. */
type Arrival = { label: string; id: string; go: (page: Page) => Promise<void> };

/** Opens `url` and resolves once the page has loaded. */
async function open(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
}

/**
 * The places of a page: every section, the corrections, and of every kind of card the last on
 * the page (the furthest down, where a wrong estimate of what is above adds up most); and the
 * first cross-reference to each kind of place (a link in the page's body to a place on it).
 */
async function placesOf(page: Page) {
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll('main section.section[id]')].map((s) => s.id);
    const kinds = ['event', 'issue', 'gap', 'term', 'who', 'source', 'variant'];
    const cards = kinds.map((k) => {
      const all = [...document.querySelectorAll(`main :is(article, li, div)[id^="${k}-"]`)];
      return all.length ? all[all.length - 1].id : `${k}-(none)`;
    });
    const refs = new Map<string, string>();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href*="#"]:not([target])')) {
      if (a.pathname !== location.pathname || a.search !== location.search || a.closest('nav')) continue;
      const id = decodeURIComponent(a.hash.slice(1));
      const kind = kinds.find((k) => id.startsWith(`${k}-`)) ?? 'section';
      // Not a card's link to itself ("Link to this"): a reader is already there.
      if (!id || refs.has(kind) || a.closest('[id]')?.id === id || !document.getElementById(id)) continue;
      refs.set(kind, id);
    }
    return { sections, cards, refs: [...refs.values()], corrections: document.getElementById('corrections') ? 'corrections' : null };
  });
}

/**
 * Runs every arrival, each in a context of its own with the test's options, `AT_ONCE` at a
 * time; reads each landing at every time of `READ_AT_MS`; returns the misses and whatever the
 * pages met that no test may (requests to other origins, console errors, policy violations).
 */
async function arriveAll(browser: Browser, options: Parameters<Browser['newContext']>[0], siteOrigin: string, arrivals: Arrival[]) {
  const misses: string[] = [];
  const queue = [...arrivals];
  const worker = async () => {
    for (let a = queue.shift(); a; a = queue.shift()) {
      const context = await browser.newContext(options);
      try {
        // A step that never ends (a load, a click, going back) is a miss of that arrival, named,
        // not a hang of the whole test.
        context.setDefaultTimeout(STEP_TIMEOUT_MS);
        const page = await context.newPage();
        const watched = await watch(page, { siteOrigin });
        try {
          await a.go(page);
        } catch (e) {
          // A step on the way missed (a back that did not reach its place): that is the miss.
          misses.push(`${a.label}: on the way: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        const since = Date.now();
        for (const ms of READ_AT_MS) {
          const wait = since + ms - Date.now();
          if (wait > 0) await page.waitForTimeout(wait);
          const why = miss(await landing(page, a.id));
          if (why) misses.push(`${a.label}: at ${ms / 1000} s, #${a.id}: ${why}`);
        }
        misses.push(...watched.problems().map((p) => `${a.label}: ${p}`));
      } finally {
        await context.close();
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return misses;
}

/** Waits until the reader is on `id` (a smooth scroll may still be under way), up to 10 s. */
async function settledOn(page: Page, id: string) {
  const until = Date.now() + 10_000;
  for (;;) {
    const why = miss(await landing(page, id));
    if (!why) return;
    if (Date.now() > until) throw new Error(`never reached #${id}: ${why}`);
    await page.waitForTimeout(100);
  }
}

// Every language at every width with scripts, and without scripts each width once, each in
// another language (en phone, ja tablet, ko desktop): every pair of language, width and
// scripts is covered without running all 18 combinations, each a minute or more of full
// page loads on a 2-core machine.
const combinations = LANGS.flatMap(({ tag, path }, i) =>
  WIDTHS.flatMap((w, j) => [true, false].filter((scripts) => scripts || i === j).map((scripts) => ({ tag, path, w, scripts }))),
);

// In order in one worker: each test already runs several pages at once, and two of them side
// by side on two cores starve each other's smooth scrolls and loads (a test then takes over
// five minutes). The other worker runs the other specs meanwhile.
test.describe.configure({ mode: 'default' });

test.describe('links to places', () => {
  for (const { tag, path, w, scripts } of combinations) {
    const s = strings(tag);
    const other = LANGS.find((l) => l.tag !== tag)!;
    test(`${tag}, ${w.name} (${w.viewport.width} px), scripts ${scripts ? 'on' : 'off'}: every link to a place lands on it and stays`, async ({
      browser,
      page,
      baseURL,
    }, testInfo) => {
      // The widths are the test's own (each in its own contexts); once is enough.
      test.skip(testInfo.project.name !== 'desktop', 'sets its own widths');
      // Only against a hang: a test takes about a minute on a quiet 2-core machine.
      test.setTimeout(600_000);
      const options = { ...w, baseURL, javaScriptEnabled: scripts, reducedMotion: 'no-preference' as const };
      await page.setViewportSize(w.viewport);
      await open(page, path);
      const { sections, cards, refs, corrections } = await placesOf(page);
      expect(
        cards.filter((c) => c.endsWith('(none)')),
        'a card of every kind on the page',
      ).toEqual([]);
      expect(corrections, 'the corrections log').toBe('corrections');
      expect(refs.length, 'cross-references to places of several kinds').toBeGreaterThanOrEqual(3);
      const contents = (p: Page) => p.getByRole('navigation', { name: s.contents });
      // Follows the contents to the foundation, then to the glossary, then goes back.
      const twoPlacesThenBack = async (p: Page) => {
        await open(p, path);
        await contents(p).locator('a[href$="#foundation"]').click();
        await settledOn(p, 'foundation');
        await contents(p).locator('a[href$="#glossary"]').click();
        await settledOn(p, 'glossary');
        await p.goBack();
      };

      const arrivals: Arrival[] = [
        // Addresses opened from outside: a shared link, a search result, an embed's link.
        ...[...sections, 'corrections', ...cards].map((id) => ({
          label: `opening ${path}#${id}`,
          id,
          go: (p: Page) => open(p, `${path}#${id}`),
        })),
        // An address with a setting (positions by party), which changes the page once read.
        { label: `opening ${path}?by=party#gaps`, id: 'gaps', go: (p) => open(p, `${path}?by=party#gaps`) },
        // The contents.
        ...sections.map((id) => ({
          label: `the contents' link to #${id}`,
          id,
          go: async (p: Page) => {
            await open(p, path);
            await contents(p).locator(`a[href$="#${id}"]`).click();
          },
        })),
        // Cross-references, scrolled to and clicked as a reader would: one in a citation
        // (a quote's link to its report) after opening the citation.
        ...refs.map((id) => ({
          label: `a cross-reference to #${id}`,
          id,
          go: async (p: Page) => {
            await open(p, path);
            const link = p.locator(`main a[href$="#${id}"]:not([target])`).first();
            const citation = link.locator('xpath=ancestor::details[1]');
            if ((await citation.count()) && !(await citation.evaluate((d) => (d as HTMLDetailsElement).open))) {
              await citation.locator('summary').first().click();
            }
            await link.click();
          },
        })),
        // Back to the first of two places followed in the contents, then forward again.
        {
          label: 'back to the first of two places followed in the contents',
          id: 'foundation',
          go: async (p) => {
            await twoPlacesThenBack(p);
            await expect(p).toHaveURL(/#foundation$/);
          },
        },
        {
          label: 'forward again to the second',
          id: 'glossary',
          go: async (p) => {
            await twoPlacesThenBack(p);
            await settledOn(p, 'foundation');
            await p.goForward();
            await expect(p).toHaveURL(/#glossary$/);
          },
        },
      ];
      // A reload puts a reader who had scrolled to a place (no fragment) back there.
      arrivals.push({
        label: 'reloading a page scrolled to the gaps',
        id: 'gaps',
        go: async (p) => {
          await open(p, path);
          await p.evaluate(() => document.getElementById('gaps')!.scrollIntoView({ behavior: 'instant' }));
          await settledOn(p, 'gaps');
          await p.reload({ waitUntil: 'load' });
        },
      });
      if (tag !== 'en') {
        // An old link that named the language, from before each language had its own page:
        // with scripts it goes on to the language's page, without it stays, at the place.
        arrivals.push({
          label: `opening ./?lang=${tag}#gaps`,
          id: 'gaps',
          go: async (p) => {
            await open(p, `./?lang=${tag}#gaps`);
            if (scripts) {
              await p.waitForURL(new RegExp(`/${tag}/#gaps$`));
              await p.waitForLoadState('load');
            }
          },
        });
      }
      if (scripts) {
        // The switcher's links carry the reader's place to the other language's page (they
        // link each page at its top until the app has read the place).
        arrivals.push({
          label: `the language switcher from ${path}#gaps to ${other.tag}`,
          id: 'gaps',
          go: async (p) => {
            await open(p, `${path}#gaps`);
            await expect(p.locator('html.live')).toBeAttached({ timeout: 30_000 });
            await p.getByRole('navigation', { name: s.language }).locator(`a[hreflang="${other.tag}"]`).click();
            await p.waitForURL(/#gaps$/);
            await p.waitForLoadState('load');
          },
        });
      }

      const misses = await arriveAll(browser, options, new URL(baseURL!).origin, arrivals);
      expect(misses, misses.join('\n')).toEqual([]);
    });
  }
});
