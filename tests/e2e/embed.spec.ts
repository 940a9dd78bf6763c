// The explainer inside other people's articles. Host pages (tests/e2e/hosts/) stand in for
// newsrooms' sites on another origin: one with NPR's pym.js, one like AMP's amp-iframe, one
// with an Embedly-style `iframe.resize` listener, one built like WordPress's sandboxed post
// embeds, and one with our own embed code (public/embed.js); a frame on a third origin plays
// a hostile advertisement. Then each embed on its own: accessible, keyboard-usable,
// self-contained, readable without scripts and never wider than its column.
//
// The host-page tests use the shared fixtures with the host server's origins allowed
// (`alsoAllowedOrigins`): the fixture's rule "no request but to the site's origin" is about
// the explainer, and an article necessarily comes from somewhere else. Console errors, page
// errors and CSP violations of the article and of the embed still fail a test; the embeds'
// own requests are held to the strict rule by the section tests at the end.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Frame, Locator, Page, Route } from '@playwright/test';
import { checkA11y, dataset, expect, test } from './fixtures';
import { HOSTS, SITE, THIRD } from './hosts/origins';
import { type Lang, strings } from './site';

const data = dataset();
const en = strings('en');

/** Opens a host page with the given embeds (paths relative to the site), and a fragment. */
async function openHost(page: Page, host: string, embeds: string[], options: { hash?: string; query?: string } = {}) {
  const query = new URLSearchParams({ site: SITE });
  for (const embed of embeds) query.append('embed', embed);
  // Not waiting for the frames: some tests hold their documents back.
  await page.goto(`${HOSTS}/${host}.html?${query}${options.query ?? ''}${options.hash ?? ''}`, { waitUntil: 'domcontentloaded' });
}

/** The document inside an iframe of the article, once the wasm has taken it over. */
async function liveFrame(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await expect(frame.locator('html.live')).toBeAttached();
  return frame;
}

/** The iframe's height in the article, in CSS pixels. */
const frameHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);

/** How tall the embed's content is, measured inside the frame. */
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/**
 * The iframe is as tall as the embed's content (within 3 px, the rounding of the protocols)
 * and nothing in it is cut off or left to scroll. Measured with the frame on screen: Chromium
 * holds back rendering in an off-screen frame of another origin, and with it the frame's own
 * idea of its size (and its ResizeObserver).
 */
async function expectFits(iframe: Locator, frame: Frame) {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const off = Math.abs((await frameHeight(iframe)) - (await contentHeight(frame)));
        const cut = await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight);
        return cut ? 'content cut off' : off;
      },
      { message: 'iframe height minus content height' },
    )
    .toBeLessThanOrEqual(3);
}

/** The height WordPress gives an embed of this content height: it keeps them to 200–1000 px. */
const wordpressHeight = (content: number) => Math.min(1000, Math.max(200, Math.ceil(content)));

/** Every message the host page accepted, in order (tests/e2e/hosts/host.js). */
const hostLog = (page: Page) => page.evaluate(() => (window as unknown as { host: { log: (number | string)[] } }).host.log);

/**
 * Opens the first citation marker the reader can see in the frame and waits for its panel.
 * In the timeline every citation is inside an event, so an event is opened first there.
 */
async function openCitation(frame: Frame) {
  if ((await frame.locator('details.cite > summary:visible').count()) === 0) {
    await frame.locator('li.event > details:not([open]) > summary').first().click();
  }
  const cite = frame
    .locator('details.cite')
    .filter({ has: frame.locator('summary:visible') })
    .first();
  await cite.locator('summary').click();
  await expect(cite).toHaveAttribute('open', '');
}

test.describe('hosts', () => {
  test.use({ alsoAllowedOrigins: [HOSTS, THIRD] });

  test('pym.js: the frame follows the content as a citation opens, a variant changes and the window narrows', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openHost(page, 'pym', ['embed/foundation.html']);
    const iframe = page.locator('#explainer iframe');
    const frame = await liveFrame(iframe);
    // pym.js 1.3.2 added its parameters to the address, which the embed takes silently.
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('explainer');
    await expect(frame.locator('.notices')).toBeEmpty();
    await expectFits(iframe, frame);

    const closed = await frameHeight(iframe);
    await openCitation(frame);
    await expect.poll(() => frameHeight(iframe)).not.toBe(closed);
    await expectFits(iframe, frame);

    const variant = data.foundation.variants[2];
    const button = frame.getByRole('button', { name: variant.name.en });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(frame.getByRole('img')).toHaveAccessibleName(new RegExp(variant.name.en));
    await expectFits(iframe, frame);

    const wide = await frameHeight(iframe);
    await page.setViewportSize({ width: 375, height: 740 });
    await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(376);
    await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(wide);
    await expectFits(iframe, frame);
    // Heights reached the article through pym's own parent, not through anything of ours.
    expect((await hostLog(page)).length).toBeGreaterThan(2);
  });

  test('AMP: a host that listens only for embed-size gets the height, and #amp=1 is taken silently', async ({ page }) => {
    await openHost(page, 'amp', ['embed/gaps.html']);
    const iframe = page.locator('#explainer iframe');
    const frame = await liveFrame(iframe);
    expect(new URL(frame.url()).hash).toBe('#amp=1');
    await expect(frame.locator('.notices')).toBeEmpty();
    await expectFits(iframe, frame);
    await openCitation(frame);
    await expectFits(iframe, frame);
    await page.setViewportSize({ width: 375, height: 740 });
    await expectFits(iframe, frame);
  });

  test('iframe.resize: a host that listens only for Embedly-style JSON strings gets the height', async ({ page }) => {
    await openHost(page, 'iframe-resize', ['embed/positions.html']);
    const iframe = page.locator('#explainer iframe');
    const frame = await liveFrame(iframe);
    await expectFits(iframe, frame);
    await openCitation(frame);
    await expectFits(iframe, frame);
    await page.setViewportSize({ width: 375, height: 740 });
    await expectFits(iframe, frame);
  });

  test.describe('WordPress', () => {
    // The stylesheet link carries `crossorigin` beside Trunk's `integrity`: in the sandbox's
    // opaque origin it is a cross-origin fetch, whose integrity only CORS lets be checked.
    test('the embed is styled inside the sandbox', async ({ page }) => {
      await openHost(page, 'wordpress', ['embed/overview.html']);
      const frame = await liveFrame(page.locator('#explainer iframe'));
      const styled = await frame.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.sheet != null);
      expect(styled).toBe(true);
    });

    test('the sandboxed frame with a secret reports its height, again when WordPress says ready', async ({ page }) => {
      await openHost(page, 'wordpress', ['embed/overview.html']);
      const iframe = page.locator('#explainer iframe');
      const frame = await liveFrame(iframe);
      // The sandbox gives the embed an opaque origin; it runs all the same.
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      await expect(frame.locator('.notices')).toBeEmpty();
      // wp-embed.js shows the frame on its first message and hides the blockquote.
      await expect(iframe).toBeVisible();
      await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();

      // The embed reports its true height, and WordPress sizes the frame by it.
      const reported = async () => (await hostLog(page)).at(-1) ?? 0;
      const expectHeights = async () => {
        await expect.poll(async () => Math.abs(Number(await reported()) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
        await expect
          .poll(async () => Math.abs((await frameHeight(iframe)) - wordpressHeight(await contentHeight(frame))))
          .toBeLessThanOrEqual(1);
      };
      await expectHeights();

      const before = (await hostLog(page)).length;
      await page.evaluate(() => (window as unknown as { ready: () => void }).ready());
      await expect.poll(async () => (await hostLog(page)).length).toBeGreaterThan(before);

      await page.setViewportSize({ width: 375, height: 740 });
      await expectHeights();
    });
  });
});

test.describe('hosts, with the wasm blocked', () => {
  // The embed is complete without the wasm, and its start script speaks every host's
  // protocol from the first layout on, and as the content changes.
  test.use({
    alsoAllowedOrigins: [HOSTS, THIRD],
    allowedConsoleErrors: [/_bg\.wasm|Failed to fetch|Failed to load resource: net::ERR_FAILED/],
  });
  const HOST_EMBEDS: [string, string][] = [
    ['pym', 'embed/foundation.html'],
    ['amp', 'embed/gaps.html'],
    ['iframe-resize', 'embed/positions.html'],
    ['embedjs', 'embed/timeline.html'],
    ['wordpress', 'embed/compact.html'],
  ];
  for (const [host, embed] of HOST_EMBEDS) {
    test(`${host}: the frame is sized to the content and follows it`, async ({ page }) => {
      await page.route(/\.wasm$/, (route) => route.abort());
      await openHost(page, host, [embed]);
      const iframe = page.locator('#explainer iframe, .wartime-labor-explainer iframe');
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      await frame.waitForLoadState();
      const fits = async () => {
        if (host !== 'wordpress') return expectFits(iframe, frame);
        await expect
          .poll(async () => Math.abs((await frameHeight(iframe)) - wordpressHeight(await contentHeight(frame))))
          .toBeLessThanOrEqual(1);
      };
      await fits();
      if (host === 'wordpress') await frame.locator('.compact-overview > summary').click();
      await openCitation(frame);
      await fits();
      expect(await frame.locator('html.live').count()).toBe(0);
    });
  }
});

test.describe('embed code (embed.js)', () => {
  test.use({ alsoAllowedOrigins: [HOSTS, THIRD] });
  const TIMELINE = 'embed/timeline.html';
  const GAPS = 'embed/gaps.html';
  const JA_TIMELINE = 'ja/embed/timeline.html';

  /**
   * Opens the article with the timeline embedded by embed.js and, in the embed, the public
   * hearing and then the phone call, each checked to be a step of the article's address.
   * `beforeClicks` runs in the frame once it is live (to mark its document, say).
   */
  async function openTwoEvents(page: Page, beforeClicks?: () => unknown) {
    await openHost(page, 'embedjs', [TIMELINE]);
    const start = page.url();
    const iframe = page.locator('.wartime-labor-explainer iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await liveFrame(iframe);
    if (beforeClicks) await frame.evaluate(beforeClicks);
    const frameHash = () => new URL(frame.url()).hash;
    await frame.locator('#event-public-hearing > details > summary').click();
    await expect(page).toHaveURL(`${start}#explainer=event-public-hearing`);
    await frame.locator('#event-phone-call > details > summary').click();
    await expect(page).toHaveURL(`${start}#explainer=event-phone-call`);
    return { start, iframe, frame, frameHash };
  }

  test('one titled, lazy, borderless iframe per placeholder, first at data-height, then as tall as its content', async ({ page }) => {
    // The embeds' documents are held back, so the frames' first height can be seen.
    const held: Route[] = [];
    await page.route(/\/embed\/\w+\.html/, (route) => void held.push(route));
    // Two embeds: the embed code, and so embed.js, is on the page twice.
    await openHost(page, 'embedjs', [TIMELINE, GAPS], { query: '&height=450' });
    const placeholders = page.locator('.wartime-labor-explainer');
    await expect(placeholders).toHaveCount(2);
    const iframes = placeholders.locator('iframe');
    await expect(iframes).toHaveCount(2);
    for (const iframe of await iframes.all()) {
      await expect(iframe).toHaveAttribute('title', 'The wartime labor dispute, explained');
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      await expect(iframe).toHaveAttribute('width', '100%');
      await expect(iframe).toHaveAttribute('height', '450');
      await expect(iframe).not.toHaveAttribute('scrolling');
      expect(await iframe.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('none');
    }
    await expect(placeholders.nth(0)).toHaveAttribute('data-explainer-key', 'explainer');
    await expect(placeholders.nth(1)).toHaveAttribute('data-explainer-key', 'explainer-2');

    for (const route of held) await route.continue();
    await page.unroute(/\/embed\/\w+\.html/);
    for (const iframe of await iframes.all()) {
      await iframe.scrollIntoViewIfNeeded();
      const frame = await liveFrame(iframe);
      await expectFits(iframe, frame);
      await openCitation(frame);
      await expectFits(iframe, frame);
    }
    await page.setViewportSize({ width: 375, height: 740 });
    for (const iframe of await iframes.all()) await expectFits(iframe, await liveFrame(iframe));
  });

  test('the dataset link in the whole explainer opens a new tab and leaves the embed in place', async ({ page }) => {
    await openHost(page, 'embedjs', ['embed/']);
    const iframe = page.locator('.wartime-labor-explainer iframe');
    const frame = await liveFrame(iframe);
    // From the keyboard: the link is some 30,000 px down the frame, where a pointer's
    // wait for it to hold still outlasts the test.
    await frame.getByRole('link', { name: en.dataset_link }).focus();
    const [tab] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
    await expect(tab).toHaveURL(`${SITE}/data/dispute.json`);
    expect(frame.url()).toBe(`${SITE}/embed/`);
    await expect(frame.locator('#sources h2')).toBeVisible();
  });

  test('embed.js stays within 2 KB brotli', () => {
    const file = readFileSync(path.join(__dirname, '..', '..', 'dist', 'embed.js'));
    const size = brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(size, `embed.js is ${file.length} B raw, ${size} B brotli`).toBeLessThanOrEqual(2048);
  });

  test("opening an event writes #explainer=<event> into the article's address; back and forward move the embed too", async ({ page }) => {
    const { start, iframe, frame, frameHash } = await openTwoEvents(page, () => Object.assign(window, { sameDocument: true }));
    await expectFits(iframe, frame);

    await page.goBack();
    await expect(page).toHaveURL(`${start}#explainer=event-public-hearing`);
    await expect.poll(frameHash).toBe('#event-public-hearing');
    await page.goBack();
    await expect(page).toHaveURL(start);
    await expect.poll(frameHash).toBe('');
    await page.goForward();
    await expect(page).toHaveURL(`${start}#explainer=event-public-hearing`);
    await expect.poll(frameHash).toBe('#event-public-hearing');
    await expect(frame.locator('#event-public-hearing > details')).toHaveAttribute('open', '');
    await page.goForward();
    await expect(page).toHaveURL(`${start}#explainer=event-phone-call`);
    await expect.poll(frameHash).toBe('#event-phone-call');
    // The embed moved within its page, never reloaded.
    expect(await frame.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expectFits(iframe, frame);
  });

  test('two quick presses of Back take the article back two steps and keep both in Forward', async ({ page }) => {
    const { start, frame, frameHash } = await openTwoEvents(page);
    const steps = await page.evaluate(() => history.length);

    // The second press comes before the embed has caught up with the first: the embed
    // moving to the first press's event is the article's doing, not the reader's, and must
    // not come back as a new step.
    await page.goBack();
    await page.goBack();
    await expect.poll(frameHash).toBe('');
    // Anything the embed still had to say has reached the article once a message posted
    // after it has (a frame's messages arrive in order).
    await page.evaluate(() => {
      const w = window as unknown as { caughtUp: Promise<void> };
      w.caughtUp = new Promise((resolve) => addEventListener('message', (e) => e.data === 'caught-up' && resolve()));
    });
    await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)).then(() => parent.postMessage('caught-up', '*')));
    await page.evaluate(() => (window as unknown as { caughtUp: Promise<void> }).caughtUp);
    await expect(page).toHaveURL(start);
    expect(await page.evaluate(() => history.length)).toBe(steps);

    await page.goForward();
    await expect(page).toHaveURL(`${start}#explainer=event-public-hearing`);
    await expect.poll(frameHash).toBe('#event-public-hearing');
    await page.goForward();
    await expect(page).toHaveURL(`${start}#explainer=event-phone-call`);
    await expect.poll(frameHash).toBe('#event-phone-call');
  });

  test('an article opened at #explainer=<event> opens the embed at that event and scrolls the article to it', async ({ page }) => {
    await openHost(page, 'embedjs', [TIMELINE], { hash: '#explainer=event-public-hearing' });
    // Before the embed could have said anything.
    const steps = await page.evaluate(() => history.length);
    const iframe = page.locator('.wartime-labor-explainer iframe');
    await expect(iframe).toHaveAttribute('loading', 'eager');
    expect(await iframe.getAttribute('src')).toBe(`${SITE}/${TIMELINE}#event-public-hearing`);
    const frame = await liveFrame(iframe);
    const card = frame.locator('#event-public-hearing');
    await expect(card.locator('> details')).toHaveAttribute('open', '');
    // The card's top is at the top of the article's window.
    await expect
      .poll(async () =>
        Math.abs(
          (await iframe.evaluate((el) => el.getBoundingClientRect().top)) + (await card.evaluate((el) => el.getBoundingClientRect().top)),
        ),
      )
      .toBeLessThanOrEqual(3);
    // Arriving is not a step of the reader's history.
    await expect(page).toHaveURL(/\/embedjs\.html\?[^#]*#explainer=event-public-hearing$/);
    expect(await page.evaluate(() => history.length)).toBe(steps);
  });

  test('a second embed is explainer-2=; the other parts of the fragment stay, and an article opened at both opens both', async ({
    page,
  }) => {
    await openHost(page, 'embedjs', [TIMELINE, JA_TIMELINE], { hash: '#top' });
    const start = page.url();
    await expect(page.locator('.wartime-labor-explainer iframe')).toHaveCount(2);
    const [timeline, second] = await page.locator('.wartime-labor-explainer iframe').all();
    await timeline.scrollIntoViewIfNeeded();
    await (await liveFrame(timeline)).locator('#event-tokyo-talks > details > summary').click();
    await expect(page).toHaveURL(`${start}&explainer=event-tokyo-talks`);
    await second.scrollIntoViewIfNeeded();
    await (await liveFrame(second)).locator('#event-public-hearing > details > summary').click();
    await expect(page).toHaveURL(`${start}&explainer=event-tokyo-talks&explainer-2=event-public-hearing`);

    // A reader who follows that address (a reload would restore the old scroll position).
    const address = page.url();
    await page.goto('about:blank');
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    await expect(timeline).toHaveAttribute('src', `${SITE}/${TIMELINE}#event-tokyo-talks`);
    await expect(second).toHaveAttribute('src', `${SITE}/${JA_TIMELINE}#event-public-hearing`);
    await expect((await liveFrame(timeline)).locator('#event-tokyo-talks > details')).toHaveAttribute('open', '');
    // The article scrolls to the embed named last, the one the reader used last.
    const event = (await liveFrame(second)).locator('#event-public-hearing');
    await expect
      .poll(async () =>
        Math.abs(
          (await second.evaluate((el) => el.getBoundingClientRect().top)) + (await event.evaluate((el) => el.getBoundingClientRect().top)),
        ),
      )
      .toBeLessThanOrEqual(3);
  });
});

test.describe('a hostile frame on a third origin', () => {
  test.use({ alsoAllowedOrigins: [HOSTS, THIRD] });

  // Each host that checks who is talking (pym.js and the usual iframe.resize listeners do not:
  // any frame of the article can resize theirs). The hostile frame posts every protocol's
  // height and our own messages with commands to the article, and requests to the embed.
  for (const host of ['embedjs', 'amp', 'wordpress']) {
    test(`changes nothing in the ${host} host or its embed`, async ({ page }) => {
      const src = `${SITE}/embed/gaps.html`;
      const attacker = `${THIRD}/attacker.html?${new URLSearchParams({ src, id: 'explainer', secret: 'a1B2c3D4e5' })}`;
      // Start the attack only once the embed is settled, so any change is the attacker's.
      let settle = () => {};
      const settled = new Promise<void>((resolve) => (settle = resolve));
      await page.route(/\/attacker\.html/, async (route) => {
        await settled;
        await route.continue();
      });
      await openHost(page, host, ['embed/gaps.html'], { query: `&${new URLSearchParams({ attacker })}` });
      // The embed's frame (embed.js may make it after the hostile one is on the page).
      const iframe = page.locator('iframe:not([title="Advertisement"])');
      const frame = await liveFrame(iframe);
      await frame.evaluate(() => Object.assign(window, { sameDocument: true }));
      if (host === 'wordpress') {
        await expect
          .poll(async () => Math.abs((await frameHeight(iframe)) - wordpressHeight(await contentHeight(frame))))
          .toBeLessThanOrEqual(1);
      } else {
        await expectFits(iframe, frame);
      }
      const state = () =>
        Promise.all([
          frameHeight(iframe),
          page.url(),
          page.title(),
          page.evaluate(() => [scrollX, scrollY, history.length]),
          frame.url(),
          frame.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
        ]);
      const before = await state();
      settle();

      await expect(page.frameLocator('iframe[title="Advertisement"]').locator('body')).toBeAttached();
      const hostile = page.frame({ url: /\/attacker\.html/ })!;
      await expect.poll(() => hostile.evaluate(() => (window as unknown as { done?: boolean }).done)).toBe(true);
      // Give every message time to arrive and be (not) acted upon.
      await page.waitForTimeout(500);
      expect(await state()).toEqual(before);
    });
  }
});

// Each embed on its own, as the iframe shows it.
const SECTIONS = ['overview', 'timeline', 'positions', 'foundation', 'gaps', 'whos-who', 'glossary'];
/** A statement of each section, in English, that its embed must show without scripts. */
const STATEMENT: Record<string, string> = {
  overview: data.meta.summary[0].text.en,
  timeline: data.events[0].title.en,
  positions: data.issues[0].title.en,
  foundation: data.foundation.variants[0].name.en,
  gaps: data.gaps[0].title.en,
  'whos-who': data.actors[0].name.en,
  glossary: data.glossary[0].term.en,
};
type Embed = { lang: Lang; path: string; headings: string[]; statement: string; controls: boolean };
const sectionEmbed = (lang: Lang, path: string, sections: string[], statement: string): Embed => ({
  lang,
  path,
  headings: sections.map((id) => strings(lang).sections[SECTIONS.indexOf(id)]),
  statement,
  controls: sections.some((id) => WITH_CONTROLS.has(id)),
});
/** The compact embed: the overview (folded, its heading in the fold's summary) and the sections. */
const compactEmbed = (lang: Lang): Embed => ({
  lang,
  path: `${lang === 'en' ? '' : `${lang}/`}embed/compact.html`,
  headings: [strings(lang).sections[0], strings(lang).contents],
  statement: strings(lang).section_intros[4],
  controls: false,
});
/** The sections with controls of their own (a filter, a choice of view or of variant). */
const WITH_CONTROLS = new Set(['timeline', 'positions', 'foundation']);
const EMBEDS: Embed[] = [
  sectionEmbed('en', 'embed/', SECTIONS, STATEMENT.gaps),
  ...SECTIONS.map((id) => sectionEmbed('en', `embed/${id}.html`, [id], STATEMENT[id])),
  sectionEmbed('ja', 'ja/embed/timeline.html', ['timeline'], data.events[0].title.ja!),
  sectionEmbed('ko', 'ko/embed/foundation.html', ['foundation'], data.foundation.variants[0].name.ko!),
  ...(['en', 'ja', 'ko'] as const).map(compactEmbed),
];

for (const embed of EMBEDS) {
  test.describe(`embed ${embed.path}`, () => {
    test('has no axe violations, and the keyboard reaches a citation and the controls', async ({ page }) => {
      await page.goto(embed.path);
      await expect(page.locator('html.live')).toBeAttached();
      await checkA11y(page);

      const wantControl = embed.controls;
      let citation = false;
      let control = false;
      for (let i = 0; i < 120 && !(citation && (control || !wantControl)); i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return {
            citation: !!el?.matches('details.cite > summary'),
            control: !!el?.closest('.controls'),
            // A closed timeline event or the compact embed's folded overview: its citations
            // are inside, so open it as a reader would.
            closedEvent: !!el?.matches('li.event > details:not([open]) > summary, .compact-overview:not([open]) > summary'),
          };
        });
        citation ||= focused.citation;
        control ||= focused.control;
        if (focused.closedEvent) await page.keyboard.press('Enter');
      }
      expect(citation, 'Tab reaches a citation marker').toBe(true);
      if (wantControl) expect(control, 'Tab reaches a control').toBe(true);
    });

    test('every link that leaves the embed opens a new tab; the others lead to a place in it', async ({ page }) => {
      await page.goto(embed.path);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => {
          const href = a.getAttribute('href')!;
          const here = href.startsWith('#') && !!document.getElementById(decodeURIComponent(href.slice(1)));
          return { href, target: a.getAttribute('target'), here };
        }),
      );
      expect(links.length).toBeGreaterThan(2);
      expect(links.filter((l) => (l.href.startsWith('#') ? !l.here : l.target !== '_blank'))).toEqual([]);
    });

    for (const width of [300, 900]) {
      test(`never scrolls sideways at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(embed.path);
        await expect(page.locator('html.live')).toBeAttached();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('reads: title, section heading and a statement', async ({ page }) => {
        await page.goto(embed.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.meta.title[embed.lang] ?? data.meta.title.en);
        for (const name of embed.headings) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
        await expect(page.locator('main')).toContainText(embed.statement);
      });
    });
  });
}
