#!/usr/bin/env node
// First and warm (repeat) visits of the built site's pages, measured in bytes on the wire, as
// nginx serves them with the configuration the build ships (dist/nginx.conf, from
// scripts/serving.mjs): a private nginx on a free loopback port (Debian's, with brotli_static;
// scripts/setup.sh installs it), stopped afterwards. Each page is opened in Debian's Chromium in
// a fresh context (an empty HTTP cache; service workers blocked, so the HTTP cache alone is
// measured), until the app has taken it over and no request has been open for half a second;
// then opened again in the same context. Bytes: what Chromium received for each request
// (headers and body, as encoded), summed over the visit.
//
//   node scripts/visits.mjs [dist=dist] [page …]     (pages like ./ ./ja/; default: every language's)
//
// scripts/bench.mjs (`npm run bench`) runs it after Lighthouse and adds its table to its report.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** nginx serving `dist` with its nginx.conf; resolves with its address and a stop(). */
export async function startNginx(dist) {
  if (!existsSync('/usr/sbin/nginx')) throw new Error('nginx is not installed; run bash scripts/setup.sh');
  if (!existsSync(path.join(dist, 'nginx.conf')))
    throw new Error(`${dist}/nginx.conf is missing: the build writes it (scripts/serving.mjs)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'explainer-visits-'));
  const port = await freePort();
  const root = process.getuid?.() === 0;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      ...(existsSync(BROTLI_STATIC) ? [`load_module ${BROTLI_STATIC};`] : []),
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      // Workers run as root here only to read a build in a folder others may not enter.
      ...(root ? ['user root;'] : []),
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  server { listen 127.0.0.1:${port}; root ${path.resolve(dist)}; include ${path.resolve(dist)}/nginx.conf; }`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', `${dir}/nginx.conf`], { stdio: 'ignore', detached: true });
  const stop = () =>
    new Promise((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 100; i++) {
    if (await accepts(port)) return { origin: `http://127.0.0.1:${port}`, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  let log = '';
  try {
    log = readFileSync(path.join(dir, 'error.log'), 'utf8');
  } catch {}
  await stop();
  throw new Error(`nginx did not start:\n${log}`);
}

/**
 * One visit of `url` in `page`, until it has settled: bytes received, and how many requests went
 * to the server (a revalidation answered 304 among them; Chromium reports it as the cached 200)
 * and how many the HTTP cache answered with nothing on the wire.
 */
async function visit(page, cdp, url) {
  const bytes = new Map();
  const cached = new Set();
  const onResponse = (e) => {
    bytes.set(e.requestId, bytes.get(e.requestId) ?? 0);
    if (e.response.fromDiskCache || e.response.fromMemoryCache) cached.add(e.requestId);
  };
  const onFinished = (e) => bytes.set(e.requestId, e.encodedDataLength);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url);
  await page.locator('html.live').waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  const fromCache = [...bytes].filter(([id, n]) => n === 0 || cached.has(id)).length;
  return { bytes: [...bytes.values()].reduce((x, y) => x + y, 0), requests: bytes.size, fromServer: bytes.size - fromCache, fromCache };
}

/** First and warm visit of every page (URLs relative to the site root) on nginx. */
export async function measureVisits(dist, pages) {
  const server = await startNginx(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const url = new URL(p, `${server.origin}/`).href;
      const first = await visit(page, cdp, url);
      // A new navigation to the same address (not a reload, which revalidates everything).
      await page.goto('about:blank');
      const warm = await visit(page, cdp, url);
      results.push({ page: p, first, warm });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}

export function printVisits(results) {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const counts = (v) => `${v.fromServer} from the server, ${v.fromCache} from the cache`;
  console.log('Visits on nginx (the build\u2019s nginx.conf), bytes received (headers + encoded bodies):');
  for (const r of results) {
    console.log(
      `  ${r.page.padEnd(8)} first ${kib(r.first.bytes).padStart(10)} (${counts(r.first)})   warm ${kib(r.warm.bytes).padStart(9)} (${counts(r.warm)})`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const pages =
    process.argv.length > 3
      ? process.argv.slice(3)
      : JSON.parse(readFileSync(path.join(dist, 'languages.json'), 'utf8')).languages.map((l) => `./${l.page}`);
  try {
    printVisits(await measureVisits(dist, pages));
  } catch (err) {
    console.error(`visits: error: ${err.message}`);
    process.exit(1);
  }
}
