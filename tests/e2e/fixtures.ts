// Shared Playwright fixtures. Every spec imports `test` and `expect` from here, not from
// @playwright/test, so that every test also checks, after it has run, that:
//   * the page made no request to any origin but the site's own (data: and blob: allowed) —
//     the explainer must work self-contained from one folder, with no CDN, font or tracker;
//   * the page logged no console error or warning and threw no uncaught exception (a failed
//     takeover of the pre-rendered page shows up as one);
//   * the page met no Content-Security-Policy violation (the server sends a strict policy).
// A test that deliberately provokes a console error can allow it by pattern:
//   test.use({ allowedConsoleErrors: [/expected message/] });
// A test whose page is not the site's own (the embed specs' news-site host pages, which put the
// site into an iframe) names the other origins it expects; every other check stays:
//   test.use({ alsoAllowedOrigins: ['http://localhost:4174'] });

import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** Console-error, warning or page-error messages matching one of these do not fail the test. */
  allowedConsoleErrors: RegExp[];
  /** Origins besides the site's that the test's pages may request (e.g. a host page's own). */
  alsoAllowedOrigins: string[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  alsoAllowedOrigins: [[], { option: true }],

  page: async ({ page, baseURL, allowedConsoleErrors, alsoAllowedOrigins }, use) => {
    if (!baseURL) throw new Error('fixtures: use.baseURL is not set in playwright.config.ts');
    const watched = await watch(page, { siteOrigin: new URL(baseURL).origin, alsoAllowedOrigins, allowedConsoleErrors });
    await use(page);
    const problems = watched.problems();
    expect(problems.length, problems.join('\n\n')).toBe(0);
  },
});

/**
 * Watches `page` (and, for requests, every page of its context) for what no test may meet:
 * a request to another origin than the site's (and `alsoAllowedOrigins`), a console error or
 * warning, an uncaught exception, a policy violation. The `page` fixture does it for every
 * test; a spec that opens pages of its own (in contexts of its own) watches them with this.
 */
export async function watch(
  page: Page,
  options: { siteOrigin: string; alsoAllowedOrigins?: string[]; allowedConsoleErrors?: RegExp[] },
): Promise<{ problems: () => string[] }> {
  const allowed = new Set([options.siteOrigin, ...(options.alsoAllowedOrigins ?? [])]);
  const requests: string[] = [];
  const errors: string[] = [];
  // Context-wide, so requests from popups and workers of this test count too.
  page.context().on('request', (request) => requests.push(request.url()));
  // Every document of the test reports the policy violations it meets.
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const loc = msg.location();
    const where = loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
    errors.push(`console.${msg.type()}: ${msg.text()}${where}`);
  });
  page.on('pageerror', (err) => {
    errors.push(`uncaught exception: ${err.name}: ${err.message}`);
  });

  const problems = () => {
    const offenders = [
      ...new Set(
        requests.filter((url) => {
          if (url.startsWith('data:') || url.startsWith('blob:')) return false;
          try {
            return !allowed.has(new URL(url).origin);
          } catch {
            return true;
          }
        }),
      ),
    ];
    const unexpectedErrors = errors.filter((e) => !(options.allowedConsoleErrors ?? []).some((re) => re.test(e)));
    const found: string[] = [];
    if (offenders.length) {
      found.push(
        `${offenders.length} request(s) went to an origin other than ${[...allowed].join(', ')}:\n` +
          offenders.map((u) => `  - ${u}`).join('\n'),
      );
    }
    if (unexpectedErrors.length) {
      found.push(`${unexpectedErrors.length} console error(s) / page error(s):\n${unexpectedErrors.map((e) => `  - ${e}`).join('\n')}`);
    }
    return found;
  };
  return { problems };
}

export { expect };

/** WCAG tags the explainer must satisfy (axe-core rule tags). */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and fails with every violation's id, help text
 * and offending nodes. `include` limits the scan to a selector.
 */
export async function checkA11y(page: Page, options: { include?: string; exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  const results = await builder.analyze();

  const report = results.violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ');
          const summary = n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : '';
          return `    - ${target}${summary}`;
        })
        .join('\n');
      return `  ${v.id} [${v.impact ?? 'n/a'}]: ${v.help}\n${nodes}`;
    })
    .join('\n');

  expect(results.violations.length, `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${report}`).toBe(
    0,
  );
}

/**
 * Runs axe-core on a page whose JavaScript is disabled (`javaScriptEnabled: false`).
 * @axe-core/playwright cannot: axe waits on timers, and a page without scripts runs none.
 * Playwright can still evaluate code in it, so this injects axe itself and gives it timers
 * that run as soon as the current task ends. Fails like `checkA11y`.
 */
export async function checkA11yWithoutScripts(page: Page) {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(() => {
    const soon = (fn: (...args: unknown[]) => void, ...args: unknown[]) => {
      void Promise.resolve().then(() => fn(...args));
      return 0;
    };
    Object.assign(window, { setTimeout: soon, requestAnimationFrame: soon, requestIdleCallback: soon });
  });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    // No preloading: it fetches the stylesheets again and waits on a timer to give up.
    const results = await axe.run({ runOnly: { type: 'tag', values: tags }, preload: false });
    return results.violations.map((v) => `  ${v.id}: ${v.help}\n${v.nodes.map((n) => `    - ${JSON.stringify(n.target)}`).join('\n')}`);
  }, A11Y_TAGS);
  expect(violations.length, `axe found ${violations.length} violation(s) on ${page.url()} without scripts:\n${violations.join('\n')}`).toBe(
    0,
  );
}

/**
 * Opens the explainer at `path` (relative to the site, e.g. `./?by=party#gaps` or
 * `./ja/#timeline`) and waits until the wasm has taken the page over: the page is readable
 * from its HTML at once, and its controls work once `<html>` has the class `live`.
 */
export async function openExplainer(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html.live')).toBeAttached();
}

/** Width and height from a PNG's IHDR chunk (and that the bytes are a PNG that starts with one). */
export function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii'), 'a PNG file').toBe('PNG');
  expect(bytes.subarray(12, 16).toString('ascii'), 'IHDR comes first').toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/**
 * The published dataset as the site ships it (dist/data/dispute.json, written by the build
 * from data/*.toml), read from disk so tests can name real ids and texts without copying them.
 */
export function dataset(): Dataset {
  const file = path.join(__dirname, '..', '..', 'dist', 'data', 'dispute.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

type Text = { en: string; ja?: string; ko?: string };
type Citation = { source: string; paragraph: number; quote: string };
type Statement = { text: Text; citations: Citation[] };
type Finding = { party: string; text: Text | null; citations: Citation[] };
export type Dataset = {
  meta: { title: Text; summary: Statement[] };
  sources: { id: string; file: string; title: Text; short: Text }[];
  actors: { id: string; name: Text; title: Text | null }[];
  parties: { id: string; short: Text; name: Text; actors: string[] }[];
  events: {
    id: string;
    title: Text;
    date: { from: string; to: string | null; basis: 'stated' | 'inferred' };
    actors: string[];
  }[];
  issues: { id: string; title: Text; positions: Finding[] }[];
  foundation: {
    nodes: { id: string; label: Text }[];
    variants: { id: string; name: Text; flows: { from: string; to: string; kind: string; label: Text }[] }[];
  };
  gaps: { id: string; title: Text; stances: Finding[] }[];
  glossary: { id: string; term: Text; contested: boolean; usage: { by: string; words: Text }[] }[];
};
