// With JavaScript disabled (scripts blocked, a reader-mode view, a text browser), each
// language's page reads completely from its HTML: every section, every statement, every
// citation's quote and source reachable with the keyboard, every timeline event, every
// variant of the foundation; the controls that need the app are not shown.

import { checkA11yWithoutScripts, dataset, expect, test } from './fixtures';
import { fill, LANGS, strings } from './site';

test.use({ javaScriptEnabled: false });

for (const { tag, path } of LANGS) {
  const s = strings(tag);
  const data = dataset();
  const t = (text: { en: string; ja?: string; ko?: string }) => text[tag] ?? text.en;

  test.describe(`${tag} without JavaScript`, () => {
    test('every section, statement, event and variant is in the page', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(data.meta.title));
      for (const name of s.sections) {
        await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      }
      // A sample of statements from several sections, in the page's language.
      for (const text of [data.meta.summary[0].text, data.events[0].title, data.issues[0].title, data.gaps[0].title]) {
        await expect(page.locator('main')).toContainText(t(text));
      }
      // Every event of the timeline, every variant of the foundation, side by side.
      await expect(page.locator('li.event:visible')).toHaveCount(data.events.length);
      await expect(page.locator('.variant:visible')).toHaveCount(data.foundation.variants.length);
      for (const v of data.foundation.variants) {
        await expect(page.getByRole('heading', { level: 3, name: t(v.name) })).toBeVisible();
      }
      // Controls that only the app can work are not shown rather than dead.
      await expect(page.locator('.controls:visible')).toHaveCount(0);
      await expect(page.getByRole('button')).toHaveCount(0);
    });

    test("a citation's quote and source open with the keyboard", async ({ page }) => {
      await page.goto(path);
      const citation = page.locator('#overview details.cite').first();
      const quote = data.meta.summary[0].citations[0].quote;
      await expect(citation.getByText(quote)).toBeHidden();
      // Tab from the top of the page to the first citation marker.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await citation.locator('summary').evaluate((el) => el === document.activeElement)) break;
      }
      await expect(citation.locator('summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(citation.getByText(quote)).toBeVisible();
      const cited = data.meta.summary[0].citations[0];
      const report = t(data.sources.find((src) => src.id === cited.source)!.short);
      await expect(citation.locator('.quote-source a').first()).toHaveText(fill(s.quote_ref, { report, n: String(cited.paragraph) }));
    });

    test('has no axe violations, in light and dark', async ({ page }) => {
      await page.goto(path);
      await checkA11yWithoutScripts(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await checkA11yWithoutScripts(page);
    });
  });
}
