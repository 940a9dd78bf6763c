// The build served as news sites serve it (issue 29): by nginx, Caddy and Apache, each with the
// configuration the build ships (scripts/serving.mjs writes them from one description,
// serving.json), and by scripts/serve.mjs, the same checks on each. Over plain HTTP, for every
// file of the build: its status, type, headers, cache policy and, to a request that accepts
// brotli, the very bytes of the build's `.br` sibling; a 404 for a missing path, a path that
// leads out of the folder and a configuration file. In the browser, once per server: the
// English, Japanese and Korean pages with no console or policy error, the embed in a sandboxed
// iframe from another origin, and the site offline after one visit. The real servers run on
// E2E_PORT + 7, + 8 and + 9 (scripts/local-servers.mjs starts and stops them).

import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { startApache, startCaddy, startNginx } from '../../scripts/local-servers.mjs';
import { expect, test, watch } from './fixtures';
import { SITE_PORT } from './hosts/origins';

const DIST = path.resolve(__dirname, '..', '..', process.env.E2E_DIST ?? 'dist');
type Described = { 'Content-Type': string; 'Cache-Control': string; 'Content-Security-Policy': string; compressed: string[] };
const SERVING: { headers: Record<string, string>; notFound: string | null; files: Record<string, Described> } = JSON.parse(
  readFileSync(path.join(DIST, 'serving.json'), 'utf8'),
);

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
/** One request exactly as written (no decompression, no resolving of `..`). */
function raw(base: string, target: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(base, { path: target, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

type Server = Awaited<ReturnType<typeof startNginx>>;

const SERVERS: [string, (port: number, dist: string) => Promise<Server>][] = [
  ['serve.mjs', async () => ({ name: 'serve.mjs', url: `http://127.0.0.1:${SITE_PORT}/`, stop: async () => {} })],
  ['nginx', startNginx],
  ['caddy', startCaddy],
  ['apache', startApache],
];

test.describe('hosting', () => {
  test.skip(({ isMobile }) => isMobile, 'the servers answer every screen alike; once is enough');
  // One worker starts each server once, on its own port.
  test.describe.configure({ mode: 'serial' });

  SERVERS.forEach(([name, startServer], i) => {
    test.describe(name, () => {
      let server: Server;
      test.beforeAll(async () => {
        // Hooks run even where every test is skipped: the phone project's worker would start
        // a second server on the same port (and end the first, as a leftover).
        if (test.info().project.use.isMobile) return;
        server = await startServer(SITE_PORT + 6 + i, DIST);
      });
      test.afterAll(async () => {
        await server?.stop();
      });

      test('every file: status, type, headers, cache policy and the build’s brotli bytes', async () => {
        // The description itself: the wasm, its script and the stylesheet carry Trunk's hash
        // and are kept a year; the worker never; the pages are revalidated.
        const named = (re: RegExp) => Object.entries(SERVING.files).filter(([f]) => re.test(f));
        for (const re of [/_bg\.wasm$/, /^explainer-[0-9a-f]+\.js$/, /^main-[0-9a-f]+\.css$/]) {
          expect(named(re).map(([f, d]) => [f, d['Cache-Control']])).toEqual([[named(re)[0]?.[0], 'public, max-age=31536000, immutable']]);
        }
        expect(SERVING.files['sw.js']['Cache-Control']).toBe('no-store');
        for (const f of ['index.html', 'ja/index.html', 'ko/index.html', 'embed.js', 'manifest.webmanifest', 'icons/icon.svg']) {
          expect(SERVING.files[f]?.['Cache-Control'], f).toBe('no-cache');
        }
        for (const [rel, f] of Object.entries(SERVING.files)) {
          const urls = [`/${rel}`, ...(/(^|\/)index\.html$/.test(rel) ? [`/${rel.replace(/index\.html$/, '')}`] : [])];
          for (const url of urls) {
            const r = await raw(server.url, url, 'gzip, deflate, br');
            const what = `${name} ${url}`;
            expect(r.status, what).toBe(200);
            expect(r.headers['content-type'], what).toBe(f['Content-Type']);
            expect(r.headers['cache-control'], what).toBe(f['Cache-Control']);
            expect(r.headers['content-security-policy'], what).toBe(f['Content-Security-Policy']);
            for (const [header, value] of Object.entries(SERVING.headers)) {
              if (header !== 'Content-Security-Policy') expect(r.headers[header.toLowerCase()], `${what}: ${header}`).toBe(value);
            }
            expect(r.headers['x-frame-options'], what).toBeUndefined();
            if (f.compressed.includes('br')) {
              expect(r.headers['content-encoding'], what).toBe('br');
              expect(String(r.headers.vary), what).toMatch(/^Accept-Encoding$/i);
              expect(r.body.equals(readFileSync(path.join(DIST, `${rel}.br`))), `${what}: the build's .br`).toBe(true);
            } else {
              expect(r.headers['content-encoding'], what).toBeUndefined();
              expect(r.body.equals(readFileSync(path.join(DIST, rel))), what).toBe(true);
            }
          }
        }
        // gzip where brotli is not accepted, and the file as it is where nothing is.
        const wasm = Object.keys(SERVING.files).find((f) => f.endsWith('.wasm'))!;
        const gz = await raw(server.url, `/${wasm}`, 'gzip');
        expect(gz.headers['content-encoding'], `${name} gzip`).toBe('gzip');
        expect(gz.body.equals(readFileSync(path.join(DIST, `${wasm}.gz`)))).toBe(true);
        const plain = await raw(server.url, `/${wasm}`);
        expect(plain.headers['content-encoding'], `${name} identity`).toBeUndefined();
        expect(plain.body.equals(readFileSync(path.join(DIST, wasm)))).toBe(true);
        // A folder without its slash is sent to it (the pages' relative URLs need it).
        const folder = await raw(server.url, '/ja');
        expect([301, 308], `${name} /ja`).toContain(folder.status);
        expect(new URL(String(folder.headers.location), server.url).pathname).toBe('/ja/');
      });

      test('a missing path, a path out of the folder and a configuration file get a 404, never a file', async () => {
        for (const target of [
          '/no-such-file',
          '/ja/no-such-page.html',
          '/_headers',
          '/nginx.conf',
          '/Caddyfile',
          '/.htaccess',
          '/serving.json',
        ]) {
          const r = await raw(server.url, target, 'br');
          expect(r.status, `${name} ${target}`).toBe(404);
          expect(r.headers['content-security-policy'], `${name} ${target}`).toBeTruthy();
          expect(r.headers['x-content-type-options'], `${name} ${target}`).toBe('nosniff');
          // The build's own 404 page where it has one, as the build compressed it.
          if (SERVING.notFound) {
            const body = r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.body;
            expect(body.equals(readFileSync(path.join(DIST, SERVING.notFound))), `${name} ${target}: the build's 404 page`).toBe(true);
          }
        }
        // A browser resolves `..` itself; a client that sends it meets a refusal: a 404, or from
        // nginx and Apache a 400 before any lookup. Either way nothing outside the folder.
        for (const target of ['/../package.json', '/%2e%2e/package.json', '/ja/../../package.json', '/..%2fpackage.json']) {
          const r = await raw(server.url, target);
          expect([400, 404], `${name} ${target}`).toContain(r.status);
          expect(r.body.toString('utf8'), `${name} ${target}`).not.toContain('devDependencies');
        }
      });

      test('the pages in three languages, the embed in a sandboxed frame, and offline after one visit', async ({ browser }) => {
        const context = await browser.newContext({ baseURL: server.url });
        const page = await context.newPage();
        const watched = await watch(page, { siteOrigin: new URL(server.url).origin, allowedConsoleErrors: [/\/favicon\.ico/] });
        for (const [lang, p] of [
          ['ja', 'ja/'],
          ['ko', 'ko/'],
          ['en', './'],
        ]) {
          await page.goto(p);
          await expect(page.locator('html'), `${name} ${p}`).toHaveAttribute('lang', lang);
          await expect(page.locator('html.live'), `${name} ${p} taken over`).toBeAttached({ timeout: 20_000 });
        }
        await page.evaluate(() => navigator.serviceWorker.ready);
        await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
        await context.setOffline(true);
        await page.reload();
        await expect(page.locator('html.live'), `${name} offline`).toBeAttached();
        await page.goto('ko/');
        await expect(page.locator('#glossary h2'), `${name} offline, Korean`).toHaveText('용어집');
        await context.setOffline(false);
        expect(watched.problems(), name).toEqual([]);
        await context.close();

        // The embed from another origin (an opaque one: a sandboxed frame of about:blank).
        const host = await browser.newContext();
        const article = await host.newPage();
        const framed = await watch(article, { siteOrigin: new URL(server.url).origin });
        await article.setContent(
          `<iframe sandbox="allow-scripts" src="${server.url}embed/gaps.html" title="explainer" width="800" height="600"></iframe>`,
        );
        const frame = article.frameLocator('iframe');
        await expect(frame.locator('html.live'), `${name} embed`).toBeAttached({ timeout: 20_000 });
        expect(framed.problems(), `${name} embed`).toEqual([]);
        await host.close();
      });
    });
  });
});
