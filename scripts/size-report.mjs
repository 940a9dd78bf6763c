#!/usr/bin/env node
// Size report for the built site: every file's raw, gzip (level 9) and brotli (quality 11)
// bytes, and for every HTML page (index.html, ja/index.html, embed/….html; not 404.html) its
// FIRST-VISIT set, recorded rather than guessed: the site is served on a free loopback port by
// scripts/serve.mjs, and each page is opened in Debian's Chromium (through Playwright, as the
// tests launch it: scripts/chromium.mjs) in a fresh context, so with an empty cache, and with
// service workers blocked (the offline worker precaches every file; it is no part of a first
// visit). Every same-origin request is recorded, response URL -> file of dist, until the page
// has settled: loaded, its wasm fetched, the app taken over (`html.live`; boot.js, which the
// page's start script src/bin/prerender/loader.js requests from its <script data-boot>, then
// imports sw-register.js on the explainer's own pages), and no request open for half a second.
// Added to that: the icon and the web app manifest the page links, which a browser fetches for
// itself (the tab, installing) and headless Chromium does not.
//
//   node scripts/size-report.mjs [dist=dist]
//
// Prints a table (* = in the root page's first visit), the root page's first visit, then one
// line per page; writes the same data to target/size-report.json (in the repo root):
//   files:      [{ path, raw, gzip, brotli, firstVisit }]   every file; firstVisit: root page's
//   firstVisit: { files, raw, gzip, brotli }                 the root page's set (index.html)
//   pages:      { "<page>": { files, raw, gzip, brotli } }   every page's set, root page first
//   total:      { raw, gzip, brotli }
//   missing:    [{ ref, from, target, pages }]               only when a request found no file
// Exits 1 if dist (or dist/index.html) is missing or a page requests a missing file (a 404, or
// a link to an icon or manifest that is not there).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { CONFIG_FILES } from './serving.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv[2] ?? 'dist';
const distAbs = path.resolve(distArg);

function fail(msg) {
  console.error(`size-report: error: ${msg}`);
  process.exit(1);
}

if (!existsSync(distAbs) || !statSync(distAbs).isDirectory()) {
  fail(`'${distArg}' does not exist or is not a directory (build the site first: trunk build --release)`);
}
if (!existsSync(path.join(distAbs, 'index.html'))) {
  fail(`'${distArg}/index.html' does not exist`);
}

// ---- every file under dist ---------------------------------------------------------------
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    // Not the .br/.gz siblings and the hosts' configurations scripts/serving.mjs writes: no
    // reader downloads them as files of their own.
    else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name) && !CONFIG_FILES.includes(entry.name)) out.push(full);
  }
  return out;
}
const toRel = (abs) => path.relative(distAbs, abs).split(path.sep).join('/');
const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const sizes = new Map();
for (const abs of walk(distAbs)) {
  const buf = readFileSync(abs);
  sizes.set(toRel(abs), {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  });
}

// ---- first-visit sets, recorded in a browser ---------------------------------------------
// The site served on a free loopback port by scripts/serve.mjs, as Playwright's tests serve it.
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), distAbs, '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const origin = chunk.match(/at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
      if (origin) resolve({ child, origin });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

/** The file of dist a same-origin URL names: `/` -> index.html, `/ja/` -> ja/index.html. */
function fileOfUrl(url) {
  const { pathname } = new URL(url);
  let rel;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    rel = pathname;
  }
  rel = rel.replace(/^\/+/, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** The address a reader opens for a page: its folder for an index.html, else the file. */
const urlOfPage = (origin, page) => `${origin}/${page.replace(/(^|\/)index\.html$/, '$1')}`;

// A page has settled once the app has taken it over (its wasm fetched and started; boot.js
// then imports sw-register.js on the explainer's own pages) and no request has been open for
// QUIET ms. LIVE_WAIT bounds the wait for the takeover: boot.js itself waits 10 s for it.
const QUIET = 500;
const LIVE_WAIT = 12_000;
const SETTLE_TIMEOUT = 60_000;

/**
 * A page's first visit, recorded: every same-origin request the page makes in a fresh context
 * (an empty cache) with service workers blocked, from the navigation until it has settled.
 * A request answered 404 (or for a file dist does not have) is a missing file.
 */
async function firstVisitOf(browser, origin, page) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const files = new Set();
  const missing = [];
  const failed = [];
  const open = new Set();
  const answered = new Set();
  let lastActivity = Date.now();
  const sameOrigin = (url) => url.startsWith(`${origin}/`);
  context.on('request', (request) => {
    open.add(request);
    lastActivity = Date.now();
  });
  // A request for a file dist does not have; who asked: the importing script or the linking
  // stylesheet, else the page.
  const miss = (request, target) => {
    const referer = request.headers().referer;
    const from = referer && sameOrigin(referer) ? fileOfUrl(referer) : page;
    missing.push({ page, ref: new URL(request.url()).pathname, from, target });
  };
  // Recorded as the answer arrives; a redirect counts where it leads.
  context.on('response', (response) => {
    answered.add(response.request());
    if (!sameOrigin(response.url())) return;
    const status = response.status();
    const target = fileOfUrl(response.url());
    if (status >= 400 || (status < 300 && !sizes.has(target))) miss(response.request(), target);
    else if (status < 300) files.add(target);
  });
  context.on('requestfinished', (request) => {
    open.delete(request);
    lastActivity = Date.now();
  });
  context.on('requestfailed', (request) => {
    // Failed with no answer seen: a stylesheet or module script answered with the HTML 404
    // page is refused by the browser (nosniff) before Playwright sees the response, so a
    // request for a file dist lacks is missing; any other failure is only reported.
    if (sameOrigin(request.url()) && !answered.has(request)) {
      const target = fileOfUrl(request.url());
      if (!sizes.has(target)) miss(request, target);
      else failed.push(`${target} (${request.failure()?.errorText})`);
    }
    open.delete(request);
    lastActivity = Date.now();
  });
  try {
    const tab = await context.newPage();
    const started = Date.now();
    await tab.goto(urlOfPage(origin, page), { waitUntil: 'load' });
    // Settled: the app has taken the page over (so its wasm was fetched and started), or it
    // cannot (a request found no file) or has not in LIVE_WAIT; and nothing open for QUIET ms.
    for (;;) {
      const waited = Date.now() - started;
      const live = await tab.evaluate(() => document.documentElement.classList.contains('live')).catch(() => false);
      const idle = open.size === 0 && Date.now() - lastActivity >= QUIET;
      if (idle && (live || missing.length > 0 || waited > LIVE_WAIT)) {
        if (!live && !missing.length) {
          console.error(`size-report: warning: ${page}: the app had not taken the page over after ${LIVE_WAIT / 1000} s`);
        }
        break;
      }
      if (waited > SETTLE_TIMEOUT) {
        console.error(`size-report: warning: ${page}: requests still open after ${SETTLE_TIMEOUT / 1000} s`);
        break;
      }
      await tab.waitForTimeout(100);
    }
    // What a browser fetches for itself rather than for the page, which headless Chromium
    // leaves out: the tab's icon and the web app manifest (for installing) that the page links.
    const own = await tab.evaluate(() =>
      [...document.querySelectorAll('link[rel~="icon" i], link[rel~="manifest" i]')].map((link) => link.href),
    );
    for (const url of own.filter(sameOrigin)) {
      const target = fileOfUrl(url);
      if (sizes.has(target)) files.add(target);
      else missing.push({ page, ref: new URL(url).pathname, from: page, target });
    }
  } finally {
    await context.close();
  }
  if (failed.length) console.error(`size-report: warning: ${page}: requests that failed (not counted): ${failed.join(', ')}`);
  return { files: [...files].sort(byPath), missing };
}

// Every HTML page of the site, the root page first; 404.html is not a page one visits first.
const pagePaths = [...sizes.keys()]
  .filter((p) => /\.html?$/i.test(p) && path.posix.basename(p).toLowerCase() !== '404.html')
  .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : byPath(a, b)));

const visits = new Map();
{
  const { child: server, origin } = await startServer();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    for (const page of pagePaths) visits.set(page, await firstVisitOf(browser, origin, page));
  } finally {
    await browser?.close();
    server.kill();
  }
}
const firstVisit = new Set(visits.get('index.html').files);
// One entry per broken reference, with every page it breaks.
const missing = [];
for (const m of [...visits.values()].flatMap((v) => v.missing)) {
  const same = missing.find((x) => x.from === m.from && x.ref === m.ref);
  if (same) same.pages.includes(m.page) || same.pages.push(m.page);
  else missing.push({ ref: m.ref, from: m.from, target: m.target, pages: [m.page] });
}

// ---- output ------------------------------------------------------------------------------
const sum = (paths) =>
  paths.reduce(
    (t, p) => {
      const s = sizes.get(p);
      return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

const allPaths = [...sizes.keys()].sort(byPath);
const fvPaths = [...firstVisit].sort(byPath);
const total = sum(allPaths);
const fvTotal = sum(fvPaths);

const fmt = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
function table(title, paths, totals, totalLabel) {
  const rows = paths.map((p) => {
    const s = sizes.get(p);
    return [p + (firstVisit.has(p) ? ' *' : ''), fmt(s.raw), fmt(s.gzip), fmt(s.brotli)];
  });
  rows.push([totalLabel, fmt(totals.raw), fmt(totals.gzip), fmt(totals.brotli)]);
  const head = ['path', 'raw', 'gzip', 'brotli'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  const rule = w.map((n) => '-'.repeat(n)).join('  ');
  console.log(title);
  console.log(line(head));
  console.log(rule);
  for (const r of rows.slice(0, -1)) console.log(line(r));
  console.log(rule);
  console.log(line(rows[rows.length - 1]));
}

const distLabel =
  path.relative(ROOT, distAbs).startsWith('..') || path.isAbsolute(path.relative(ROOT, distAbs))
    ? distAbs
    : path.relative(ROOT, distAbs) || '.';

table(`Size report for ${distLabel} (bytes; gzip -9, brotli q11; * = first visit)`, allPaths, total, `total (${allPaths.length} files)`);
console.log('');
table('First visit: index.html and everything it requests', fvPaths, fvTotal, `first visit (${fvPaths.length} files)`);
console.log(`first visit: ${kb(fvTotal.raw)} raw, ${kb(fvTotal.gzip)} gzip, ${kb(fvTotal.brotli)} brotli`);

const pages = Object.fromEntries(
  pagePaths.map((p) => {
    const { files } = visits.get(p);
    return [p, { files, ...sum(files) }];
  }),
);
const pageWidth = Math.max(...pagePaths.map((p) => p.length));
for (const [p, v] of Object.entries(pages)) {
  console.log(
    `first visit of ${p.padEnd(pageWidth)}  ${String(v.files.length).padStart(2)} files  ` +
      `${kb(v.raw).padStart(10)} raw  ${kb(v.gzip).padStart(10)} gzip  ${kb(v.brotli).padStart(10)} brotli`,
  );
}

const report = {
  dist: distLabel,
  files: allPaths.map((p) => ({ path: p, ...sizes.get(p), firstVisit: firstVisit.has(p) })),
  firstVisit: { files: fvPaths, ...fvTotal },
  pages,
  total,
};
if (missing.length) report.missing = missing;

const outDir = path.join(ROOT, 'target');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'size-report.json');
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), outFile) || outFile}`);

if (missing.length) {
  console.error('size-report: error: pages request files missing from dist:');
  for (const m of missing) {
    const via = m.pages.length === 1 && m.pages[0] === m.from ? '' : `; pages: ${m.pages.join(', ')}`;
    console.error(`  ${m.target}  (requested as '${m.ref}' by ${m.from}${via})`);
  }
  process.exit(1);
}
