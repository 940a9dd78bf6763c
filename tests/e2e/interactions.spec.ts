// What a reader does: filter, switch views, compare variants, open citations by mouse, touch
// and keyboard, follow deep links, go back and forward, and mistype a link.
import { test, expect, openExplainer } from './fixtures';

test('filtering the timeline by actor narrows the events, goes into the URL, and back restores them', async ({ page }) => {
  await openExplainer(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const all = await timeline.locator('li.event').count();
  await timeline.getByLabel('Show events involving').selectOption('yoon');
  await expect(page).toHaveURL(/[?&]actor=yoon/);
  const some = await timeline.locator('li.event').count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  await expect(timeline.locator('.count')).toHaveText(`Showing ${some} of ${all}`);
  await expect(timeline.locator('#event-cambodia-meeting')).toBeVisible();
  await expect(timeline.locator('#event-agreement-1965')).toHaveCount(0);

  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expect(timeline.locator('li.event')).toHaveCount(all);
  await expect(timeline.getByLabel('Show events involving')).toHaveValue('');
});

test('positions switch between by issue and by party, with back and forward', async ({ page }) => {
  await openExplainer(page, './#positions');
  const positions = page.getByRole('region', { name: 'Positions' });
  const byParty = positions.getByRole('button', { name: 'By party' });
  const byIssue = positions.getByRole('button', { name: 'By issue' });
  await expect(byIssue).toHaveAttribute('aria-pressed', 'true');
  await byParty.click();
  await expect(page).toHaveURL(/[?&]by=party/);
  await expect(byParty).toHaveAttribute('aria-pressed', 'true');
  await expect(positions.locator('article.party-card')).toHaveCount(4);
  await expect(positions.locator('article.issue')).toHaveCount(0);

  await page.goBack();
  await expect(positions.locator('article.issue')).toHaveCount(6);
  await expect(byIssue).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(positions.locator('article.party-card')).toHaveCount(4);
});

test('switching the foundation variant redraws the diagram, marks new arrows and can be undone with back', async ({ page }) => {
  await openExplainer(page, './#foundation');
  const foundation = page.getByRole('region', { name: 'The proposed foundation' });
  const diagram = foundation.getByRole('img');
  await expect(diagram).toHaveAccessibleName(/Seoul's proposal/);
  await expect(foundation.locator('ol.flows .badge.added')).toHaveCount(0);

  await foundation.getByRole('button', { name: "Tokyo's reported condition" }).click();
  await expect(page).toHaveURL(/[?&]variant=tokyo-condition/);
  await expect(diagram).toHaveAccessibleName(/Tokyo's reported condition/);
  await expect(foundation.locator('ol.flows .badge.added').first()).toHaveText('new in this variant');
  // The diagram says it in words too (in full on wide screens, "new" on a phone).
  await expect(foundation.locator('.arrow-added text').first()).toContainText(/\(new( in this variant)?\)/);
  await expect(foundation.locator('p.dropped')).toContainText('Not in this variant:');

  await page.goBack();
  await expect(diagram).toHaveAccessibleName(/Seoul's proposal/);
});

test('a citation opens with a click, shows the quote and its paragraph, and closes with a click', async ({ page }) => {
  await openExplainer(page);
  const marker = page.locator('#overview button.cite-toggle').first();
  const panel = page.locator(`#${await marker.getAttribute('aria-controls')}`);
  await expect(panel).toBeHidden();
  await marker.click();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeVisible();
  await expect(panel.locator('q').first()).toHaveAttribute('lang', 'en');
  await expect(panel).toContainText(/Quoted from .+, paragraph \d+/);
  await marker.click();
  await expect(panel).toBeHidden();
});

test('a citation opens with the keyboard and Escape closes it, returning focus to the marker', async ({ page }) => {
  await openExplainer(page);
  const marker = page.locator('#overview button.cite-toggle').first();
  const panel = page.locator(`#${await marker.getAttribute('aria-controls')}`);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
});

test('a citation opens with a tap on a touch screen', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'touch is the phone project');
  await openExplainer(page);
  const marker = page.locator('#overview button.cite-toggle').first();
  await marker.tap();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#${await marker.getAttribute('aria-controls')}`)).toBeVisible();
});

test('a deep link to an event opens it and brings it into view', async ({ page }) => {
  await openExplainer(page, './#event-public-hearing');
  const event = page.locator('#event-public-hearing');
  await expect(event.locator('details')).toHaveAttribute('open', '');
  await expect(event).toBeInViewport();
  await expect(event.locator('.event-body')).toBeVisible();
});

test('a deep link to a gap or a glossary term brings it into view', async ({ page }) => {
  await openExplainer(page, './#gap-apology');
  await expect(page.locator('#gap-apology')).toBeInViewport();
  await page.goto('./#term-sincere-response');
  await expect(page.locator('#term-sincere-response')).toBeInViewport();
});

test('the contents links move through sections and back returns', async ({ page }) => {
  await openExplainer(page);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: 'The gaps' }).click();
  await expect(page).toHaveURL(/#gaps$/);
  await expect(contents.getByRole('link', { name: 'The gaps' })).toHaveAttribute('aria-current', 'location');
  await contents.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/#glossary$/);
  await page.goBack();
  await expect(page).toHaveURL(/#gaps$/);
  await expect(contents.getByRole('link', { name: 'The gaps' })).toHaveAttribute('aria-current', 'location');
});

test('an unknown link shows a readable notice with a way back, and the explainer still works', async ({ page }) => {
  await openExplainer(page, './#no-such-place');
  const notice = page.getByRole('status').filter({ hasText: 'does not exist' });
  await expect(notice).toContainText('no-such-place');
  await notice.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/#overview$/);
  await expect(page.getByRole('status').filter({ hasText: 'does not exist' })).toHaveCount(0);
});

test('an unknown setting in the link is named and ignored', async ({ page }) => {
  await openExplainer(page, './?by=sideways&colour=red#positions');
  const notice = page.getByRole('status').filter({ hasText: 'was not understood' });
  await expect(notice).toContainText('by=sideways');
  await expect(notice).toContainText('colour=red');
  await expect(page.locator('#positions article.issue')).toHaveCount(6);
});

test('the keyboard reaches the contents, the controls and the citations, with a visible focus ring', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard walk on the desktop project');
  await openExplainer(page);
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return {
        kind: el.closest('nav.contents') ? 'contents' : el.classList.contains('cite-toggle') ? 'cite' : el.closest('.controls') ? 'control' : el.tagName,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!info) continue;
    expect(info.outline, `focus ring on ${info.kind}`).toBe(true);
    seen.add(info.kind);
  }
  for (const kind of ['contents', 'cite', 'control']) expect([...seen]).toContain(kind);
});
