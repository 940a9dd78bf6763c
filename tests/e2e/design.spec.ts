// The design review (issue 25): what a reader sees is whole and set apart where it should be,
// in English, Japanese and Korean, at a phone's width and a desktop's (the two projects),
// light and dark. Each test measures what it can (boxes that overlap, sizes, styles that the
// page computes) rather than comparing pictures; `screenshots` saves the pictures a person
// reviews, under target/design/ (or DESIGN_SHOTS).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openExplainer, test } from './fixtures';
import { LANGS, strings } from './site';

for (const { tag, path: home } of LANGS) {
  test.describe(`${tag}`, () => {
    test.beforeEach(async ({ page }) => {
      await openExplainer(page, home);
    });

    test('a citation marker inside an opened timeline event is drawn as every other marker is', async ({ page }) => {
      const event = page
        .locator('li.event')
        .filter({ has: page.locator('.cite') })
        .first();
      await event.locator(':scope > details > summary').click();
      const inside = event.locator('.cite-toggle').first();
      await expect(inside).toBeVisible();
      const outside = page.locator('#overview .cite-toggle').first();
      const style = (l: Locator) =>
        l.evaluate((el) => {
          const c = getComputedStyle(el);
          return {
            minHeight: c.minHeight,
            padding: c.padding,
            radius: c.borderRadius,
            height: Math.round(el.getBoundingClientRect().height),
          };
        });
      expect(await style(inside)).toEqual(await style(outside));
    });

    test('a citation marker is quiet to see and 44 px tall to tap', async ({ page }) => {
      const marker = page.locator('#overview .cite-toggle').first();
      await marker.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const { drawn, border, hits } = await marker.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        // The points 20 px above and below the marker's middle still open it.
        const mid = r.top + r.height / 2;
        const hit = (y: number) => {
          const at = document.elementFromPoint(cx, y);
          return at === el || el.contains(at);
        };
        return { drawn: r.height, border: getComputedStyle(el).borderTopStyle, hits: [hit(mid - 20), hit(mid + 20)] };
      });
      expect(drawn).toBeLessThanOrEqual(28);
      expect(border).toBe('none');
      expect(hits).toEqual([true, true]);
    });

    test('basis notes stand apart from the reporting: their own line, the interface type, a bold label', async ({ page }) => {
      const notes = page.locator('main .basis');
      expect(await notes.count()).toBeGreaterThan(10);
      const problems = await notes.evaluateAll((els) =>
        els.flatMap((el) => {
          const c = getComputedStyle(el);
          const body = getComputedStyle(document.body);
          const label = el.querySelector('.basis-kind');
          const out: string[] = [];
          if (!el.checkVisibility()) return out;
          if (c.display !== 'block') out.push(`display ${c.display}`);
          if (c.fontFamily === body.fontFamily) out.push('the body type');
          if (!label || Number(getComputedStyle(label).fontWeight) < 600) out.push('label not bold');
          const prev = el.previousElementSibling;
          if (prev && prev.getBoundingClientRect().bottom > el.getBoundingClientRect().top + 1) out.push('runs into what is before it');
          return out.map((p) => `${el.textContent!.slice(0, 40)}: ${p}`);
        }),
      );
      expect(problems).toEqual([]);
    });

    test('glossary pointers are a line of their own, 24 px targets, never to the card they are in', async ({ page }) => {
      const links = page.locator('main .glossary-links a');
      if (tag === 'en') {
        await expect(links).toHaveCount(0);
        return;
      }
      expect(await links.count()).toBeGreaterThan(0);
      const problems = await page.locator('main .glossary-links').evaluateAll((lines) =>
        lines.flatMap((line) => {
          const out: string[] = [];
          if (getComputedStyle(line).display !== 'block') out.push('inline');
          for (const a of line.querySelectorAll('a')) {
            if (line.checkVisibility() && a.getBoundingClientRect().height < 24)
              out.push(`${a.textContent} is ${a.getBoundingClientRect().height}px tall`);
            const card = line.closest('.term');
            if (card && a.getAttribute('href')!.endsWith(`#${card.id}`)) out.push(`${card.id} links to itself`);
          }
          const basis = line.nextElementSibling;
          if (basis?.classList.contains('basis') && basis.getBoundingClientRect().top < line.getBoundingClientRect().bottom)
            out.push('runs into the basis note');
          return out;
        }),
      );
      expect(problems).toEqual([]);
      // The glossary is named as the contents name it.
      const name = strings(tag).sections[6];
      await expect(page.locator('main .glossary-links').first()).toContainText(name);
    });

    test('positions by party name each party once', async ({ page }) => {
      await page
        .getByRole('group', { name: strings(tag).view_label })
        .getByRole('button')
        .nth(1)
        .click();
      const headings = page.locator('#positions-by-party article > h3');
      await expect(headings.first()).toBeVisible();
      for (const h of await headings.all()) {
        const text = (await h.textContent())!.trim();
        // Not "TokyoThe Japanese government", not 日本政府日本政府.
        expect(text, text).not.toMatch(/^(.+)\1$/u);
        expect(text, text).not.toMatch(/\p{Ll}\p{Lu}/u);
      }
    });

    test('no slanted Japanese or Korean, and foreign scripts are marked with their language', async ({ page }) => {
      const problems = await page.locator('main').evaluate((main) => {
        const out: string[] = [];
        for (const el of main.querySelectorAll('.words, .question, .silent, q, em, cite, dfn')) {
          if (!el.checkVisibility() || !el.closest(':lang(ja), :lang(ko)')) continue;
          if (getComputedStyle(el).fontStyle !== 'normal') out.push(`slanted: ${el.textContent!.slice(0, 30)}`);
        }
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent!;
          const lang = n.parentElement!.closest('[lang]')!.getAttribute('lang');
          if (/[\uac00-\ud7a3]/.test(text) && lang !== 'ko') out.push(`Hangul in ${lang}: ${text.slice(0, 40)}`);
          if (/[\u3040-\u30ff]/.test(text) && lang !== 'ja') out.push(`kana in ${lang}: ${text.slice(0, 40)}`);
        }
        return out;
      });
      expect(problems).toEqual([]);
    });

    test('type is set for the script: line height, colons, ranges of years on one line, reading width', async ({ page }, info) => {
      const m = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const kinds = [...document.querySelectorAll('main .basis-kind')].map((k) => k.textContent!);
        // A date stays on one line; a range keeps each end on one (it may break after its mark).
        const ranges = [...document.querySelectorAll('main time:not(.range), main time.range > .nowrap')].map(
          (t) => getComputedStyle(t).whiteSpace,
        );
        const widest = Math.max(
          ...[...document.querySelectorAll('main .section p:not(.grid *)')]
            .filter((p) => p.checkVisibility())
            .map((p) => p.getBoundingClientRect().width),
        );
        return {
          lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
          kinds,
          ranges,
          widest,
          rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
        };
      });
      expect(m.lineHeight).toBeCloseTo({ en: 1.6, ja: 1.8, ko: 1.7 }[tag], 2);
      const colon = tag === 'ja' ? '：' : ': ';
      for (const k of m.kinds) expect(k.endsWith(colon), k).toBe(true);
      expect(new Set(m.ranges)).toEqual(new Set(['nowrap']));
      if (info.project.name === 'desktop') expect(m.widest).toBeLessThanOrEqual((tag === 'en' ? 46 : 40) * m.rem + 1);
    });

    test('Sources & method folds the method, the paragraphs not cited and the corrections; a link to the corrections opens them', async ({
      page,
    }) => {
      const folds = page.locator('#sources details.fold');
      expect(await folds.count()).toBeGreaterThanOrEqual(4);
      for (const f of await folds.all()) await expect(f).not.toHaveAttribute('open');
      await expect(page.locator('#corrections')).toBeHidden();
      await page.goto(`${home}#corrections`);
      await expect(page.locator('#corrections')).toBeVisible();
      await expect(page.locator('#corrections li').first()).toBeInViewport();
    });

    test('the phone controls keep their buttons together under their label', async ({ page }, info) => {
      test.skip(info.project.name !== 'phone', 'a phone layout');
      for (const group of await page.locator('.controls[role=group]').all()) {
        const label = await group.locator('.controls-label').boundingBox();
        const buttons = await group.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top));
        for (const top of buttons) expect(top).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
      }
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`the diagram, every variant, ${scheme}: labels 12 px or more, clear of every box, line and other label; a legend`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const buttons = page.getByRole('group', { name: strings(tag).variant_label }).getByRole('button');
        const count = await buttons.count();
        expect(count).toBe(3);
        for (let i = 0; i < count; i++) {
          await buttons.nth(i).click();
          const svg = page.locator('.variant.current svg[role=img]:visible');
          await expect(svg).toHaveCount(1);
          const problems = await svg.evaluate((svg) => {
            const out: string[] = [];
            const box = (el: Element) => {
              const r = el.getBoundingClientRect();
              return { x: r.x, y: r.y, w: r.width, h: r.height };
            };
            const hit = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
              a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            const boxes = [...svg.querySelectorAll('.box rect')].map(box);
            const labels = [...svg.querySelectorAll('.arrow text')].map((t) => ({ t, b: box(t) }));
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            // A line as points along it, in the page's pixels.
            const lines = [...svg.querySelectorAll('.arrow line')].map((l) => {
              const m = svg.getScreenCTM()!;
              const p = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
              const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => (l as SVGLineElement)[k as 'x1'].baseVal.value);
              return Array.from({ length: 41 }, (_, i) => p(x1 + ((x2 - x1) * i) / 40, y1 + ((y2 - y1) * i) / 40));
            });
            for (const { t, b } of labels) {
              const name = t.textContent;
              const size = parseFloat(getComputedStyle(t).fontSize) * scale;
              if (size < 12) out.push(`${name}: ${size.toFixed(1)} px`);
              if (boxes.some((r) => hit(b, r))) out.push(`${name} overlaps a box`);
              if (lines.some((pts) => pts.some((p) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h)))
                out.push(`${name} lies on a line`);
              if (labels.some((o) => o.t !== t && hit(b, o.b))) out.push(`${name} overlaps another label`);
              const s = svg.getBoundingClientRect();
              if (b.x < s.x - 1 || b.x + b.w > s.x + s.width + 1) out.push(`${name} is clipped`);
            }
            for (const t of svg.querySelectorAll('.box text')) {
              const r = t.closest('.box')!.querySelector('rect')!.getBoundingClientRect();
              const b = t.getBoundingClientRect();
              if (b.x < r.x || b.x + b.width > r.x + r.width || b.y < r.y || b.y + b.height > r.y + r.height)
                out.push(`${t.textContent} runs out of its box`);
              if (parseFloat(getComputedStyle(t).fontSize) * scale < 12) out.push(`${t.textContent} is under 12 px`);
            }
            return out;
          });
          expect(problems, `variant ${i + 1}`).toEqual([]);
          const legend = page.locator('.variant.current .legend li');
          expect(await legend.count()).toBeGreaterThanOrEqual(2);
          for (const item of await legend.all()) await expect(item.locator('svg line')).toBeAttached();
        }
      });
    }

    test("English texts use curly quotes, apart from the reports' own words", async ({ page }) => {
      test.skip(tag !== 'en', 'English typography');
      const straight = await page.locator('main').evaluate((main) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          // Quotations and titles are the reports' and records' own words, as published.
          if (n.parentElement!.closest('q, cite, .title, textarea, code, [lang]:not([lang=en])')) continue;
          if (/["']/.test(n.textContent!)) out.push(n.textContent!.trim().slice(0, 60));
        }
        return out;
      });
      expect(straight).toEqual([]);
    });

    test("the embed's title is a source line, not a second headline, and its permalinks lead out of the frame", async ({ page }) => {
      await page.goto(`${home}embed/gaps.html`);
      const h1 = page.getByRole('heading', { level: 1 });
      const { size, underline, lines } = await h1.evaluate((el) => {
        const c = getComputedStyle(el);
        const a = el.querySelector('a')!;
        return {
          size: parseFloat(c.fontSize),
          underline: getComputedStyle(a).textDecorationLine,
          lines: Math.round(el.getBoundingClientRect().height / parseFloat(c.lineHeight)),
        };
      });
      expect(size).toBeLessThanOrEqual(16);
      expect(underline).toBe('none');
      expect(lines).toBeLessThanOrEqual(2);
      // "Link to this" is the card's place in the whole explainer, in a new tab: an address
      // inside the frame is not one a reader can share.
      const link = page.locator('main .permalink').first();
      await expect(link).toHaveAttribute('target', '_blank');
      expect(await link.getAttribute('href')).toMatch(/^[^#]+#gap-/);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshots, ${scheme}`, async ({ page }, info) => {
        const dir = path.join(process.env.DESIGN_SHOTS ?? 'target/design', `${tag}-${info.project.name}-${scheme}`);
        mkdirSync(dir, { recursive: true });
        await page.emulateMedia({ colorScheme: scheme });
        const shot = async (name: string, l: Locator) => {
          await l.scrollIntoViewIfNeeded();
          await l.screenshot({ path: path.join(dir, `${name}.png`) });
        };
        await shot('overview', page.locator('#overview .claim').first());
        const event = page.locator('#event-supreme-court-rulings');
        await event.locator(':scope > details > summary').click();
        await event.locator('.cite-toggle').first().click();
        await shot('timeline-event-open', event);
        await shot('positions-issue', page.locator('article.issue').first());
        await page.locator('#positions .controls button').nth(1).click();
        await shot('positions-by-party', page.locator('#positions-by-party article').first());
        const variants = page.locator('#foundation .controls button');
        for (let i = 0; i < (await variants.count()); i++) {
          await variants.nth(i).click();
          await shot(`foundation-variant-${i + 1}`, page.locator('.variant.current figure'));
        }
        await shot('gap', page.locator('#gaps .card').first());
        await shot('people', page.locator('#whos-who .person').first());
        await shot('glossary-term', page.locator('.term').nth(1));
        await shot('sources', page.locator('#sources'));
        await page.goto(`${home}#corrections`);
        await shot('corrections-open', page.locator('#corrections li').first());
        await shot('embed-header', await embedHeader(page, home));
      });
    }
  });
}

async function embedHeader(page: Page, home: string) {
  await page.goto(`${home}embed/gaps.html`);
  return page.locator('.embed-header');
}
