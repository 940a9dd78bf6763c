#!/usr/bin/env node
// Lighthouse benchmark of the built site (`npm run bench`). A measurement, not a test: it is
// not part of scripts/test.sh and nothing in CI runs it. It builds nothing.
//
//   node scripts/bench.mjs [--runs N] [--dist DIR] [page …]
//
// pages: URLs relative to the site root (./, ./ja/, ./embed/timeline.html, ./?lang=ja);
// default: every language's page (./, ./ja/, ./ko/, as dist/languages.json lists them). --runs: runs per page (default 3).
//
// Serves DIR (default dist) with scripts/serve.mjs — the build's precompressed files and the
// site's headers, like a static host — on a free loopback port, then
// runs Lighthouse's default configuration (mobile: simulated throttling, slow 4G, 4x CPU
// slowdown) N times per page, each run in a fresh Chromium (Debian's, $CHROME_PATH) with a
// fresh profile. Prints the medians per page and writes them to target/bench/lighthouse.json;
// every run's full report (LHR) goes to target/bench/<page>-<run>.lhr.json. Then each page's first
// and warm (repeat) visit on nginx with the build's nginx.conf, in bytes received
// (scripts/visits.mjs), printed and written to the same file (`visits`).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// chrome-launcher comes with lighthouse (its CLI launches Chrome with it).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { measureVisits, printVisits } from './visits.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'target', 'bench');
// Debian's Chromium with the project's closed-network flags (scripts/chromium.mjs);
// chrome-launcher adds its own defaults (no extensions, no default-browser check, …).
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function fail(msg) {
  console.error(`bench: error: ${msg}`);
  process.exit(1);
}

// ---- arguments ---------------------------------------------------------------------------
let values;
let pageArgs;
try {
  ({ values, positionals: pageArgs } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      dist: { type: 'string', default: 'dist' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  }));
} catch (error) {
  // parseArgs' errors in this script's words: the option they name is the first quoted one
  // (`'--runs <value>'`, `'-h, --help'`).
  const flag = /'(?:-\w, )?(--?[\w-]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument (missing|is ambiguous)/.test(error.message)) {
    fail(`${flag} needs a value`);
  }
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(`unknown option '${flag}' (see --help)`);
  fail(`${error.message} (see --help)`);
}
if (values.help) {
  console.log('usage: node scripts/bench.mjs [--runs N] [--dist DIR] [page …]   (pages like ./ ./ja/ ./embed/timeline.html)');
  process.exit(0);
}
const runs = Number(values.runs);
const distArg = values.dist;
if (!Number.isInteger(runs) || runs < 1) fail('--runs takes a whole number from 1');

const dist = path.resolve(distArg);
if (!existsSync(path.join(dist, 'index.html'))) {
  fail(`'${distArg}/index.html' does not exist: build the site first (source scripts/env.sh && trunk build --release)`);
}

/** The file in dist a page URL opens: './ja/' -> ja/index.html; null if none. */
function fileOf(page) {
  const { pathname } = new URL(page, 'http://site/');
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
for (const page of pageArgs) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(page)) fail(`'${page}': give a path relative to the site root, like ./ja/`);
  if (!fileOf(page)) fail(`'${page}' is not a page of ${distArg} (no such file)`);
}
// By default, every language's page, as the build lists them (languages.json).
const defaultPages = () => JSON.parse(readFileSync(path.join(dist, 'languages.json'), 'utf8')).languages.map((l) => `./${l.page}`);
const pages = pageArgs.length ? pageArgs : defaultPages().filter(fileOf);

// Names for the per-run reports: './' -> index, './ja/' -> ja, './embed/x.html' -> embed-x.
const slugs = new Map();
for (const page of pages) {
  const base =
    page
      .replace(/^\.?\/+/, '')
      .replace(/(^|\/)index\.html$/, '$1')
      .replace(/\.html?(?=$|[?#])/, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'index';
  let slug = base;
  for (let n = 2; [...slugs.values()].includes(slug); n++) slug = `${base}-${n}`;
  slugs.set(page, slug);
}

// ---- the server --------------------------------------------------------------------------
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), dist, '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.setEncoding('utf8');
    // Ready once it listens (it compresses nothing: the build wrote the .br/.gz siblings).
    let origin = null;
    child.stdout.on('data', (chunk) => {
      origin ??= chunk.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1] ?? null;
      if (origin) resolve({ child, origin });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

// ---- Lighthouse --------------------------------------------------------------------------
const round = (n, digits = 0) => (n == null ? null : Number(n.toFixed(digits)));
function summary(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: round(value('first-contentful-paint')),
    lcpMs: round(value('largest-contentful-paint')),
    tbtMs: round(value('total-blocking-time')),
    cls: round(value('cumulative-layout-shift'), 3),
    transferBytes: round(value('total-byte-weight')),
  };
}

async function runOnce(url) {
  const profile = mkdtempSync(path.join(tmpdir(), 'explainer-bench-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    userDataDir: profile,
    logLevel: 'silent',
  });
  try {
    // No config: Lighthouse's defaults (mobile, simulated throttling).
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

function median(values) {
  const xs = values.filter((v) => v != null).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

// ---- main --------------------------------------------------------------------------------
mkdirSync(OUT_DIR, { recursive: true });
for (const f of readdirSync(OUT_DIR)) if (f.endsWith('.lhr.json')) rmSync(path.join(OUT_DIR, f));

const { child: server, origin } = await startServer();
process.on('exit', () => server.kill());
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const rel = (p) => path.relative(process.cwd(), p) || p;
console.log(`bench: ${pages.join(' ')} — ${runs} run(s) each, Lighthouse mobile defaults, served from ${rel(dist)}`);
const results = [];
let failed = 0;
let lastLhr = null;
for (const page of pages) {
  const url = new URL(page, origin).href;
  const pageRuns = [];
  for (let n = 1; n <= runs; n++) {
    const lhrFile = path.join(OUT_DIR, `${slugs.get(page)}-${n}.lhr.json`);
    let lhr;
    try {
      lhr = await runOnce(url);
    } catch (err) {
      failed++;
      console.error(`  ${page} run ${n}: error: ${err.message}`);
      pageRuns.push({ error: err.message });
      continue;
    }
    lastLhr = lhr;
    writeFileSync(lhrFile, `${JSON.stringify(lhr, null, 2)}\n`);
    const s = summary(lhr);
    // Lighthouse's own measure of this machine's CPU: its simulated 4x slowdown assumes a fast
    // desktop, so a run on a slower or busier moment reads slower (see README/ARCHITECTURE).
    const run = { ...s, benchmarkIndex: round(lhr.environment?.benchmarkIndex), lhr: path.relative(ROOT, lhrFile) };
    if (lhr.runtimeError) {
      failed++;
      run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    }
    pageRuns.push(run);
    const warnings = lhr.runWarnings?.length ? `; ${lhr.runWarnings.length} warning(s): ${lhr.runWarnings.join(' | ')}` : '';
    console.log(
      `  ${page} run ${n}/${runs}: performance ${s.performance}, LCP ${s.lcpMs} ms` +
        `${run.error ? `; error: ${run.error}` : ''}${warnings}`,
    );
  }
  const ok = pageRuns.filter((r) => !r.error);
  const med = Object.fromEntries(Object.keys(summary({ categories: {}, audits: {} })).map((k) => [k, median(ok.map((r) => r[k]))]));
  results.push({ page, median: med, runs: pageRuns });
}

// ---- output ------------------------------------------------------------------------------
const COLUMNS = [
  ['page', (r) => r.page],
  ['perf', (r) => r.median.performance],
  ['a11y', (r) => r.median.accessibility],
  ['best-pr.', (r) => r.median.bestPractices],
  ['SEO', (r) => r.median.seo],
  ['FCP ms', (r) => r.median.fcpMs],
  ['LCP ms', (r) => r.median.lcpMs],
  ['TBT ms', (r) => r.median.tbtMs],
  ['CLS', (r) => r.median.cls],
  ['transfer bytes', (r) => r.median.transferBytes],
];
const cell = (v) => (v == null ? '–' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : v);
const rows = results.map((r) => COLUMNS.map(([, get]) => cell(get(r))));
const head = COLUMNS.map(([h]) => h);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('');
console.log(`Lighthouse medians of ${runs} run(s) (mobile, simulated slow 4G, 4x CPU; scores x100)`);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const indexes = results.flatMap((r) => r.runs.map((x) => x.benchmarkIndex)).filter((v) => v != null);
if (indexes.length) {
  console.log(
    `CPU benchmark index (Lighthouse's) over the runs: median ${median(indexes)}, ${Math.min(...indexes)}–${Math.max(...indexes)}`,
  );
}

// First and warm visits of the same pages on nginx with the build's nginx.conf (scripts/visits.mjs):
// what a reader downloads the first time, and coming back (the HTTP cache alone, no worker).
let visits = null;
try {
  visits = await measureVisits(dist, pages);
  console.log('');
  printVisits(visits);
} catch (err) {
  failed++;
  console.error(`bench: visits on nginx: ${err.message}`);
}

const settings = lastLhr?.configSettings;
const report = {
  date: new Date().toISOString(),
  lighthouse: lastLhr?.lighthouseVersion ?? null,
  browser: lastLhr?.environment?.hostUserAgent ?? null,
  settings: settings
    ? { formFactor: settings.formFactor, throttlingMethod: settings.throttlingMethod, throttling: settings.throttling }
    : null,
  dist: path.relative(ROOT, dist) || '.',
  runsPerPage: runs,
  pages: results,
  visits,
};
const outFile = path.join(OUT_DIR, 'lighthouse.json');
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\nwrote ${rel(outFile)} and ${results.reduce((n, r) => n + r.runs.filter((x) => x.lhr).length, 0)} reports (*.lhr.json) beside it`,
);
if (failed) fail(`${failed} run(s) failed; see above`);
process.exit(0); // the 'exit' handler stops the server, which would keep Node running
