// After one online visit the whole explainer works offline: every section, a deep link and
// every language, with no failed request.

import { expect, test } from './fixtures';

test.describe('offline', () => {
  test.skip(({ isMobile }) => isMobile, 'the worker is the same for every screen; once is enough');
  // Showing a JSON file, Chromium asks for /favicon.ico on its own (the explainer's pages
  // declare their icon); that request is the browser's, not the reader's page's.
  test.use({ allowedConsoleErrors: [/\/favicon\.ico/] });

  test('after one visit, every section, a deep link and every language work with no network', async ({ page, context }) => {
    const failed: string[] = [];
    // A request the test's next navigation cancels (net::ERR_ABORTED: the app's scripts are
    // requested after the page has loaded) is not one the offline copy failed to answer.
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} (${r.failure()?.errorText})`));

    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The worker has installed every file of the build and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const id of ['overview', 'timeline', 'positions', 'foundation', 'gaps', 'whos-who', 'glossary', 'sources']) {
      await expect(page.locator(`section#${id} h2`), `section ${id} offline`).toBeVisible();
    }

    await page.goto('./?by=party&variant=tokyo-condition#gap-apology');
    await expect(page.locator('#gap-apology')).toBeInViewport();
    await expect(page.locator('#positions article.party-card')).toHaveCount(4);

    for (const [lang, path, heading] of [
      ['ja', './ja/', '年表'],
      ['ko', './ko/', '연표'],
      ['en', './', 'Timeline'],
    ]) {
      await page.goto(`${path}?by=party#timeline`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('#timeline h2')).toHaveText(heading);
      // The page is taken over offline too: its controls work.
      await expect(page.locator('html.live')).toBeAttached();
      await expect(page.locator('#positions article.party-card:visible')).toHaveCount(4);
    }
    // An old link that names a language finds its page offline as well.
    await page.goto('./?lang=ko#glossary');
    await expect(page).toHaveURL(/\/ko\/#glossary$/);
    await expect(page.locator('#glossary h2')).toHaveText('용어집');
    // The published dataset is there offline too, and its link opens the data, not the app.
    await page.goto('./');
    await page
      .locator('footer')
      .getByRole('link', { name: /Download the dataset/ })
      .click();
    await expect(page).toHaveURL(/data\/dispute\.json$/);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText() (the text as shown), not the DOM property the rule means
    expect(JSON.parse(await page.locator('body').innerText()).sources).toHaveLength(2);

    expect(
      failed.filter((f) => !f.includes('/favicon.ico')),
      'requests that failed while offline',
    ).toEqual([]);
    await context.setOffline(false);
  });

  test('with the worker in charge, links to the dataset and to an icon open those files', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page
      .locator('footer')
      .getByRole('link', { name: /Download the dataset/ })
      .click();
    await expect(page).toHaveURL(/data\/dispute\.json$/);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText() (the text as shown), not the DOM property the rule means
    expect(JSON.parse(await page.locator('body').innerText()).foundation.variants).toHaveLength(3);
    const icon = await page.goto('./icons/icon.svg');
    expect(icon?.headers()['content-type']).toContain('image/svg+xml');
  });

  test('where service workers are unavailable the explainer works online as before, silently', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./#glossary');
    await expect(page.locator('#glossary h2')).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
