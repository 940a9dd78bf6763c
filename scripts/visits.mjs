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

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { freePort, startNginx } from './local-servers.mjs';

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
  if (!existsSync(path.join(dist, 'nginx.conf')))
    throw new Error(`${dist}/nginx.conf is missing: the build writes it (scripts/serving.mjs)`);
  const server = await startNginx(await freePort(), dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const url = new URL(p, server.url).href;
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
