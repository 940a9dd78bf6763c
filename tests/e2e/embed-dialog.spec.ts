// The embed code dialog on the explainer's page: opened by the "Embed" button beside a section,
// usable with the keyboard and axe-clean, its snippets built from the page's own address in the
// language and colors chosen; each snippet, pasted into a blank article on another origin,
// makes a working embed. And the `theme` parameter a host can set, on the page and the embed.

import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures';
import { HOSTS } from './hosts/origins';
import { serveArticle } from './servers';
import { strings } from './site';

const s = strings('en');
// The blank articles' own servers: three per Playwright worker (two workers; by parallelIndex,
// which a worker started again after a failure keeps), on localhost.
const HOSTS_PORT_BASE = 4360;
const ARTICLES = [0, 1].flatMap((worker) => [0, 1, 2].map((i) => `http://localhost:${HOSTS_PORT_BASE + 10 * worker + i}`));

async function openDialog(page: Page, section: string) {
  await page.goto('./#gaps');
  await expect(page.locator('html.live')).toBeAttached();
  await page.getByRole('button', { name: `${s.embed_button} ${section}` }).click();
  const dialog = page.getByRole('dialog', { name: s.embed_title });
  await expect(dialog).toBeVisible();
  return dialog;
}

const snippet = (page: Page, label: string) => page.getByRole('dialog').getByLabel(label, { exact: true });

test.describe('the embed code dialog', () => {
  test.skip(({ isMobile }) => isMobile, 'one dialog is enough');
  test.use({ alsoAllowedOrigins: [HOSTS, ...ARTICLES] });

  test('opens at its section, works with the keyboard, passes axe, and copies', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const dialog = await openDialog(page, s.sections[4]);
    await expect(dialog.getByLabel(s.embed_section)).toHaveValue('gaps');
    await checkA11y(page, { include: '.embed-dialog' });
    // Built from the address the page was loaded from.
    await expect(snippet(page, s.embed_script)).toHaveValue(new RegExp(`data-src="${baseURL}embed/gaps\\.html"`));
    await expect(snippet(page, s.embed_script)).toHaveValue(new RegExp(`src="${baseURL}embed\\.js"`));

    // Keyboard: choose Japanese and dark colors, copy the iframe, close with Escape.
    await dialog.getByLabel(s.language).focus();
    await dialog.getByLabel(s.language).selectOption('ja');
    await dialog.getByLabel(s.embed_theme).selectOption('dark');
    await expect(snippet(page, s.embed_iframe)).toHaveValue(new RegExp(`src="${baseURL}ja/embed/gaps\\.html\\?theme=dark"`));
    const copy = dialog.locator('.embed-snippet').nth(1).getByRole('button', { name: s.embed_copy });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.embed-snippet').nth(1).getByRole('status')).toHaveText(s.embed_copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet(page, s.embed_iframe).inputValue());
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // The whole explainer's button chooses the whole (language and colors stay as chosen).
    await page.getByRole('button', { name: s.embed_whole_button }).click();
    await expect(page.getByRole('dialog').getByLabel(s.embed_section)).toHaveValue('explainer');
    await expect(snippet(page, s.embed_script)).toHaveValue(new RegExp(`data-src="${baseURL}ja/embed/\\?theme=dark"`));
  });

  test('offers the explainer at a glance, and gives the link to paste into WordPress for each choice', async ({ page, baseURL }) => {
    await page.goto('./');
    await expect(page.locator('html.live')).toBeAttached();
    await page.getByRole('button', { name: s.embed_whole_button }).click();
    const dialog = page.getByRole('dialog', { name: s.embed_title });
    await expect(dialog.getByText(s.embed_link_note)).toBeVisible();
    // The whole explainer's own address (WordPress would keep it under 1000 px; the note says so).
    await expect(snippet(page, s.embed_link)).toHaveValue(`${baseURL}embed/`);
    await dialog.getByLabel(s.embed_section).selectOption('compact');
    await expect(snippet(page, s.embed_script)).toHaveValue(new RegExp(`data-src="${baseURL}embed/compact\\.html"`));
    // The explainer's own address gives the compact embed (its oEmbed file).
    await expect(snippet(page, s.embed_link)).toHaveValue(baseURL!);
    await dialog.getByLabel(s.language).selectOption('ko');
    await expect(snippet(page, s.embed_link)).toHaveValue(`${baseURL}ko/`);
    await dialog.getByLabel(s.embed_section).selectOption('gaps');
    await dialog.getByLabel(s.embed_theme).selectOption('dark');
    await expect(snippet(page, s.embed_link)).toHaveValue(`${baseURL}ko/embed/gaps.html`);
  });

  test('each snippet, pasted into a blank article on another origin, is a working embed', async ({ page }, testInfo) => {
    await openDialog(page, s.sections[4]);
    const codes = {
      script: await snippet(page, s.embed_script).inputValue(),
      iframe: await snippet(page, s.embed_iframe).inputValue(),
      amp: await snippet(page, s.embed_amp).inputValue(),
    };
    let port = HOSTS_PORT_BASE + 10 * testInfo.parallelIndex;
    const article = async (body: string) => {
      const host = await serveArticle(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><h1>Article</h1>${body}</body></html>`,
        port++,
      );
      await page.goto(host.url);
      return host;
    };
    const contentHeight = (frame: ReturnType<Page['frameLocator']>) =>
      frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));

    // Our script: it makes the iframe and sizes it to the embed.
    let host = await article(codes.script);
    let frame = page.frameLocator('iframe');
    await expect(frame.locator('#gaps h2')).toBeVisible();
    await expect(frame.locator('html.live')).toBeAttached();
    await expect
      .poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - (await contentHeight(frame))))
      .toBeLessThanOrEqual(3);
    await host.close();

    // A plain iframe: the embed shows, at the snippet's height.
    host = await article(codes.iframe);
    frame = page.frameLocator('iframe');
    await expect(frame.locator('#gaps h2')).toBeVisible();
    await expect(page.locator('iframe')).toHaveAttribute('height', '1400');
    await host.close();

    // AMP: no AMP runtime may be loaded here (it comes from AMP's CDN), so the article does
    // what amp-iframe does with the snippet's attributes: a frame with its sandbox and
    // `#amp=1`, sized by `embed-size` messages.
    expect(codes.amp).toMatch(
      /^<amp-iframe src="[^"]+" title="[^"]+" layout="fixed-height" height="\d+" sandbox="allow-scripts allow-same-origin" resizable frameborder="0">/,
    );
    expect(codes.amp).toMatch(/<div overflow tabindex="0" role="button" aria-label="[^"]+">[^<]+<\/div>\s*<\/amp-iframe>$/);
    const src = codes.amp.match(/src="([^"]+)"/)![1];
    const sandbox = codes.amp.match(/sandbox="([^"]+)"/)![1];
    host = await article(`<iframe sandbox="${sandbox}" src="${src}#amp=1" width="600" height="400"></iframe>
      <script>addEventListener('message', (e) => {
        const f = document.querySelector('iframe');
        if (e.source === f.contentWindow && e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size' && e.data.height >= 100) f.height = e.data.height;
      });</script>`);
    frame = page.frameLocator('iframe');
    await expect(frame.locator('#gaps h2')).toBeVisible();
    await expect(frame.locator('.notices')).toBeEmpty();
    await expect
      .poll(async () => Math.abs(Number(await page.locator('iframe').getAttribute('height')) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(3);
    await host.close();
  });
});

test.describe('the theme parameter', () => {
  test.skip(({ isMobile }) => isMobile, 'colors are the same on every screen');
  const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('sets dark or light colors over the system setting, on the page and in an embed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./?theme=dark#overview');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await paper(page)).toBe('rgb(21, 21, 19)');
    // Kept when the reader changes language.
    await expect(page.locator('html.live')).toBeAttached();
    await expect(page.getByRole('navigation', { name: s.language }).getByRole('link', { name: '日本語' })).toHaveAttribute(
      'href',
      /theme=dark/,
    );

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./embed/timeline.html?theme=light');
    expect(await paper(page)).toBe('rgb(251, 250, 247)');
    await page.goto('./embed/timeline.html');
    expect(await paper(page)).toBe('rgb(21, 21, 19)');
    await expect(page.locator('html.live')).toBeAttached();
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});
