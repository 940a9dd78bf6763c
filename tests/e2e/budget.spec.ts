// The size budget, read from the size report of the release build (scripts/test.sh writes
// target/size-report.json with `node scripts/size-report.mjs dist` before Playwright runs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
/** First visit: everything index.html pulls in, brotli-compressed. */
const FIRST_VISIT_BROTLI_BUDGET = 150 * 1000;

type Report = {
  dist: string;
  files: { path: string; raw: number; gzip: number; brotli: number; firstVisit: boolean }[];
  firstVisit: { files: string[]; raw: number; gzip: number; brotli: number };
};

function report(): Report {
  return JSON.parse(readFileSync(path.join(ROOT, 'target', 'size-report.json'), 'utf8'));
}

test.describe('size budget', () => {
  test.skip(({ isMobile }) => isMobile, 'reads files, not pages: once is enough');

  test('the first visit is at most 150 KB brotli-compressed', () => {
    const r = report();
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    expect(
      r.firstVisit.brotli,
      `first visit is ${kb(r.firstVisit.brotli)} brotli (budget ${kb(FIRST_VISIT_BROTLI_BUDGET)}): ` +
        r.files.filter((f) => f.firstVisit).map((f) => `${f.path} ${kb(f.brotli)}`).join(', '),
    ).toBeLessThanOrEqual(FIRST_VISIT_BROTLI_BUDGET);
  });

  test('the first visit counts the wasm, its JS and the stylesheet', () => {
    const files = report().firstVisit.files;
    for (const kind of [/_bg\.wasm$/, /\.js$/, /\.css$/, /^index\.html$/]) {
      expect(files.some((f) => kind.test(f)), `${kind} in ${files.join(', ')}`).toBe(true);
    }
    // Languages other than English are fetched only by their readers.
    expect(files.some((f) => f.includes('i18n/'))).toBe(false);
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
