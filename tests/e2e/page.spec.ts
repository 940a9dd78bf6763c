// The page as a whole: it shows the real dataset, passes axe in both color schemes, loads
// only from its own origin, starts keyboard navigation at the skip link, and is captured as
// full-page screenshots at phone and desktop widths.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkA11y, expect, openExplainer, test } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');

/**
 * A tiny reader for the few meta.toml strings the test needs: `title.en = "…"` and every
 * `text.en = '''…'''` of the overview summary. Enough for the file's own style; not TOML.
 */
function metaToml() {
  const toml = readFileSync(path.join(ROOT, 'data', 'meta.toml'), 'utf8');
  const value = (raw: string) => raw.replace(/^'''|'''$|^"|"$/g, '');
  const title = toml.match(/^title\.en\s*=\s*("[^"\n]*"|'''[\s\S]*?''')/m);
  const summary = [...toml.matchAll(/^text\.en\s*=\s*("[^"\n]*"|'''[\s\S]*?''')/gm)].map((m) => value(m[1]));
  if (!title) throw new Error('data/meta.toml: no title.en');
  return { title: value(title[1]), summary };
}

test('shows the dataset title as the main heading and the overview summary', async ({ page }) => {
  const meta = metaToml();
  expect(meta.summary.length, 'meta.toml has summary sentences').toBeGreaterThan(0);
  await openExplainer(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview.getByRole('heading', { level: 2 })).toHaveText('Overview');
  for (const sentence of meta.summary) {
    await expect(overview.locator('.summary')).toContainText(sentence);
  }
  // Every summary statement carries its citation marker.
  await expect(overview.locator('.summary .claim')).toHaveCount(meta.summary.length);
  await expect(overview.locator('.summary .claim summary.cite-toggle')).toHaveCount(meta.summary.length);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${scheme} color scheme, with citations closed and with one open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplainer(page);
    const bodyBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The dark palette really is in use (paper #151513), the light one otherwise (#fbfaf7).
    expect(bodyBg).toBe(scheme === 'dark' ? 'rgb(21, 21, 19)' : 'rgb(251, 250, 247)');

    await expect(page.locator('details.cite[open]')).toHaveCount(0);
    await checkA11y(page);

    const citation = page.locator('#overview details.cite').first();
    await citation.locator('summary').click();
    await expect(citation).toHaveAttribute('open', '');
    await expect(page.locator('.cite-panel:visible')).toHaveCount(1);
    await checkA11y(page);
  });
}

test('loads the wasm and the JS from its own origin only', async ({ page, baseURL }) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  await openExplainer(page);
  await page.waitForLoadState('networkidle');

  const origin = new URL(baseURL!).origin;
  const fetched = seen.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(
    fetched.filter((u) => new URL(u).origin !== origin),
    'requests to other origins',
  ).toEqual([]);
  const paths = fetched.map((u) => new URL(u).pathname);
  expect(
    paths.some((p) => p.endsWith('.wasm')),
    `a .wasm request among ${paths.join(', ')}`,
  ).toBe(true);
  expect(
    paths.some((p) => p.endsWith('.js')),
    `a .js request among ${paths.join(', ')}`,
  ).toBe(true);
  // The page carries its stylesheet inline (ARCHITECTURE.md, "Budgets and measurements").
  expect(
    paths.filter((p) => p.endsWith('.css')),
    'stylesheet requests',
  ).toEqual([]);
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await openExplainer(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the explainer' });
  await expect(skip).toBeFocused();
  // It is shown when focused (it sits above the top edge otherwise).
  const box = await skip.boundingBox();
  expect(box && box.y >= 0, 'skip link visible on focus').toBe(true);

  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expect(page).toHaveURL(/#main$/);
  // The skip target is not an unknown place: no "does not exist" notice.
  await expect(page.getByRole('status').filter({ hasText: 'does not exist' })).toHaveCount(0);
  // The next Tab continues inside main, not back in the header or contents.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain, 'Tab after the skip link lands inside main').toBe(true);
});

test('full-page screenshot at the project width', async ({ page }, testInfo) => {
  await openExplainer(page);
  await page.evaluate(() => document.fonts.ready);
  const width = page.viewportSize()!.width;
  const dir = path.join(ROOT, 'target', 'playwright', 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const name = `page-${width}-${scheme}`;
    const file = path.join(dir, `${testInfo.project.name}-${name}.png`);
    const png = await page.screenshot({ fullPage: true, path: file });
    await testInfo.attach(name, { body: png, contentType: 'image/png' });
    expect(png.length).toBeGreaterThan(10_000);
  }
});
