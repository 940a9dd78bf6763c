// Three languages from one source, each on its own pre-rendered page (`./`, `./ja/`,
// `./ko/`): every section in its language with names in native script, English quotations
// marked as English beside the editors' translation, links between the pages that keep the
// reader's place, old `?lang=` links that still land right, an offer (never a redirect) for
// a reader whose browser prefers another language, and axe in each.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { checkA11y, expect, openExplainer, test } from './fixtures';
import { strings } from './site';

const ROOT = path.join(__dirname, '..', '..');

const LANGS = [
  {
    tag: 'ja',
    page: './ja/',
    locale: 'ja-JP',
    switcher: '日本語',
    name: '岸田文雄',
    foreignName: '윤석열',
    translation: /編集部/,
    date: '2023年1月30日',
  },
  {
    tag: 'ko',
    page: './ko/',
    locale: 'ko-KR',
    switcher: '한국어',
    name: '윤석열',
    foreignName: '岸田文雄',
    translation: /편집/,
    date: '2023년 1월 30일',
  },
] as const;

/** Any Japanese kana/kanji or Korean Hangul. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

for (const l of LANGS) {
  const s = strings(l.tag);
  test.describe(`in ${l.tag}`, () => {
    test(`its page is in ${l.tag}: language, title, description, every section`, async ({ page }) => {
      await openExplainer(page, l.page);
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      await expect(page).toHaveTitle(CJK);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', s.description);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(CJK);
      await expect(page.locator('#timeline h2')).toHaveText(s.sections[1]);
      for (const id of ['overview', 'timeline', 'positions', 'foundation', 'gaps', 'whos-who', 'glossary', 'sources']) {
        await expect(page.locator(`section#${id} h2`), `section ${id} heading`).toHaveText(CJK);
      }
      // Names in the page's own script, and the other scripts beside them in Who's who.
      await expect(page.locator('#whos-who')).toContainText(l.name);
      await expect(page.locator(`#whos-who [lang="${l.tag === 'ja' ? 'ko' : 'ja'}"]`).filter({ hasText: l.foreignName })).toHaveCount(1);
      // Dates are written the language's way.
      await expect(page.locator('.as-of time').first()).toHaveText(l.date);
      // The pages link to each other, each link marked with its language (the head's
      // hreflang links need the public address: tests/e2e/previews.spec.ts).
      const switcher = page.getByRole('navigation', { name: s.language });
      for (const [hreflang, href] of [
        ['en', '../?lang=en'],
        ['ja', '../ja/'],
        ['ko', '../ko/'],
      ]) {
        await expect(switcher.locator(`a[hreflang="${hreflang}"]`)).toHaveAttribute('href', href);
      }
    });

    test(`keeps quotations in English, marked lang="en", beside the editors' ${l.tag} translation`, async ({ page }) => {
      await openExplainer(page, l.page);
      const citation = page.locator('#overview details.cite').first();
      await citation.locator('summary').click();
      const panel = citation.locator('.cite-panel');
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

    test(`an old ?lang=${l.tag} link lands on the ${l.tag} page, at the same place with the same settings`, async ({ page }) => {
      await page.goto(`./?lang=${l.tag}&by=party#gap-apology`);
      await expect(page).toHaveURL(new RegExp(`/${l.tag}/\\?by=party#gap-apology$`));
      await expect(page.locator('html.live')).toBeAttached();
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      await expect(page.locator('#gap-apology')).toBeInViewport();
      await expect(page.locator('#positions article.party-card:visible')).toHaveCount(4);
    });

    test(`a reader whose browser prefers ${l.tag} is offered the ${l.tag} page on the English one, at once and in ${l.tag}`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ locale: l.locale, baseURL });
      const page = await context.newPage();
      await page.goto('./#glossary');
      // The English page stays English: nothing redirects.
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const offer = page.getByRole('region').and(page.locator('.language-offer'));
      await expect(offer).toHaveAttribute('lang', l.tag);
      await expect(offer).toHaveText(CJK);
      await checkA11y(page, { include: '.language-offer' });
      await offer.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${l.tag}/#glossary$`));
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      // The switcher's links keep the reader's place once the app has taken over the page.
      await expect(page.locator('html.live')).toBeAttached();
      // Choosing English explicitly is final: no offer on the page it leads to.
      await page.getByRole('navigation', { name: s.language }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\?lang=en#glossary$/);
      await expect(page.locator('html.live')).toBeAttached();
      await expect(page.locator('.language-offer')).toHaveCount(0);
      await context.close();
    });

    test(`switching to ${l.tag} keeps the section, the open card and the filters`, async ({ page }) => {
      await openExplainer(page, './?by=party&actor=yoon#event-cambodia-meeting');
      await expect(page.locator('#event-cambodia-meeting > details')).toHaveAttribute('open', '');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: l.switcher }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
      await expect(page.locator('html.live')).toBeAttached();
      const url = new URL(page.url());
      expect(url.pathname.endsWith(`/${l.tag}/`)).toBe(true);
      expect(url.searchParams.get('by')).toBe('party');
      expect(url.searchParams.get('actor')).toBe('yoon');
      expect(url.hash).toBe('#event-cambodia-meeting');
      await expect(page.locator('#event-cambodia-meeting > details')).toHaveAttribute('open', '');
      await expect(page.locator('#positions article.party-card').first()).toBeVisible();
      await expect(page.locator('#event-cambodia-meeting')).toBeInViewport();
    });

    test(`has no axe violations in ${l.tag}, light and dark`, async ({ page }) => {
      await openExplainer(page, l.page);
      await checkA11y(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await checkA11y(page);
    });

    test(`is captured at phone width in ${l.tag}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await openExplainer(page, l.page);
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
  await openExplainer(page, './');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: '日本語' })).toHaveAttribute('lang', 'ja');
  await expect(switcher.getByRole('link', { name: '한국어' })).toHaveAttribute('lang', 'ko');
  await expect(switcher.getByRole('link', { name: '日本語' })).toHaveAttribute('href', './ja/');
});

test('an English reader is offered nothing and never waits for a language check', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'en-GB', baseURL });
  const page = await context.newPage();
  await openExplainer(page, './');
  await expect(page.locator('.language-offer')).toHaveCount(0);
  // The English page is complete in its HTML: the title and the first statement are there
  // before any script runs.
  const html = await (await page.request.get('./')).text();
  expect(html).toContain('<h1>');
  expect(html).toMatch(/<div class="claim"><p>[^<]{40,}/);
  await context.close();
});

test('the Japanese page writes Korean names as Japanese desks do, and names the record of a name the reports do not give', async ({
  page,
}) => {
  await openExplainer(page, './ja/');
  const whos = page.locator('#whos-who');
  for (const name of ['尹錫悦（ユン・ソンニョル）', '朴振（パク・チン）', '文在寅（ムン・ジェイン）']) {
    await expect(whos.getByRole('heading', { name })).toBeVisible();
  }
  // The hanja of Seo Min Jung's name is not in the English reports: her card says where it
  // comes from, labelled as a public record, in the reader's language.
  const seo = page.locator('#who-seo');
  await expect(seo.getByRole('heading')).toHaveText('徐旻廷（ソ・ミンジョン）');
  await expect(seo.locator('.basis')).toContainText(strings('ja').basis_public_record);
  await expect(seo.locator('.basis')).toContainText('聯合ニュース');
  // Every record reads the same way in Japanese too: who, 「title」 with what it means, the
  // date, where it was carried, then what the text takes from it.
  const talks = page.locator('#event-tokyo-talks .basis .record').nth(1);
  await expect(talks).toHaveText(
    '聯合ニュース、「S. Korea, Japan hold working-level consultations on wartime forced labor, bilateral issues」（韓日、戦時の強制労働と二国間の懸案で実務協議）、2022年12月26日、コリア・ヘラルド掲載。徐局長と船越局長は同日（2022年12月26日、月曜日）、東京の日本の外務省で協議した。両氏は11月24日にも日本で会っていた。',
    { useInnerText: false },
  );
  await expect(talks.locator('cite span')).toHaveAttribute('lang', 'en');
  // The timeline's first mention of her carries the reading too.
  await expect(page.locator('#event-tokyo-talks')).toContainText('徐旻廷（ソ・ミンジョン）');
});

test('each page says in its footer what statements rest on, in its language', async ({ page }) => {
  // What the footer says is kept in step with the method note by tests/strings.rs; here,
  // that every page shows it.
  for (const [tag, path] of [
    ['en', './'],
    ['ja', './ja/'],
    ['ko', './ko/'],
  ] as const) {
    await openExplainer(page, path);
    await expect(page.locator('footer.site-footer')).toContainText(strings(tag).footer);
  }
});
