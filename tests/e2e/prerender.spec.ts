// The pages are pre-rendered: each language's words are in its HTML, and the wasm takes the
// page over without redrawing it — the same text before and after, no console error or
// warning, the same element ids. Links with settings and a fragment open in that state at
// that place. Every page is served with a strict Content Security Policy and meets no
// violation (the fixtures fail a test on any).
import type { Page } from '@playwright/test';
import { test, expect, openExplainer } from './fixtures';
import { LANGS } from './site';

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

    test('the server sends the strict Content Security Policy with every page', async ({ page }) => {
      const response = await page.goto(path);
      const csp = response?.headers()['content-security-policy'] ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'none'",
      ]) {
        expect(csp).toContain(directive);
      }
      await expect(page.locator('html.live')).toBeAttached();
    });
  });
}

test('the built pages hold no inline script and no style attribute', async ({ request }) => {
  for (const { path } of LANGS) {
    const html = await (await request.get(path)).text();
    // JSON-LD is a data block, never run, so no policy needs to allow it; any other inline
    // script would need one.
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs));
    expect(inline.map(([tag]) => tag), `${path}: inline script`).toEqual([]);
    expect(html, `${path}: style attribute`).not.toMatch(/\sstyle="/);
    expect(html, `${path}: <style>`).not.toContain('<style');
  }
});
