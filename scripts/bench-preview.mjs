#!/usr/bin/env node
// Benchmark of the editors' preview (scripts/preview.mjs): how long an edit of the data takes
// to show on the page, from saving the file to its text in a real Chromium page (Debian's,
// as every tool of this project launches it). A measurement, not a test: nothing in the test
// command or CI runs it. It builds nothing for a text edit; build first (`trunk build
// --release`, or `bash scripts/run.sh`).
//
//   node scripts/bench-preview.mjs [--runs N] [--skeleton]
//
// Starts the preview on a copy of data/ (the repository's data is never edited), in a working
// folder of its own, opens its page, and N times (default 5) edits one sentence of the
// timeline and times the save until the page shows the new sentence (the preview renders, the
// page reloads itself). Prints every run and the median, and writes them to
// target/bench/preview.json. With --skeleton it then adds an event (which changes the
// skeleton the wasm carries, so the preview builds the whole site again with Trunk) and times
// that too, once: minutes, and the next usual build compiles the two crates that bake the
// data again.

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SENTENCE = 'Japan and South Korea conclude a bilateral agreement';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, skeleton: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench-preview: error: --runs must be a whole number ≥ 1, not '${values.runs}'`);
  process.exit(2);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'explainer-bench-preview-'));
const data = path.join(tmp, 'data');
cpSync(path.join(ROOT, 'data'), data, { recursive: true });
const timeline = path.join(data, 'timeline.toml');
const original = readFileSync(timeline, 'utf8');
if (!original.includes(SENTENCE)) throw new Error(`bench-preview: data/timeline.toml no longer has "${SENTENCE}"`);

/** Starts the preview; resolves with the child and its address once it serves the pages. */
function startPreview() {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(ROOT, 'scripts', 'preview.mjs'), '0'], {
      cwd: ROOT,
      env: { ...process.env, DISPUTE_DATA_DIR: data, PREVIEW_DIR: path.join(tmp, 'work') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const read = (chunk) => {
      output += String(chunk);
      const serving = output.match(/Previewing .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (serving) resolve({ child, url: serving[1] });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`preview.mjs exited with ${code}:\n${output}`)));
  });
}

/** Saves `text` as the timeline file and resolves with the seconds until the page shows `shown`. */
async function timeEdit(page, text, shown, timeout) {
  const started = performance.now();
  writeFileSync(timeline, text);
  await page.locator('main', { hasText: shown }).waitFor({ state: 'attached', timeout });
  return (performance.now() - started) / 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const preview = await startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = { date: new Date().toISOString(), cpus: cpus().length, textEdit: [], skeletonEdit: null };
try {
  const page = await browser.newPage();
  await page.goto(preview.url);
  await page.locator('html.live').waitFor({ state: 'attached', timeout: 60_000 });
  for (let run = 1; run <= runs; run++) {
    const sentence = `Japan and South Korea sign a bilateral agreement (benchmark run ${run})`;
    const seconds = await timeEdit(page, original.replace(SENTENCE, sentence), sentence, 60_000);
    results.textEdit.push(seconds);
    console.log(`text edit, run ${run}: ${seconds.toFixed(2)} s`);
    // Let the page finish its takeover before the next save, as an editor reading it would.
    await page.locator('html.live').waitFor({ state: 'attached', timeout: 60_000 });
  }
  console.log(`text edit: median ${median(results.textEdit).toFixed(2)} s of ${runs} runs`);

  if (values.skeleton) {
    // A new event: a copy of the 1965 agreement's, with an id and a title of its own.
    const start = original.indexOf('[[events]]\nid = "agreement-1965"');
    const block = original
      .slice(start, original.indexOf('[[events]]', start + 1))
      .replace('id = "agreement-1965"', 'id = "agreement-1965-benchmark"')
      .replace('title.en = "The 1965 bilateral agreement"', 'title.en = "An event added by the benchmark"');
    const seconds = await timeEdit(page, `${original}\n${block}`, 'An event added by the benchmark', 30 * 60_000);
    results.skeletonEdit = seconds;
    console.log(`skeleton edit (a new event; the whole site built again): ${seconds.toFixed(1)} s`);
  }
} finally {
  await browser.close();
  preview.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}
mkdirSync(path.join(ROOT, 'target', 'bench'), { recursive: true });
writeFileSync(path.join(ROOT, 'target', 'bench', 'preview.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('bench-preview: wrote target/bench/preview.json');
