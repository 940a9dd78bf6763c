// The wasm takes over every copy of an island on a page, not only the first: a page (or a
// newsroom's template around it) may hold the same control twice. A copy of the built site
// gets a second table of contents, written exactly as the pre-renderer writes the first;
// both must follow the reader's place once the page is taken over.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { serve, stop } from './servers';
import { strings } from './site';

const ROOT = path.join(__dirname, '..', '..');

test('every copy of an island is taken over', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'the takeover is the same for every screen; once is enough');
  const site = mkdtempSync(path.join(tmpdir(), 'explainer-islands-'));
  cpSync(path.join(ROOT, 'dist'), site, { recursive: true });
  const index = path.join(site, 'index.html');
  const html = readFileSync(index, 'utf8');
  const contents = html.match(/<nav [^>]*data-island="contents"[^>]*>[\s\S]*?<\/nav>/);
  expect(contents, 'the page has its table of contents').not.toBeNull();
  // The second copy goes into the footer, named apart for the test (and for assistive
  // technology, which would otherwise meet two landmarks of one name).
  const copy = contents![0]
    .replace('class="contents"', 'class="contents second-copy"')
    .replace(/aria-label="[^"]*"/, 'aria-label="Contents, again"');
  writeFileSync(index, html.replace('<footer class="site-footer">', `<footer class="site-footer">${copy}`));

  const port = 4340 + test.info().parallelIndex;
  const server = await serve(site, port);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}/` });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('./');
    await expect(page.locator('html.live')).toBeAttached();
    const timeline = strings('en').sections[1];
    await page.locator('nav.contents:not(.second-copy)').getByRole('link', { name: timeline }).click();
    await expect(page).toHaveURL(/#timeline$/);
    for (const nav of ['nav.contents:not(.second-copy)', 'nav.contents.second-copy']) {
      await expect(page.locator(nav).getByRole('link', { name: timeline }), nav).toHaveAttribute('aria-current', 'location');
    }
    expect(errors).toEqual([]);
  } finally {
    await context.close().catch(() => {});
    await stop(server);
    rmSync(site, { recursive: true, force: true });
  }
});
