// Printing: the whole explainer with every citation, without the controls that only work
// on screen.

import { expect, test } from './fixtures';

test('prints every section with its citations shown and the screen-only controls hidden', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('section#sources')).toBeAttached();
  await page.emulateMedia({ media: 'print' });

  // Closed <details> print their content: every citation's quotes are laid out (except in
  // the second arrangement of the positions, the same cards by party, which is not shown).
  const panels = page.locator('.cite-panel').filter({ hasNot: page.locator('xpath=ancestor::*[@hidden]') });
  const count = await panels.count();
  expect(count).toBeGreaterThan(50);
  const hiddenPanels = await panels.evaluateAll((els) => els.filter((e) => !(e as HTMLElement).checkVisibility()).length);
  expect(hiddenPanels, 'citation panels hidden in print').toBe(0);
  // Every variant of the foundation prints, not only the one on screen.
  const variants = await page.locator('.variant').evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
  expect(variants).toBe(3);

  // Closed timeline events print their summaries too.
  const eventBody = page.locator('.event .event-body').first();
  await expect(eventBody).toBeVisible();

  for (const selector of ['.contents', '.controls', '.cite-toggle', '.skip-link']) {
    const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(shown, `${selector} in print`).toBe(0);
  }
});
