// The pages are pre-rendered: each language's words are in its HTML, and the wasm takes the
// page over without redrawing it — the same text before and after, no console error or
// warning, the same element ids. Links with settings and a fragment open in that state at
// that place. Every page states and is served with a strict Content Security Policy that
// allows its inline start script and stylesheet by hash, and meets no violation (the
// fixtures fail a test on any).

import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, openExplainer, test } from './fixtures';
import { LANGS } from './site';

/**
 * The policy, directive by directive; a page's may add only hashes of its inline texts.
 * Written out here rather than read from scripts/headers.mjs or the pre-renderer, on purpose: a
 * policy loosened there must fail this spec, not move it along.
 */
const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
];

/** The policy a page states in its head. */
const metaPolicy = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? '';

/** A policy's directives without its hash sources. */
const withoutHashes = (policy: string) =>
  policy.split(/;\s*/).map((d) =>
    d
      .split(' ')
      .filter((w) => !w.startsWith("'sha256-"))
      .join(' '),
  );

/** The page's text and element ids, as they are now. */
const snapshot = (page: Page) =>
  page.evaluate(() => ({
    text: document.body.textContent ?? '',
    ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
  }));

for (const { tag, path } of LANGS) {
  test.describe(tag, () => {
    test('the wasm takes over the page without changing its text or ids', async ({ browser, baseURL }) => {
      const statics = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'en-US' });
      const staticPage = await statics.newPage();
      await staticPage.goto(path);
      const before = await snapshot(staticPage);
      await statics.close();

      const live = await browser.newContext({ baseURL, locale: 'en-US' });
      const page = await live.newPage();
      const messages: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && messages.push(m.text()));
      page.on('pageerror', (e) => messages.push(e.message));
      await openExplainer(page, path);
      const after = await snapshot(page);
      await live.close();

      expect(before.text.length).toBeGreaterThan(10_000);
      expect(after.text).toBe(before.text);
      expect(after.ids).toEqual(before.ids);
      expect(messages).toEqual([]);
    });

    test('a link with settings and a fragment opens in that state, at that place', async ({ page }) => {
      await openExplainer(page, `${path}?by=party&actor=yoon&variant=plaintiffs-demand#gap-apology`);
      await expect(page.locator('#positions article.party-card:visible')).toHaveCount(4);
      await expect(page.locator('#timeline #event-agreement-1965')).toBeHidden();
      await expect(page.locator('#variant-plaintiffs-demand')).toBeVisible();
      await expect(page.locator('#variant-seoul-proposal')).toBeHidden();
      await expect(page.locator('#gap-apology')).toBeInViewport();
    });

    test('the server sends the policy the page states: the strict one, plus the hashes of its inline texts', async ({ page }) => {
      const response = await page.goto(path);
      const header = response?.headers()['content-security-policy'] ?? '';
      const html = await response!.text();
      expect(header).toBe(metaPolicy(html));
      expect(withoutHashes(header)).toEqual(STRICT_POLICY);
      await expect(page.locator('html.live')).toBeAttached();
    });
  });
}

// Every section is laid out with its page, never deferred until it nears the screen: a
// deferred section takes its real height only after a link has scrolled past it, which moves
// the link's target away (tests/e2e/links.spec.ts follows the links themselves).
test('every section of every page and embed is laid out with the page', async ({ page }) => {
  for (const path of [...LANGS.map((l) => l.path), 'embed/', 'ja/embed/']) {
    await page.goto(path);
    const deferred = await page.evaluate(() =>
      [...document.querySelectorAll('main .section')]
        .map((s) => [s.id, getComputedStyle(s).contentVisibility])
        .filter(([, v]) => v !== 'visible'),
    );
    expect(deferred, `${path}: sections laid out only near the screen`).toEqual([]);
  }
});

test('the only inline code of a page is its start script and stylesheet, each allowed by its hash', async ({ request }) => {
  for (const path of [...LANGS.map((l) => l.path), 'embed/gaps.html', 'ko/embed/index.html']) {
    const html = await (await request.get(path)).text();
    const policy = metaPolicy(html);
    // JSON-LD is a data block, never run, so no policy needs to allow it.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs]) => !/type="application\/ld\+json"/.test(attrs),
    );
    expect(
      scripts.map(([, attrs]) => attrs.trim().split('=')[0]),
      `${path}: scripts`,
    ).toEqual(['data-boot']);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    // The explainer's pages carry their stylesheet; an embed links it (an article may hold several).
    expect(styles.length, `${path}: <style> elements`).toBe(path.includes('embed/') ? 0 : 1);
    expect(/<link rel="stylesheet"/.test(html), `${path}: stylesheet link`).toBe(path.includes('embed/'));
    for (const text of [...scripts.map((m) => m[2]), ...styles.map((m) => m[1])]) {
      expect(policy, `${path}: the hash of an inline text`).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    }
    expect(html, `${path}: style attribute`).not.toMatch(/\sstyle="/);
  }
});
