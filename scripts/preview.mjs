#!/usr/bin/env node

// The editors' preview (`bash scripts/preview.sh`): serves the site on 127.0.0.1, watches the
// data folder and shows every saved edit on the page, validated, within a second or so.
//
//   node scripts/preview.mjs [port=8080] [--rebuild]
//
// The data folder is $DISPUTE_DATA_DIR, else data/. A text reaches the page without compiling
// anything: the pre-renderer and the publisher, as the last release build compiled them, read
// and validate the data files at run time (`prerender <site> --preview <dataset JSON>`,
// src/bin/prerender/preview.rs; `publish`) and write the pages and the dataset over a copy of
// a release build (target/preview/site). The wasm carries only the dataset's skeleton (ids,
// references, the names the islands show): when an edit changes it (a new event, a renamed
// variant), the pre-renderer refuses, and the preview builds the whole site again with
// `trunk build --release` (into target/preview/build; minutes) while the last good page stays.
//
// The base is the first of target/preview/build and dist/ whose wasm carries the data's
// skeleton (checked against its published dataset, `data/dispute.json`); with none, or with
// --rebuild (after a change of the code: the base's wasm must be this code's), a build.
// A bad edit renders nothing: the last good pages stay, and the located problems (file, entry,
// field), as the build reports them, are printed here and shown in a banner over every page.
//
// Left out, for speed, as a preview needs none of them: the offline worker (sw.js is answered
// with one that removes a worker left at this address, and sw-register.js registers none, so
// no page is ever a stored one), the .br/.gz siblings and the hosts' configurations. Every
// response is `Cache-Control: no-store`. Each page gets a stylesheet and a script of this
// preview's own (scripts/preview/, served under /__preview/): same-origin files, which the
// pages' Content Security Policy allows as it is; the script reloads the page when the
// preview has rendered again (server-sent events, /__preview/events).
//
// Environment: DISPUTE_DATA_DIR (the data folder), PREVIEW_DIR (its working folder, default
// target/preview), CARGO_TARGET_DIR (where cargo put the binaries, default target/).

import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, watch } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headersOf, readRules } from './headers.mjs';
import { CONFIG_FILES, TYPES, typeOf } from './serving.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

function fail(message) {
  console.error(`preview: error: ${message}`);
  process.exit(1);
}

let values;
let positionals;
try {
  ({ values, positionals } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } }, allowPositionals: true }));
} catch (error) {
  fail(`${error.message}\nusage: node scripts/preview.mjs [port=8080] [--rebuild]`);
}
const port = Number(positionals[0] ?? '8080');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port '${positionals[0]}'`);

const DATA = path.resolve(process.env.DISPUTE_DATA_DIR ?? path.join(ROOT, 'data'));
/** The data folder as this terminal's messages name it. */
const SHOWN_DATA = DATA.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, DATA) : DATA;
const WORK = path.resolve(process.env.PREVIEW_DIR ?? path.join(ROOT, 'target', 'preview'));
const SITE = path.join(WORK, 'site');
const BUILD = path.join(WORK, 'build');
/** The dataset the served wasm was built from, as its build published it. */
const WASM_DATASET = path.join(WORK, 'wasm-dataset.json');
const TARGET = path.resolve(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'));
const PRERENDER = path.join(TARGET, 'prerender', 'prerender');
const PUBLISH = path.join(TARGET, 'release', 'publish');
const CLIENT = path.join(ROOT, 'scripts', 'preview');
/** The pre-renderer's exit status when the edit changes what the wasm carries (preview.rs). */
const SKELETON_CHANGED = 3;

if (!existsSync(DATA)) fail(`no data folder at ${DATA}`);

// ---- what is served, and its state -------------------------------------------------------
/** Bumped at every change of what the pages show (new pages, a banner shown or gone). */
let version = 0;
/** The banner over every page: null, or { kind: 'error' | 'building', title, detail }. */
let banner = null;
/** The pages are there to serve (a base was set up). */
let ready = false;
/** Open event streams of the pages shown. */
const streams = new Set();
/** The child process running now (a render, a build), ended with this process. */
let child = null;

function changed() {
  version++;
  for (const res of streams) res.write(`data: ${version}\n\n`);
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

// ---- running the build's programs --------------------------------------------------------
/**
 * Runs `command` with `args` in the repository; resolves with its status and what it wrote
 * (the last 20,000 characters of each stream). With `echo`, what it writes is passed on to
 * this terminal as it comes (a build's progress).
 */
function run(command, args, { echo = false } = {}) {
  return new Promise((resolve) => {
    const started = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    const out = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr']) {
      started[name].on('data', (chunk) => {
        out[name] = (out[name] + chunk).slice(-20_000);
        if (echo) process[name].write(chunk);
      });
    }
    started.on('error', (error) => {
      child = null;
      resolve({ status: -1, ...out, stderr: `${out.stderr}${command}: ${error.message}\n` });
    });
    started.on('close', (status) => {
      child = null;
      resolve({ status, ...out });
    });
  });
}

/** Copies the release build in `dir` into the served folder, without what a preview never serves. */
function useBase(dir) {
  const next = `${SITE}.next`;
  rmSync(next, { recursive: true, force: true });
  cpSync(dir, next, {
    recursive: true,
    filter: (source) => !/\.(br|gz)$/.test(source) && !CONFIG_FILES.filter((f) => f !== '_headers').includes(path.basename(source)),
  });
  cpSync(path.join(dir, 'data', 'dispute.json'), WASM_DATASET);
  rmSync(SITE, { recursive: true, force: true });
  renameSync(next, SITE);
}

/** A base to start from: a release build whose published dataset is there, and its wasm. */
const usable = (dir) => existsSync(path.join(dir, 'index.html')) && existsSync(path.join(dir, 'data', 'dispute.json'));

/**
 * Renders the pages and the dataset from the data files as they are now, over the served
 * folder: 'ok', 'skeleton' (the wasm must be built again; nothing written) or 'error' (bad
 * data or a failure; nothing written, the banner says why).
 */
async function render() {
  const pages = await run(PRERENDER, [SITE, '--preview', WASM_DATASET]);
  if (pages.status === SKELETON_CHANGED) return { outcome: 'skeleton', detail: pages.stderr.trim() };
  if (pages.status !== 0) return { outcome: 'error', detail: pages.stderr.trim() || `prerender exited with ${pages.status}` };
  // The dataset beside the pages, from the same (valid) files.
  const dataset = await run(PUBLISH, [path.join(SITE, 'data'), path.join(SITE, 'edition.json')]);
  if (dataset.status !== 0) return { outcome: 'error', detail: dataset.stderr.trim() || `publish exited with ${dataset.status}` };
  return { outcome: 'ok' };
}

/** The whole release build (the wasm too) from the data, into BUILD; then it is the base. */
async function rebuild() {
  console.log(`preview: trunk build --release --dist ${path.relative(ROOT, BUILD)} (the wasm is built again; this takes minutes)`);
  const started = performance.now();
  const build = await run('trunk', ['build', '--release', '--dist', BUILD], { echo: true });
  if (build.status !== 0) {
    return { outcome: 'error', detail: `trunk build failed:\n${(build.stderr || build.stdout).trim().split('\n').slice(-30).join('\n')}` };
  }
  console.log(`preview: built in ${seconds(started)}`);
  useBase(BUILD);
  return render();
}

/** Shows the outcome of a render or a build: in this terminal and in the banner. */
function report({ outcome, detail }, started) {
  if (outcome === 'ok') {
    banner = null;
    ready = true;
    console.log(`preview: pages rendered from ${SHOWN_DATA} in ${seconds(started)}`);
  } else {
    banner = {
      kind: 'error',
      title: ready
        ? 'Preview: this edit is not shown. The page is the last good one; fix the data and save again:'
        : 'Preview: the data cannot be shown; fix it and save again:',
      detail,
    };
    console.error(`preview: the edit is not shown (the last good pages stay):\n${detail}`);
  }
  changed();
}

/** Brings the served pages up to the data files: a render, or a build when the skeleton changed. */
async function update() {
  const started = performance.now();
  let result = await render();
  if (result.outcome === 'skeleton') {
    banner = {
      kind: 'building',
      title:
        'Preview: this edit changes what the page’s script carries, so the whole site is being built again (minutes). The page is the last good one until then.',
      detail: result.detail,
    };
    console.log(`preview: ${result.detail}`);
    changed();
    result = await rebuild();
  }
  report(result, started);
}

/** Sets up the served folder from the first base whose wasm suits the data, else a build. */
async function start() {
  const started = performance.now();
  const missing = [PRERENDER, PUBLISH].filter((p) => !existsSync(p));
  const bases = values.rebuild || missing.length ? [] : [BUILD, path.join(ROOT, 'dist')].filter(usable);
  for (const base of bases) {
    useBase(base);
    const result = await render();
    if (result.outcome === 'skeleton') {
      console.log(`preview: ${path.relative(ROOT, base) || base} does not suit the data (${result.detail.replace(/^prerender: /, '')})`);
      continue;
    }
    // A bad edit from the start still shows the base's pages, with the banner.
    ready = true;
    console.log(`preview: the pages are ${path.relative(ROOT, base)}'s, rendered again from the data`);
    return report(result, started);
  }
  report(await rebuild(), started);
}

// ---- watching the data -------------------------------------------------------------------
let busy = false;
let again = false;
let timer = null;

/** Renders again shortly after the last of a burst of changes (an editor's save can be several writes). */
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    do {
      again = false;
      await update();
    } while (again);
    busy = false;
  }, 50);
}

// ---- serving -----------------------------------------------------------------------------
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function bannerHtml() {
  if (!banner) return '';
  const role = banner.kind === 'error' ? 'alert' : 'status';
  return (
    `<div class="preview-banner" data-preview="${banner.kind}" role="${role}">` +
    `<p><strong>${escapeHtml(banner.title)}</strong></p><pre>${escapeHtml(banner.detail)}</pre></div>`
  );
}

/** `page` (a served page's HTML) with the preview's stylesheet and script, and the banner. */
function withPreview(page) {
  const head = `<link rel="stylesheet" href="/__preview/page.css"><script type="module" src="/__preview/page.js" data-preview-version="${version}"></script>`;
  // The pre-renderer writes every text escaped (and `<` in inline JSON as \u003c), so each
  // page has its one `</head>` and `</body>` and no text can imitate them.
  return page.replace('</head>', `${head}</head>`).replace('</body>', `${bannerHtml()}</body>`);
}

/** The page shown before any page of the site exists (the first build under way, or failed). */
const waitingPage = () =>
  withPreview(
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head>' +
      `<body><main><h1>Preview</h1><p>${banner ? '' : 'The site is being built (minutes); this page reloads when it is ready.'}</p></main></body></html>`,
  );

const PREVIEW_FILES = {
  '/__preview/page.js': ['page.js', TYPES['.js'][0]],
  '/__preview/page.css': ['page.css', TYPES['.css'][0]],
};

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(body);
}

/** The site's headers for `rel` (its policy, CORS, nosniff), from the served folder's `_headers`. */
function siteHeaders(rel, page) {
  const rules = readRules(SITE);
  return rules ? headersOf(SITE, rules, rel, page) : { 'Content-Security-Policy': "default-src 'self'" };
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, TYPES['.txt'][0], 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  if (url.pathname === '/__preview/events') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    res.write(`retry: 500\ndata: ${version}\n\n`);
    streams.add(res);
    req.on('close', () => streams.delete(res));
    return;
  }
  const own = PREVIEW_FILES[url.pathname];
  if (own) return send(res, 200, own[1], readFileSync(path.join(CLIENT, own[0])));

  let name;
  try {
    name = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, TYPES['.txt'][0], 'Bad Request\n');
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\u0000-\u001f\\]/.test(name) || name.split('/').some((s) => s === '..' || s === '.')) {
    return send(res, 404, TYPES['.txt'][0], 'Not Found\n');
  }
  const base = path.basename(name);
  // The offline worker is left out (see the top of this file).
  if (base === 'sw.js') return send(res, 200, TYPES['.js'][0], readFileSync(path.join(CLIENT, 'worker.js')));
  if (base === 'sw-register.js') return send(res, 200, TYPES['.js'][0], readFileSync(path.join(CLIENT, 'no-worker.js')));

  const rel = (name.endsWith('/') ? `${name}index.html` : name).replace(/^\/+/, '');
  const isPage = typeOf(rel)[0] === TYPES['.html'][0];
  if (!ready) {
    if (isPage) return send(res, 503, TYPES['.html'][0], waitingPage(), { 'Content-Security-Policy': "default-src 'self'" });
    return send(res, 404, TYPES['.txt'][0], 'Not Found\n');
  }
  const file = path.join(SITE, rel);
  let stat;
  try {
    stat = statSync(file);
  } catch {
    stat = null;
  }
  if (stat?.isDirectory()) return send(res, 301, TYPES['.txt'][0], 'Moved Permanently\n', { Location: `${url.pathname}/${url.search}` });
  if (!stat?.isFile() || CONFIG_FILES.includes(base)) {
    return send(res, 404, TYPES['.txt'][0], 'Not Found\n', siteHeaders(null, false));
  }
  const body = readFileSync(file);
  const headers = siteHeaders(rel, isPage);
  if (isPage) return send(res, 200, TYPES['.html'][0], withPreview(body.toString('utf8')), headers);
  return send(res, 200, typeOf(rel)[0], req.method === 'HEAD' ? undefined : body, headers);
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    console.error(`preview: error: ${req.url}: ${error.message}`);
    if (!res.headersSent) send(res, 500, TYPES['.txt'][0], 'Internal Server Error\n');
    else res.destroy();
  }
});
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') fail(`port ${port} on ${HOST} is already in use; pick another (PORT=9000 bash scripts/preview.sh)`);
  fail(error.message);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill();
    process.exit(0);
  });
}

server.listen(port, HOST, async () => {
  const address = `http://${HOST}:${server.address().port}/`;
  console.log(`preview: watching ${SHOWN_DATA}`);
  // Edits saved while the first pages are made are rendered right after.
  busy = true;
  watch(DATA, { recursive: true }, schedule);
  await start();
  busy = false;
  if (again) schedule();
  console.log(`Previewing ${SHOWN_DATA} at ${address} (Ctrl-C to stop)`);
});
