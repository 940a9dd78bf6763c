// The editors' preview (issue 28, item 7): `bash scripts/preview.sh` watches the data and shows
// an edited text on the page, validated; a bad edit shows its located error in the terminal
// and on the page, over the last good page, and the banner goes once the edit is fixed. An
// offline worker that the release build left at the preview's address never shows a stored
// page in its place.
//
// The preview runs on a copy of data/ (DISPUTE_DATA_DIR: the repository's data is never
// edited), in a working folder of its own, from the release build the test command has just
// made (dist/: its wasm, JS and stylesheet, and the pre-renderer and publisher it compiled),
// so nothing is compiled here. How soon a text arrives is measured by the benchmark
// (`node scripts/bench-preview.mjs`, docs/performance.md), never here: the waits below only
// stop a preview that never shows the text.

import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, watch } from './fixtures';
import { serveAnywhere, stop } from './servers';

const ROOT = path.join(__dirname, '..', '..');

/** One sentence of the 1965 agreement's event (data/timeline.toml), as written and as edited. */
const SENTENCE = 'Japan and South Korea conclude a bilateral agreement';
const EDITED = 'Japan and South Korea sign a bilateral agreement, as the editors now put it';
const EDITED_AGAIN = 'Japan and South Korea sign a bilateral agreement, as the editors put it in the end';
/** A quote of that event, and the same quote no longer verbatim in its report. */
const QUOTE = "quote = 'a 1965 bilateral agreement'";
const MISQUOTE = "quote = 'a 1965 bilateral accord'";

/** Starts the preview on `data` in `work` on `port` (0: a free one); resolves with its address once it serves the pages. */
function startPreview(data: string, work: string, port = 0): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(ROOT, 'scripts', 'preview.mjs'), String(port)], {
      cwd: ROOT,
      env: { ...process.env, DISPUTE_DATA_DIR: data, PREVIEW_DIR: work },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const read = (chunk: Buffer) => {
      output += String(chunk);
      const serving = output.match(/Previewing .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (serving) resolve({ child, url: serving[1], output: () => output });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`preview.mjs exited with ${code}:\n${output}`)));
  });
}

test('the preview shows an edited text, a bad edit’s located error over the last good page, and the fix', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one preview is enough: it tests no layout');
  const tmp = mkdtempSync(path.join(tmpdir(), 'explainer-preview-'));
  const data = path.join(tmp, 'data');
  cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  const timeline = path.join(data, 'timeline.toml');
  const original = readFileSync(timeline, 'utf8');
  expect(original).toContain(SENTENCE);
  expect(original).toContain(QUOTE);

  const preview = await startPreview(data, path.join(tmp, 'work'));
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched = await watch(page, { siteOrigin: new URL(preview.url).origin });
  try {
    await page.goto(preview.url);
    const main = page.locator('main');
    await expect(main).toContainText(SENTENCE);
    // The release build's wasm takes the previewed page over: its skeleton is the data's.
    await expect(page.locator('html')).toHaveClass(/\blive\b/, { timeout: 30_000 });

    // An edited sentence: the page reloads itself with it.
    writeFileSync(timeline, original.replace(SENTENCE, EDITED));
    await expect(main).toContainText(EDITED, { timeout: 30_000 });
    await expect(page.locator('.preview-banner')).toHaveCount(0);

    // A bad edit (a quote no longer verbatim in its report), with another change of the
    // sentence: the located error on the page and in the terminal, and the last good text.
    writeFileSync(timeline, original.replace(SENTENCE, EDITED_AGAIN).replace(QUOTE, MISQUOTE));
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('timeline.toml: entry "agreement-1965", field `summary.citations', { timeout: 30_000 });
    await expect(banner).toContainText('a 1965 bilateral accord');
    await expect(main).toContainText(EDITED);
    await expect(main).not.toContainText(EDITED_AGAIN);
    expect(preview.output()).toMatch(/timeline\.toml: entry "agreement-1965", field `summary\.citations/);

    // Fixed: the banner goes, and the page shows the edit.
    writeFileSync(timeline, original.replace(SENTENCE, EDITED_AGAIN));
    await expect(main).toContainText(EDITED_AGAIN, { timeout: 30_000 });
    await expect(page.locator('.preview-banner')).toHaveCount(0);
    // No offline worker stands between the editor and the preview's pages.
    await expect(page.locator('html')).toHaveClass(/\blive\b/, { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

    const problems = watched.problems();
    expect(problems.length, problems.join('\n\n')).toBe(0);
  } finally {
    await context.close();
    await stop(preview.child);
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('an offline worker the release build left at the address gives way to the preview', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one preview is enough: it tests no layout');
  const tmp = mkdtempSync(path.join(tmpdir(), 'explainer-preview-'));
  const data = path.join(tmp, 'data');
  cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  // The release build served as `bash scripts/run.sh` serves it, and its worker installed.
  const release = await serveAnywhere(path.join(ROOT, 'dist'));
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched = await watch(page, { siteOrigin: new URL(release.url).origin });
  let releaseServing = true;
  let preview: Awaited<ReturnType<typeof startPreview>> | undefined;
  try {
    await page.goto(release.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // Then the preview at the same address: the old worker answers one more visit, finds the
    // preview's sw.js, which removes it and what it stored, and the page is the preview's.
    await stop(release.child);
    releaseServing = false;
    preview = await startPreview(data, path.join(tmp, 'work'), Number(new URL(release.url).port));
    await page.reload();
    await expect(page.locator('script[data-preview-version]')).toHaveCount(1, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);

    const problems = watched.problems();
    expect(problems.length, problems.join('\n\n')).toBe(0);
  } finally {
    await context.close();
    if (releaseServing) await stop(release.child);
    if (preview) await stop(preview.child);
    rmSync(tmp, { recursive: true, force: true });
  }
});
