// scripts/serve.mjs serves the built site the way README ("Hosting") asks a static host to:
// the headers of scripts/headers.mjs on every response, brotli or else gzip as the client
// allows, and a 404 for a missing file; and with those headers the explainer starts inside
// a sandboxed iframe, whose origin is opaque.

import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from './fixtures';

// The headers as scripts/headers.mjs prints them for the build under test (`Name: value`
// lines). Read through its command line: Playwright's TypeScript loader cannot import an .mjs
// module here.
const DIST = path.resolve(__dirname, '..', '..', process.env.E2E_DIST ?? 'dist');
const HEADERS: [string, string][] = execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'headers.mjs'), DIST], {
  encoding: 'utf8',
})
  .trim()
  .split('\n')
  .map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]);

/** The pages' policy without its two hashes: what every other file is sent. */
const STRICT_POLICY = HEADERS.find(([name]) => name === 'Content-Security-Policy')![1].replace(/ 'sha256-[^']+'/g, '');

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One request as sent (no automatic decompression), so encodings and lengths can be checked;
 * `asIs` sends that path exactly as written (a URL would resolve its `..` before sending). */
function raw(
  url: string,
  { method = 'GET', acceptEncoding, asIs }: { method?: string; acceptEncoding?: string; asIs?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const req = request(url, { method, headers, ...(asIs === undefined ? {} : { path: asIs }) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(r: Reply): Buffer {
  const encoding = r.headers['content-encoding'];
  return encoding === 'br' ? zlib.brotliDecompressSync(r.body) : encoding === 'gzip' ? zlib.gunzipSync(r.body) : r.body;
}

/** The wasm file the root page loads (its name carries the build's hash). */
async function wasmOf(baseURL: string): Promise<string> {
  const html = (await raw(baseURL)).body.toString('utf8');
  return html.match(/[\w.-]+_bg\.wasm/)![0];
}

test.describe('server', () => {
  test.skip(({ isMobile }) => isMobile, 'the server is the same for every screen; once is enough');

  test('every response carries the site headers, and none that forbids framing', async ({ baseURL }) => {
    for (const p of ['', 'ja/', 'embed/gaps.html', await wasmOf(baseURL!), 'data/dispute.json', 'icons/icon-192.png', 'no-such-file']) {
      const r = await raw(new URL(p, baseURL).href, { acceptEncoding: 'br' });
      const page = p === '' || p.endsWith('/') || p.endsWith('.html');
      for (const [name, value] of HEADERS) {
        // A page gets the policy the build's pages state; any other file the strict one.
        const expected = name === 'Content-Security-Policy' && !page ? STRICT_POLICY : value;
        expect(String(r.headers[name.toLowerCase()]), `${name} of /${p}`).toBe(expected);
      }
      expect(r.headers['x-frame-options'], `/${p}`).toBeUndefined();
      expect(String(r.headers['content-security-policy'])).not.toContain('frame-ancestors');
      expect(r.status, `/${p}`).toBe(p === 'no-such-file' ? 404 : 200);
    }
  });

  test('a path that leads out of the built folder finds nothing, however it is spelled', async ({ baseURL }) => {
    // dist/ lies in the repository, so ../package.json would exist; the server must not reach it.
    for (const p of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/ja/../../package.json',
      '/..%5cpackage.json',
    ]) {
      const r = await raw(baseURL!, { asIs: p });
      expect(r.status, p).toBe(404);
      expect(r.body.toString('utf8'), p).not.toContain('"devDependencies"');
    }
  });

  test('compresses with brotli, else gzip, else not at all, with the right length', async ({ baseURL }) => {
    const url = new URL(await wasmOf(baseURL!), baseURL).href;
    const plain = await raw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const cases: [string, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', undefined],
    ];
    for (const [acceptEncoding, encoding] of cases) {
      const r = await raw(url, { acceptEncoding });
      expect(r.headers['content-encoding'], acceptEncoding).toBe(encoding);
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(decoded(r).equals(plain.body), `${acceptEncoding}: same bytes once decoded`).toBe(true);
      const head = await raw(url, { method: 'HEAD', acceptEncoding });
      expect(head.headers['content-length'], `HEAD, ${acceptEncoding}`).toBe(r.headers['content-length']);
      expect(head.body.length).toBe(0);
    }
  });

  // The module script and the wasm are CORS requests from an opaque origin, which
  // Access-Control-Allow-Origin lets through.
  test('the explainer starts inside a sandboxed iframe (opaque origin)', async ({ page, baseURL }) => {
    await page.setContent(`<iframe sandbox="allow-scripts" src="${baseURL}" title="explainer" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(frame.locator('section#timeline h2')).toBeVisible();
    await expect(frame.locator('html.live')).toBeAttached();
  });
});
