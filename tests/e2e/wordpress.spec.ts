// The explainer in a real WordPress: Debian 12's WordPress 6.1 on Apache, PHP and MariaDB,
// with its default theme, Twenty Twenty-Three (tests/e2e/wordpress/). A newsroom's editor
// pastes a link: bare, on a line of its own, in a classic post, or in the block editor's
// Embed block; the explainer's page (which gives the compact embed) and a section's embed,
// each in English and Japanese. WordPress finds the oEmbed file the page names, puts the
// embed into its sandbox (`allow-scripts` only) and shows and sizes it with its own script,
// wp-embed.js, when the embed tells it its height. Each project runs the spec in its own
// WordPress, at its own width: a desktop and a phone.
//
// The site served to WordPress is the build with a public address (ADDRESSED): only it has
// oEmbed files. The shared fixtures hold the article and the embed to the usual rules (no
// console error or warning, no policy violation, no request to an unexpected origin), with
// the WordPress site and the explainer's address allowed.

import type { Frame, Locator, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { ADDRESSED, WORDPRESS_PORTS } from './hosts/origins';
import { type Lang, strings } from './site';
import { startWordPress, type WordPress } from './wordpress/wordpress';

type Link = { lang: Lang; link: string; embed: string; compact: boolean };
/** What an editor pastes (relative to the explainer's address), and the embed WordPress shows. */
const LINKS: Link[] = [
  { lang: 'en', link: '', embed: 'embed/compact.html', compact: true },
  { lang: 'ja', link: 'ja/', embed: 'ja/embed/compact.html', compact: true },
  { lang: 'en', link: 'embed/timeline.html', embed: 'embed/timeline.html', compact: false },
  { lang: 'ja', link: 'ja/embed/gaps.html', embed: 'ja/embed/gaps.html', compact: false },
];
type Editor = 'classic' | 'block';
type Post = Link & { editor: Editor; title: string };
const POSTS: Post[] = (['classic', 'block'] as const).flatMap((editor) =>
  LINKS.map((l) => ({ ...l, editor, title: `${editor} ${l.link || 'page'}` })),
);

/** The post as the editor saves it: text around the link, as in an article. */
function content(post: Post): string {
  const url = `${ADDRESSED}/${post.link}`;
  if (post.editor === 'classic') return `The article begins.\n\n${url}\n\nThe article goes on.`;
  // What WordPress 6.1's block editor saves for an Embed block of a provider it discovered
  // (block-library's embed: `wp-embed` for an oEmbed html of WordPress's own kind).
  const slug = 'the-wartime-labor-explainer';
  return [
    '<!-- wp:paragraph --><p>The article begins.</p><!-- /wp:paragraph -->',
    `<!-- wp:embed {"url":"${url}","type":"wp-embed","providerNameSlug":"${slug}"} -->`,
    `<figure class="wp-block-embed is-type-wp-embed is-provider-${slug} wp-block-embed-${slug}"><div class="wp-block-embed__wrapper">`,
    url,
    '</div></figure>',
    '<!-- /wp:embed -->',
    '<!-- wp:paragraph --><p>The article goes on.</p><!-- /wp:paragraph -->',
  ].join('\n');
}

const test = base.extend<{ wpPage: (post: Post) => Promise<WpEmbed> }, { wordpress: WordPress }>({
  wordpress: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring first argument (it reads the fixtures used from it)
    async ({}, use, workerInfo) => {
      const [port, dbPort] = WORDPRESS_PORTS[workerInfo.project.name];
      const wordpress = await startWordPress(port, dbPort, Object.fromEntries(POSTS.map((p) => [p.title, content(p)])));
      await use(wordpress);
      await wordpress.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  alsoAllowedOrigins: async ({ wordpress }, use) => use([new URL(wordpress.home).origin, ADDRESSED]),
  wpPage: async ({ page, wordpress }, use) => {
    await use(async (post) => {
      // When the article's browser fires the frame's load event and its own DOMContentLoaded,
      // and when wp-embed.js shows the frame (it removes the style that clips it), in the
      // article's clock.
      await page.addInitScript(() => {
        if (window !== window.top) return;
        const times: { load?: number; ready?: number; shown?: number } = {};
        document.addEventListener('DOMContentLoaded', () => (times.ready = performance.now()));
        Object.assign(window, { embedTimes: times });
        // Load events of elements do not reach the window; the document sees them on their way.
        document.addEventListener(
          'load',
          (e) => {
            if ((e.target as Element).matches?.('iframe.wp-embedded-content')) times.load ??= performance.now();
          },
          true,
        );
        new MutationObserver(() => {
          const frame = document.querySelector('iframe.wp-embedded-content');
          if (frame && !frame.hasAttribute('style')) times.shown ??= performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
      });
      await page.goto(wordpress.posts[post.title]);
      const iframe = page.locator('iframe.wp-embedded-content');
      return { iframe, frame: await frameOf(iframe) };
    });
  },
});
type WpEmbed = { iframe: Locator; frame: Frame };

// One WordPress per project and worker: the tests of a project run in order in one worker.
test.describe.configure({ mode: 'default' });

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  return frame;
}

const frameHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
/** WordPress keeps an embed between 200 and 1000 px tall (wp-embed.js). */
const wordpressHeight = (content: number) => Math.min(1000, Math.max(200, content));

/** The frame is as tall as its content, up to WordPress's cap. */
async function expectSized(iframe: Locator, frame: Frame) {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => Math.abs((await frameHeight(iframe)) - wordpressHeight(await contentHeight(frame))), {
      message: 'iframe height minus what WordPress makes of the content height',
    })
    .toBeLessThanOrEqual(1);
}

/** The article never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/**
 * Shown within 500 ms of the frame's load event: wp-embed.js shows it on the first message
 * it hears. It listens from the end of the article's body, and says `ready` to the frame on
 * DOMContentLoaded; a frame that loaded before that (a slow article) is heard when it
 * answers, so the 500 ms count from whichever came last.
 */
async function expectShownAtOnce(page: Page, iframe: Locator) {
  await expect(iframe).not.toHaveAttribute('style');
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  type Times = { load?: number; ready?: number; shown?: number };
  const { load, ready, shown } = await page.evaluate(() => (window as unknown as { embedTimes: Times }).embedTimes);
  expect(load, 'the frame loaded').toBeDefined();
  const after = shown! - Math.max(load!, ready!);
  expect(
    after,
    `shown ${Math.round(after)} ms after the frame's load event (or the article's DOMContentLoaded, if later)`,
  ).toBeLessThanOrEqual(500);
}

/**
 * Opens the first citation the reader can see in the frame: in the compact embed, in the
 * overview the reader unfolds; in the timeline, inside an event.
 */
async function openCitation(frame: Frame) {
  const fold = frame.locator('.compact-overview:not([open]) > summary');
  if (await fold.count()) await fold.click();
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

/** Where a link that leaves the embed takes the reader: the explainer, in the article's window. */
async function expectLinkOut(page: Page, frame: Frame, post: Post) {
  const s = strings(post.lang);
  const page_ = `${ADDRESSED}/${post.lang === 'en' ? '' : `${post.lang}/`}`;
  if (post.compact) {
    // A section of the compact embed's list opens that section of the explainer.
    await frame.getByRole('link', { name: s.sections[1], exact: true }).click();
    await expect(page).toHaveURL(`${page_}#timeline`);
  } else {
    await frame.getByRole('link', { name: s.embed_full }).click();
    await expect(page).toHaveURL(new RegExp(`^${page_.replace(/[.?]/g, '\\$&')}#`));
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

for (const post of POSTS) {
  test.describe(post.title, () => {
    test('is discovered, shown at once, sized to its content, follows it and links out', async ({ page, wpPage }) => {
      const { iframe, frame } = await wpPage(post);
      // WordPress found the oEmbed file and kept its blockquote and iframe, sandboxed.
      expect(await iframe.getAttribute('src')).toMatch(
        new RegExp(`^${ADDRESSED}/${post.embed.replace(/\./g, '\\.')}#\\?secret=[a-zA-Z0-9]{10}$`),
      );
      await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
      await expectShownAtOnce(page, iframe);
      await expectSized(iframe, frame);
      await expectNoSidewaysScroll(page);
      if (post.compact) {
        // The compact embed fits WordPress's frame: nothing to scroll inside.
        expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
        expect(
          await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
        ).toBeLessThanOrEqual(0);
      }

      // The app takes over, and the frame keeps following the content.
      await expect(frame.locator('html.live')).toBeAttached();
      await openCitation(frame);
      await expectSized(iframe, frame);
      await expectNoSidewaysScroll(page);
      await expectLinkOut(page, frame, post);
    });
  });
}

test.describe('with the wasm blocked', () => {
  // The embed is complete without it; its start script speaks to WordPress.
  test.use({ allowedConsoleErrors: [/_bg\.wasm|Failed to fetch|Failed to load resource: net::ERR_FAILED/] });

  for (const post of POSTS.filter((p) => (p.editor === 'classic') === p.compact)) {
    test(`${post.title}: shown at once, sized, follows its content and links out`, async ({ page, wpPage }) => {
      await page.route(/\.wasm$/, (route) => route.abort());
      const { iframe, frame } = await wpPage(post);
      await expectShownAtOnce(page, iframe);
      await expectSized(iframe, frame);
      await expectNoSidewaysScroll(page);
      await openCitation(frame);
      await expectSized(iframe, frame);
      expect(await frame.locator('html.live').count()).toBe(0);
      await expectLinkOut(page, frame, post);
    });
  }
});

test('once the app has taken over, WordPress hears one answer to its ready message, not two', async ({ page, wpPage }) => {
  const post = POSTS[0];
  const { iframe, frame } = await wpPage(post);
  await expect(frame.locator('html.live')).toBeAttached();
  const secret = (await iframe.getAttribute('data-secret'))!;
  const heights = await page.evaluate(async (secret) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content')!;
    const heard: unknown[] = [];
    addEventListener('message', (e) => e.source === frame.contentWindow && e.data?.message === 'height' && heard.push(e.data.value));
    frame.contentWindow!.postMessage({ message: 'ready', secret }, '*');
    // Anything the frame had to say in answer has arrived once a later message has.
    await new Promise((r) => setTimeout(r, 300));
    return heard;
  }, secret);
  expect(heights).toHaveLength(1);
});
