// Three languages from one source: each opens by URL and by browser preference, renders
// every section in its language with names in native script, keeps English quotations
// marked as English beside the editors' translation, switches language without losing the
// reader's place, and passes axe.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, checkA11y } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');

const LANGS = [
  { tag: 'ja', locale: 'ja-JP', switcher: '日本語', timeline: '年表', name: '岸田文雄', foreignName: '윤석열', translation: /編集部/ },
  { tag: 'ko', locale: 'ko-KR', switcher: '한국어', timeline: '연표', name: '윤석열', foreignName: '岸田文雄', translation: /편집/ },
] as const;

/** Any Japanese kana/kanji or Korean Hangul. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

async function open(page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('section#sources')).toBeAttached();
}

for (const l of LANGS) {
  test.describe(`in ${l.tag}`, () => {
    test(`opens in ${l.tag} from the URL with every section in that language`, async ({ page }) => {
      await open(page, `./?lang=${l.tag}`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(CJK);
      await expect(page.locator('#timeline h2')).toHaveText(l.timeline);
      for (const id of ['overview', 'timeline', 'positions', 'foundation', 'gaps', 'whos-who', 'glossary', 'sources']) {
        const heading = page.locator(`section#${id} h2`);
        await expect(heading, `section ${id} heading`).toHaveText(CJK);
      }
      // Names in the page's own script, and the other scripts beside them in Who's who.
      await expect(page.locator('#whos-who')).toContainText(l.name);
      await expect(page.locator(`#whos-who [lang="${l.tag === 'ja' ? 'ko' : 'ja'}"]`).filter({ hasText: l.foreignName })).toHaveCount(1);
      // Dates are written the language's way.
      await expect(page.locator('.as-of time').first()).toHaveText(l.tag === 'ja' ? '2023年1月30日' : '2023년 1월 30일');
    });

    test(`keeps quotations in English, marked lang="en", beside the editors' ${l.tag} translation`, async ({ page }) => {
      await open(page, `./?lang=${l.tag}`);
      const marker = page.locator('#overview button.cite-toggle').first();
      await marker.click();
      const panel = page.locator('.cite-panel:not([hidden])');
      const quotes = panel.locator('q');
      expect(await quotes.count()).toBeGreaterThan(0);
      await expect(panel.locator('q:not([lang="en"])')).toHaveCount(0);
      await expect(quotes.first()).not.toHaveText(CJK);
      const translation = panel.locator('.quote-translation').first();
      await expect(translation).toHaveText(l.translation);
      await expect(translation).toHaveText(CJK);
      // The translation is not set as a quotation.
      await expect(translation.locator('q')).toHaveCount(0);
    });

    test(`opens in ${l.tag} from the browser's language preference`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: l.locale, baseURL });
      const page = await context.newPage();
      await open(page, './');
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      await expect(page.locator('#timeline h2')).toHaveText(l.timeline);
      await context.close();
    });

    test(`switching to ${l.tag} keeps the section, the open card and the filters`, async ({ page }) => {
      await open(page, './?by=party&actor=yoon#event-cambodia-meeting');
      await expect(page.locator('#event-cambodia-meeting details')).toHaveAttribute('open', '');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: l.switcher }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      const url = new URL(page.url());
      expect(url.searchParams.get('lang')).toBe(l.tag);
      expect(url.searchParams.get('by')).toBe('party');
      expect(url.searchParams.get('actor')).toBe('yoon');
      expect(url.hash).toBe('#event-cambodia-meeting');
      await expect(page.locator('#event-cambodia-meeting details')).toHaveAttribute('open', '');
      await expect(page.locator('#positions article.party-card').first()).toBeVisible();
      await expect(page.locator('#event-cambodia-meeting')).toBeInViewport();
    });

    test(`has no axe violations in ${l.tag}, light and dark`, async ({ page }) => {
      await open(page, `./?lang=${l.tag}`);
      await checkA11y(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await checkA11y(page);
    });

    test(`is captured at phone width in ${l.tag}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await open(page, `./?lang=${l.tag}`);
      const dir = path.join(ROOT, 'target', 'playwright', 'screenshots');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${testInfo.project.name}-375-${l.tag}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`375px ${l.tag}`, { path: file, contentType: 'image/png' });
      // Nothing forces sideways scrolling in CJK text either.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('an English page names its language and links to the other two in theirs', async ({ page }) => {
  await open(page, './?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: '日本語' })).toHaveAttribute('lang', 'ja');
  await expect(switcher.getByRole('link', { name: '한국어' })).toHaveAttribute('lang', 'ko');
});
