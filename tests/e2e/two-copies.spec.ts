// Two copies of the explainer in two folders of one site (a newsroom hosting this year's
// and an updated build side by side, say) each keep their own offline copy: one's worker
// never deletes the other's cache, and both work offline.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { rebuildWorker, serveAnywhere, stop } from './servers';

const ROOT = path.join(__dirname, '..', '..');

test.describe('two copies on one site', () => {
  test.skip(({ isMobile }) => isMobile, 'the worker is the same for every screen; once is enough');

  test('each folder keeps its own offline cache, through an update of the other', async ({ browser }) => {
    const site = mkdtempSync(path.join(tmpdir(), 'explainer-two-copies-'));
    for (const folder of ['first', 'second']) cpSync(path.join(ROOT, 'dist'), path.join(site, folder), { recursive: true });
    // On a free port: a fixed one met another server on this machine (E2E_PORT=4320 is one).
    const { child: server, url } = await serveAnywhere(site);
    const context = await browser.newContext({ baseURL: url });
    const ready = async (page: import('@playwright/test').Page, url: string) => {
      await page.goto(url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    };
    try {
      const page = await context.newPage();
      await ready(page, './first/');
      await ready(page, './second/');
      const caches = () => page.evaluate(() => caches.keys());
      const both = await caches();
      expect(both).toHaveLength(2);
      expect(both.some((c) => c.endsWith('/first/'))).toBe(true);
      expect(both.some((c) => c.endsWith('/second/'))).toBe(true);

      // A new build of the second copy replaces its own cache only.
      const index = path.join(site, 'second', 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replace('<body>', '<body><p id="build-marker">Second, updated</p>'));
      await rebuildWorker(path.join(site, 'second'));
      await page.goto('./second/');
      await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
        // Accept the update, as the reader would with the prompt's button.
        const waiting =
          registration.waiting ??
          (await new Promise<ServiceWorker>((resolve) =>
            registration.addEventListener('updatefound', () => {
              const w = registration.installing!;
              w.addEventListener('statechange', () => w.state === 'installed' && resolve(w));
            }),
          ));
        waiting.postMessage({ type: 'SKIP_WAITING' });
      });
      await expect.poll(async () => (await caches()).length).toBe(2);
      const after = await caches();
      expect(after.find((c) => c.endsWith('/first/'))).toBe(both.find((c) => c.endsWith('/first/')));
      expect(after.find((c) => c.endsWith('/second/'))).not.toBe(both.find((c) => c.endsWith('/second/')));

      // Both still work with no network.
      await context.setOffline(true);
      for (const folder of ['first', 'second']) {
        await page.goto(`./${folder}/#glossary`);
        await expect(page.locator('#glossary h2')).toBeVisible();
        await expect(page.locator('html.live')).toBeAttached();
      }
      await expect(page.locator('#build-marker')).toHaveText('Second, updated');
      await context.setOffline(false);
    } finally {
      // Whatever failed above, the extra server must not outlive the test.
      await context.close().catch(() => {});
      await stop(server);
      rmSync(site, { recursive: true, force: true });
    }
  });
});
