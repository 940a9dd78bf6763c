// Shared Playwright fixtures. Every spec imports `test` and `expect` from here, not from
// @playwright/test, so that every test also checks, after it has run, that:
//   * the page made no request to any origin but the site's own (data: and blob: allowed) —
//     the explainer must work self-contained from one folder, with no CDN, font or tracker;
//   * the page logged no console error and threw no uncaught exception.
// A test that deliberately provokes a console error can allow it by pattern:
//   test.use({ allowedConsoleErrors: [/expected message/] });
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Fixtures = {
  /** Console-error / page-error messages matching one of these do not fail the test. */
  allowedConsoleErrors: RegExp[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  page: async ({ page, baseURL, allowedConsoleErrors }, use) => {
    if (!baseURL) throw new Error('fixtures: use.baseURL is not set in playwright.config.ts');
    const siteOrigin = new URL(baseURL).origin;

    const requests: string[] = [];
    const errors: string[] = [];
    // Context-wide, so requests from popups and workers of this test count too.
    page.context().on('request', (request) => requests.push(request.url()));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      const where = loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    });
    page.on('pageerror', (err) => {
      errors.push(`uncaught exception: ${err.name}: ${err.message}`);
    });

    await use(page);

    const offenders = [
      ...new Set(
        requests.filter((url) => {
          if (url.startsWith('data:') || url.startsWith('blob:')) return false;
          try {
            return new URL(url).origin !== siteOrigin;
          } catch {
            return true;
          }
        }),
      ),
    ];
    const unexpectedErrors = errors.filter((e) => !allowedConsoleErrors.some((re) => re.test(e)));

    const problems: string[] = [];
    if (offenders.length) {
      problems.push(
        `${offenders.length} request(s) left the site's origin ${siteOrigin}:\n` +
          offenders.map((u) => `  - ${u}`).join('\n'),
      );
    }
    if (unexpectedErrors.length) {
      problems.push(
        `${unexpectedErrors.length} console error(s) / page error(s):\n` +
          unexpectedErrors.map((e) => `  - ${e}`).join('\n'),
      );
    }
    expect(problems.length, problems.join('\n\n')).toBe(0);
  },
});

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

  expect(
    results.violations.length,
    `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n${report}`,
  ).toBe(0);
}
