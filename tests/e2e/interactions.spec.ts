// What a reader does, in each language's page: filter, switch views, compare variants, open
// citations by mouse, touch and keyboard, follow deep links, go back and forward, and
// mistype a link. Names are the page's own words (tests/e2e/site.ts).

import { dataset, expect, openExplainer, test } from './fixtures';
import { fill, LANGS, strings } from './site';

for (const { tag, path } of LANGS) {
  const s = strings(tag);
  const data = dataset();
  const t = (text: { en: string; ja?: string; ko?: string }) => text[tag] ?? text.en;
  // The overview's first citation, and how its report and paragraph are named beside it.
  const cited = data.meta.summary[0].citations[0];
  const report = data.sources.find((src) => src.id === cited.source)!;
  const ref = { report: t(report.short), n: String(cited.paragraph) };
  const [overviewName, timelineName, positionsName, foundationName, gapsName, , glossaryName] = s.sections;

  test.describe(`${tag}`, () => {
    test('filtering the timeline by actor narrows the events, goes into the URL, and back restores them', async ({ page }) => {
      await openExplainer(page, path);
      const timeline = page.getByRole('region', { name: timelineName });
      const events = timeline.locator('li.event:visible');
      const all = await events.count();
      await timeline.getByLabel(s.filter_label).selectOption('yoon');
      await expect(page).toHaveURL(/[?&]actor=yoon/);
      await expect(timeline.locator('#event-agreement-1965')).toBeHidden();
      const some = await events.count();
      expect(some).toBeGreaterThan(0);
      expect(some).toBeLessThan(all);
      await expect(timeline.locator('.count')).toHaveText(`${s.showing_events} ${some} ${s.of} ${all}`);
      await expect(timeline.locator('#event-cambodia-meeting')).toBeVisible();

      await page.goBack();
      await expect(page).not.toHaveURL(/actor=/);
      await expect(events).toHaveCount(all);
      await expect(timeline.getByLabel(s.filter_label)).toHaveValue('');
    });

    test('positions switch between by issue and by party, with back and forward', async ({ page }) => {
      await openExplainer(page, `${path}#positions`);
      const positions = page.getByRole('region', { name: positionsName });
      const byParty = positions.getByRole('button', { name: s.by_party });
      const byIssue = positions.getByRole('button', { name: s.by_issue });
      await expect(byIssue).toHaveAttribute('aria-pressed', 'true');
      await byParty.click();
      await expect(page).toHaveURL(/[?&]by=party/);
      await expect(byParty).toHaveAttribute('aria-pressed', 'true');
      await expect(positions.locator('article.party-card:visible')).toHaveCount(4);
      await expect(positions.locator('article.issue:visible')).toHaveCount(0);

      await page.goBack();
      await expect(positions.locator('article.issue:visible')).toHaveCount(6);
      await expect(byIssue).toHaveAttribute('aria-pressed', 'true');
      await page.goForward();
      await expect(positions.locator('article.party-card:visible')).toHaveCount(4);
    });

    test('switching the foundation variant redraws the diagram, marks new arrows and can be undone with back', async ({ page }) => {
      const variants = dataset().foundation.variants.map((v) => v.name[tag] ?? v.name.en);
      await openExplainer(page, `${path}#foundation`);
      const foundation = page.getByRole('region', { name: foundationName });
      const diagram = foundation.getByRole('img');
      await expect(diagram).toHaveCount(1);
      await expect(diagram).toHaveAccessibleName(new RegExp(variants[0]));
      await expect(foundation.locator('ol.flows:visible .badge.added')).toHaveCount(0);

      await foundation.getByRole('button', { name: variants[1] }).click();
      await expect(page).toHaveURL(/[?&]variant=tokyo-condition/);
      await expect(diagram).toHaveAccessibleName(new RegExp(variants[1]));
      await expect(foundation.locator('ol.flows:visible .badge.added').first()).toHaveText(s.new_here);
      // The diagram says it in words too (in full on wide screens, in a word on a phone).
      await expect(foundation.locator('svg:visible .arrow-added text').first()).toContainText(
        new RegExp(`\\((${s.new_here}|${s.new_short})\\)`),
      );
      await expect(foundation.locator('p.dropped:visible')).toContainText(s.not_in_this);

      await page.goBack();
      await expect(diagram).toHaveAccessibleName(new RegExp(variants[0]));
    });

    test('a citation opens with a click, shows the quote and its paragraph, and closes with a click', async ({ page }) => {
      await openExplainer(page, path);
      const citation = page.locator('#overview details.cite').first();
      const marker = citation.locator('summary');
      const panel = citation.locator('.cite-panel');
      await expect(panel).toBeHidden();
      await marker.click();
      await expect(citation).toHaveAttribute('open', '');
      await expect(panel).toBeVisible();
      await expect(panel.locator('q').first()).toHaveAttribute('lang', 'en');
      const source = panel.locator('.quote-source a').first();
      await expect(source).toHaveText(fill(s.quote_ref, ref));
      await expect(source).toHaveAccessibleName(fill(s.quote_ref_spoken, ref));
      await marker.click();
      await expect(panel).toBeHidden();
    });

    test("a quote's report name leads, by keyboard, to the report's entry under Sources & method, where its description stands once; Back returns", async ({
      page,
    }) => {
      await openExplainer(page, path);
      const citation = page.locator('#overview details.cite').first();
      const marker = citation.locator('summary');
      await marker.focus();
      await page.keyboard.press('Enter');
      // The next stop after the marker is the first quote's report link.
      await page.keyboard.press('Tab');
      const link = citation.locator('.quote-source a').first();
      await expect(link).toBeFocused();
      await expect(link).toHaveText(fill(s.quote_ref, ref));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#source-${cited.source}$`));
      const entry = page.locator(`#source-${cited.source}`);
      await expect(entry).toBeInViewport();
      await expect(entry.getByRole('heading', { level: 3 })).toHaveText(t(report.title));
      // Each report's whole description is on the page once, in its entry, and no longer
      // beside each of the hundreds of quotes.
      for (const src of data.sources) {
        const times = await page.locator('main').evaluate((main, title) => main.textContent!.split(title).length - 1, t(src.title));
        expect(times, src.id).toBe(1);
      }
      await page.goBack();
      await expect(page).not.toHaveURL(/#source-/);
      await expect(marker).toBeInViewport();
    });

    test('a citation opens with the keyboard and Escape closes it, returning focus to the marker', async ({ page }) => {
      await openExplainer(page, path);
      const citation = page.locator('#overview details.cite').first();
      const marker = citation.locator('summary');
      const panel = citation.locator('.cite-panel');
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
      await openExplainer(page, path);
      const citation = page.locator('#overview details.cite').first();
      await citation.locator('summary').tap();
      await expect(citation).toHaveAttribute('open', '');
      await expect(citation.locator('.cite-panel')).toBeVisible();
    });

    test('a deep link to an event opens it and brings it into view', async ({ page }) => {
      await openExplainer(page, `${path}#event-public-hearing`);
      const event = page.locator('#event-public-hearing');
      await expect(page.locator('#event-public-hearing > details')).toHaveAttribute('open', '');
      await expect(event).toBeInViewport();
      await expect(event.locator('.event-body')).toBeVisible();
    });

    test('a deep link to a gap, a glossary term, a variant or the corrections brings it into view', async ({ page }) => {
      await openExplainer(page, `${path}#gap-apology`);
      await expect(page.locator('#gap-apology')).toBeInViewport();
      for (const id of ['term-sincere-response', 'corrections', 'source-call-report']) {
        await page.goto(`${path}#${id}`);
        await expect(page.locator(`#${id}`)).toBeInViewport();
        await expect(page.getByRole('status').filter({ hasText: s.unknown_place })).toHaveCount(0);
      }
    });

    test('the contents links move through sections and back returns', async ({ page }) => {
      await openExplainer(page, path);
      const contents = page.getByRole('navigation', { name: s.contents });
      await contents.getByRole('link', { name: gapsName }).click();
      await expect(page).toHaveURL(/#gaps$/);
      await expect(contents.getByRole('link', { name: gapsName })).toHaveAttribute('aria-current', 'location');
      await contents.getByRole('link', { name: glossaryName }).click();
      await expect(page).toHaveURL(/#glossary$/);
      await page.goBack();
      await expect(page).toHaveURL(/#gaps$/);
      await expect(contents.getByRole('link', { name: gapsName })).toHaveAttribute('aria-current', 'location');
    });

    test('an unknown link shows a readable notice with a way back, and the explainer still works', async ({ page }) => {
      await openExplainer(page, `${path}#no-such-place`);
      const notice = page.getByRole('status').filter({ hasText: s.unknown_place });
      await expect(notice).toContainText('no-such-place');
      await notice.getByRole('link', { name: s.back_to_top }).click();
      await expect(page).toHaveURL(/#overview$/);
      await expect(page.getByRole('status').filter({ hasText: s.unknown_place })).toHaveCount(0);
      await expect(page.getByRole('region', { name: overviewName })).toBeInViewport();
    });

    test('an unknown setting in the link is named and ignored', async ({ page }) => {
      await openExplainer(page, `${path}?by=sideways&colour=red#positions`);
      const notice = page.getByRole('status').filter({ hasText: s.unknown_setting });
      await expect(notice).toContainText('by=sideways');
      await expect(notice).toContainText('colour=red');
      await expect(page.locator('#positions article.issue:visible')).toHaveCount(6);
    });

    test('the keyboard reaches the contents, the controls and the citations, with a visible focus ring', async ({ page, isMobile }) => {
      test.skip(isMobile, 'keyboard walk on the desktop project');
      await openExplainer(page, path);
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return null;
          const style = getComputedStyle(el);
          return {
            kind: el.closest('nav.contents')
              ? 'contents'
              : el.classList.contains('cite-toggle')
                ? 'cite'
                : el.closest('.controls')
                  ? 'control'
                  : el.tagName,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (!info) continue;
        expect(info.outline, `focus ring on ${info.kind}`).toBe(true);
        seen.add(info.kind);
      }
      for (const kind of ['contents', 'cite', 'control']) expect([...seen]).toContain(kind);
    });
  });
}
