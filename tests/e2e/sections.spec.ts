// Every section shows its real content from the dataset.

import { expect, openExplainer, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await openExplainer(page);
});

test('the timeline runs from colonial rule to January 2023 and marks inferred dates in words', async ({ page }) => {
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const events = timeline.locator('li.event');
  expect(await events.count()).toBeGreaterThanOrEqual(12);
  await expect(events.first().locator('time')).toHaveText('1910–1945');
  await expect(events.last().locator('time')).toHaveText('30 January 2023');
  // The hearing's date is inferred from a weekday: the page says so, not only a style.
  await expect(timeline.locator('#event-public-hearing > details > summary')).toContainText('date inferred');
  // The second report's text does not date the meeting; its photo caption and "Monday" do.
  await expect(timeline.locator('#event-seoul-meeting > details > summary')).toContainText('date inferred');
  await expect(timeline.locator('#event-agreement-1965 > details > summary')).not.toContainText('date inferred');
  await expect(timeline.locator('h3')).toHaveCount(4);
});

test('positions show every party on every issue, and say where the sources are silent', async ({ page }) => {
  const positions = page.getByRole('region', { name: 'Positions' });
  const issues = positions.locator('article.issue');
  await expect(issues).toHaveCount(6);
  for (const issue of await issues.all()) {
    await expect(issue.locator('li.position')).toHaveCount(4);
    for (const party of ['Tokyo', 'Seoul', 'Plaintiffs', 'The two firms']) {
      await expect(issue.locator('li.position h4')).toContainText([party]);
    }
  }
  await expect(positions.getByText('The sources do not say.').first()).toBeVisible();
});

test('the foundation offers three variants and draws the chosen one with a title', async ({ page }) => {
  const foundation = page.getByRole('region', { name: 'The proposed foundation' });
  const buttons = foundation.getByRole('group', { name: 'Compare' }).getByRole('button');
  await expect(buttons).toHaveText(['Seoul’s proposal', 'Tokyo’s reported condition', 'The plaintiffs’ demand']);
  const diagram = foundation.getByRole('img');
  await expect(diagram).toHaveAccessibleName(/Seoul’s proposal/);
  await expect(foundation.locator('ol.flows li').first()).toBeVisible();
  await expect(foundation).toContainText('The reports do not say who would fund the foundation');
});

test('the gaps show the apology gap with each side and what would close it', async ({ page }) => {
  const gap = page.locator('#gap-apology');
  await expect(gap.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(gap.locator('li.position')).toHaveCount(4);
  await expect(gap).toContainText('What would close it, according to the reports');
  await expect(gap).toContainText('30 January 2023');
});

test("who's who names the leaders with their titles as the reports give them", async ({ page }) => {
  const people = page.getByRole('region', { name: 'Who’s who' });
  await expect(people.locator('#who-yoon')).toContainText('Yoon Suk Yeol');
  await expect(people.locator('#who-kishida')).toContainText('Fumio Kishida');
  await expect(people.locator('#who-funakoshi')).toContainText('Asian and Oceanian Affairs Bureau');
  await expect(people.locator('h3')).toHaveText(['Japan', 'South Korea', 'Others']);
});

test('the glossary shows both "wartime labor" and "forced labor" and who says which', async ({ page }) => {
  const glossary = page.getByRole('region', { name: 'Glossary' });
  for (const id of ['wartime-labor', 'forced-labor']) {
    const term = glossary.locator(`#term-${id}`);
    await expect(term.locator('.badge.contested')).toHaveText('contested term');
    await expect(term.getByRole('heading', { name: 'Who says what' })).toBeVisible();
    await expect(term.locator('ul.wordings [lang="ja"]').first()).toBeVisible();
    await expect(term.locator('ul.wordings [lang="ko"]').first()).toBeVisible();
  }
  await expect(glossary.locator('#term-wartime-labor dfn')).toHaveText(/wartime labor/i);
  await expect(glossary.locator('#term-forced-labor dfn')).toHaveText(/forced labor/i);
});

test('every public record reads the same way: who issued or reported it, its title, its date, where it was carried', async ({ page }) => {
  const records = page.locator('main .basis .record');
  expect(await records.count()).toBeGreaterThan(20);
  // Each names its title (as a <cite>) and its date (as a <time>), in that order.
  const shapes = await records.evaluateAll((els) =>
    els.map((el) => [
      el.querySelectorAll('cite').length,
      el.querySelectorAll('time').length,
      /^\d{4}-\d{2}-\d{2}$/.test(el.querySelector('time')?.getAttribute('datetime') ?? ''),
    ]),
  );
  for (const shape of shapes) expect(shape).toEqual([1, 1, true]);
  // The talks in Tokyo rest on Yonhap's reports as The Korea Herald carried them.
  const talks = page.locator('#event-tokyo-talks .basis');
  await expect(talks.locator('.record').nth(1)).toHaveText(
    'Yonhap News Agency, “S. Korea, Japan hold working-level consultations on wartime forced labor, bilateral issues”, 26 December 2022, carried by The Korea Herald: Seo and Funakoshi met at the Japanese foreign ministry in Tokyo that day, Monday 26 December 2022; the two had previously met on 24 November in Japan.',
    { useInnerText: false },
  );
  // A title in another language keeps its own, with what it means in English.
  const judgment = page.locator('#event-supreme-court-rulings .basis .record').first();
  await expect(judgment.locator('cite span')).toHaveAttribute('lang', 'ko');
  await expect(judgment).toContainText(
    '(Supreme Court, en banc judgment delivered on 30 October 2018, case 2013다61381), 30 October 2018: The Nippon Steel case.',
  );
});

test('sources & method list both reports, the excused paragraphs, the corrections log and the dataset', async ({ page }) => {
  const sources = page.getByRole('region', { name: 'Sources & method' });
  await expect(sources.locator('article.source')).toHaveCount(2);
  await expect(sources).toContainText('Related coverage');
  await expect(sources.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  // Every correction is logged on the page, dated, newest first.
  const corrections = sources.locator('ul.corrections li');
  expect(await corrections.count()).toBeGreaterThanOrEqual(20);
  await expect(corrections.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  // Texts that rest on a public record name it where they appear.
  await expect(sources.locator('.basis').first()).toContainText('Public record:');
  const link = sources.getByRole('link', { name: /Download the dataset/ });
  await expect(link).toHaveAttribute('href', './data/dispute.json');
  const res = await page.request.get(new URL('data/dispute.json', page.url()).href);
  expect(res.ok()).toBe(true);
});

test('on a phone nothing scrolls sideways and the positions stack as cards', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone layout');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  for (const url of ['./#positions', './?by=party#positions', './?variant=plaintiffs-demand#foundation']) {
    await openExplainer(page, url);
    expect(await overflow(), `sideways scroll at ${url}`).toBeLessThanOrEqual(0);
  }
  await openExplainer(page, './#positions');
  const columns = await page
    .locator('#positions .positions-grid')
    .first()
    .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  expect(columns).toBe(1);
});
