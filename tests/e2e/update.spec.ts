// A new deployment never mixes versions: an open page offers the new version, and accepting
// it shows the new build and removes the old build's cache.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkA11y, expect, test } from './fixtures';
import { rebuildWorker, serve, serveAnywhere, stop } from './servers';

const ROOT = path.join(__dirname, '..', '..');

test.describe('update', () => {
  test.skip(({ isMobile }) => isMobile, 'the worker is the same for every screen; once is enough');

  test('an open page offers the new build, and accepting it shows B and deletes the old cache', async ({ browser }) => {
    // Build B: build A with a visible difference, and its own worker (new build id).
    const b = mkdtempSync(path.join(tmpdir(), 'explainer-build-b-'));
    cpSync(path.join(ROOT, 'dist'), b, { recursive: true });
    const index = path.join(b, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<body>', '<body><p id="build-marker">Build B</p>'));
    await rebuildWorker(b);

    // A free port, kept for build B (the worker's origin): a fixed one met other servers on
    // this machine.
    const first = await serveAnywhere(path.join(ROOT, 'dist'));
    let server = first.child;
    const port = Number(new URL(first.url).port);
    const context = await browser.newContext({ baseURL: first.url });
    try {
      const page = await context.newPage();
      await page.goto('./#timeline');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      const cachesA = await page.evaluate(() => caches.keys());
      expect(cachesA).toHaveLength(1);
      await expect(page.locator('#build-marker')).toHaveCount(0);

      // Deploy B on the same address, and let the open page look for an update.
      await stop(server);
      server = await serve(b, port);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

      const prompt = page.getByRole('status').filter({ hasText: 'A new version of this explainer is available.' });
      // Once B has installed: every file of it fetched past the HTTP cache and checked
      // against its hash, from a server that has just started and compresses each on its first
      // request (seconds for the wasm on a busy machine; 5 s was too short here).
      await expect(prompt).toBeVisible({ timeout: 60_000 });
      await checkA11y(page);
      // Until the reader accepts, the page stays on build A.
      await expect(page.locator('#build-marker')).toHaveCount(0);
      const reload = prompt.getByRole('button', { name: 'Reload' });
      await reload.focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

      await expect(page.locator('#build-marker')).toHaveText('Build B');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveURL(/#timeline$/);
      const cachesB = await page.evaluate(() => caches.keys());
      expect(cachesB).toHaveLength(1);
      expect(cachesB[0]).not.toBe(cachesA[0]);
    } finally {
      // Whatever failed above, the extra server must not outlive the test.
      await context.close().catch(() => {});
      await stop(server);
      rmSync(b, { recursive: true, force: true });
    }
  });
});
