// Printing: the whole explainer with every citation, without the controls that only work
// on screen.
import { test, expect } from './fixtures';

test('prints every section with its citations shown and the screen-only controls hidden', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('section#sources')).toBeAttached();
  await page.emulateMedia({ media: 'print' });

  const panels = page.locator('.cite-panel');
  const count = await panels.count();
  expect(count).toBeGreaterThan(50);
  const hiddenPanels = await panels.evaluateAll((els) => els.filter((e) => getComputedStyle(e).display === 'none').length);
  expect(hiddenPanels, 'citation panels hidden in print').toBe(0);

  // Closed timeline events print their summaries too.
  const eventBody = page.locator('.event .event-body').first();
  await expect(eventBody).toBeVisible();

  for (const selector of ['.contents', '.controls', '.cite-toggle', '.skip-link']) {
    const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(shown, `${selector} in print`).toBe(0);
  }
});
