// The size budget, read from the size report of the release build (scripts/test.sh writes
// target/size-report.json with `node scripts/size-report.mjs dist` before Playwright runs).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
/** First visit: everything index.html pulls in, brotli-compressed. */
const FIRST_VISIT_BROTLI_BUDGET = 150 * 1000;

type Visit = { files: string[]; raw: number; gzip: number; brotli: number };
type Report = {
  dist: string;
  files: { path: string; raw: number; gzip: number; brotli: number; firstVisit: boolean }[];
  firstVisit: Visit;
  pages: Record<string, Visit>;
};

function report(): Report {
  return JSON.parse(readFileSync(path.join(ROOT, 'target', 'size-report.json'), 'utf8'));
}

test.describe('size budget', () => {
  test.skip(({ isMobile }) => isMobile, 'reads files, not pages: once is enough');

  test('the first visit of every page and embed is at most 150 KB brotli-compressed', () => {
    const r = report();
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    const pages = Object.entries(r.pages);
    // Each language's page and all 27 embeds (the compact one, the whole, seven sections).
    expect(pages.length).toBe(30);
    for (const [page, visit] of pages) {
      const sizes = new Map(r.files.map((f) => [f.path, f.brotli]));
      expect(
        visit.brotli,
        `${page}: first visit ${kb(visit.brotli)} brotli (budget ${kb(FIRST_VISIT_BROTLI_BUDGET)}): ` +
          visit.files.map((f) => `${f} ${kb(sizes.get(f) ?? 0)}`).join(', '),
      ).toBeLessThanOrEqual(FIRST_VISIT_BROTLI_BUDGET);
    }
  });

  test('the first visit counts the page, the wasm, its JS and the stylesheet', () => {
    for (const [page, visit] of Object.entries(report().pages)) {
      for (const kind of [/_bg\.wasm$/, /\.js$/, /\.html$/]) {
        expect(
          visit.files.some((f) => kind.test(f)),
          `${page}: ${kind} in ${visit.files.join(', ')}`,
        ).toBe(true);
      }
      // The explainer's pages carry their stylesheet inline (counted with the page); an embed
      // links the file.
      expect(
        visit.files.some((f) => /\.css$/.test(f)),
        `${page}: a stylesheet file in ${visit.files.join(', ')}`,
      ).toBe(page.includes('embed/'));
      // Nothing of another page: an embed never loads the manifest or the icons.
      if (page.includes('embed/')) expect(visit.files.filter((f) => /manifest|icons\//.test(f))).toEqual([]);
    }
  });

  test('the built site does not ship the source reports', () => {
    const dist = report().dist;
    const paragraphs = readdirSync(path.join(ROOT, 'data', 'sources'))
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(ROOT, 'data', 'sources', f), 'utf8').split(/\n\s*\n/))
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 300);
    expect(paragraphs.length).toBeGreaterThan(3);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const full = path.join(dir, f);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
    for (const file of walk(dist)) {
      const text = readFileSync(file).toString('utf8').replace(/\s+/g, ' ');
      for (const p of paragraphs) {
        expect(text.includes(p), `${path.relative(dist, file)} contains a whole report paragraph: ${p.slice(0, 60)}…`).toBe(false);
      }
    }
  });
});
