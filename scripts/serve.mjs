#!/usr/bin/env node
// Dependency-free static file server for the built site (used by scripts/run.sh, by
// Playwright's webServer and by scripts/bench.mjs). Loopback only. It serves the way a static
// host does, so tests and Lighthouse see what readers get:
//   * compressed: brotli (quality 11) when Accept-Encoding allows it, else gzip, else as is;
//     `Vary: Accept-Encoding`; compressed bodies are kept in memory per file and reused while
//     the file's mtime and size are unchanged (brotli ones are made for every file once it listens);
//   * the headers of scripts/headers.mjs on every response (CORS for sandboxed iframes,
//     nosniff, no-cache, and a CSP: for a page, the policy it states; else the strict one);
//   * a folder without its trailing slash is redirected to it (relative URLs need it);
//   * a missing file gets dist/404.html with status 404 when the build has one.
//
//   node scripts/serve.mjs [dir=dist] [port=8080]      (port 0: any free port)
//
// Prints `Serving <dir> at http://127.0.0.1:<port>/` once it listens, and `Compressed N files
// (brotli) in T s` once every brotli body is made.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { FILE_HEADERS, pageHeaders } from './headers.mjs';

const dirArg = process.argv[2] ?? 'dist';
const portArg = process.argv[3] ?? '8080';
const HOST = '127.0.0.1';

const port = Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: invalid port '${portArg}'`);
  process.exit(2);
}

const root = path.resolve(dirArg);
try {
  if (!(await stat(root)).isDirectory()) throw new Error('not a directory');
} catch {
  console.error(`serve: '${dirArg}' is not a directory (build the site first: trunk build --release)`);
  process.exit(1);
}

// [type, compressible]
const MIME = {
  '.html': ['text/html; charset=utf-8', true],
  '.htm': ['text/html; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.mjs': ['text/javascript; charset=utf-8', true],
  '.wasm': ['application/wasm', true],
  '.css': ['text/css; charset=utf-8', true],
  '.json': ['application/json; charset=utf-8', true],
  '.svg': ['image/svg+xml', true],
  '.png': ['image/png', false],
  '.ico': ['image/x-icon', true],
  '.webmanifest': ['application/manifest+json', true],
  '.txt': ['text/plain; charset=utf-8', true],
  '.xml': ['application/xml', true],
};
const OCTET_STREAM = ['application/octet-stream', false];

const NOT_FOUND_PAGE = Buffer.from(
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body><h1>404 Not Found</h1></body></html>\n',
);

// ---- content negotiation -----------------------------------------------------------------
/** 'br', 'gzip' or 'identity': brotli first, whatever order or weights the client gives. */
function pickEncoding(acceptEncoding) {
  const weights = new Map();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim());
    if (!coding) continue;
    const q = params.map((p) => p.match(/^q\s*=\s*([0-9.]+)$/)).find(Boolean);
    weights.set(coding, q ? Number(q[1]) : 1);
  }
  const accepted = (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (accepted('br')) return 'br';
  if (accepted('gzip')) return 'gzip';
  return 'identity';
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
function compress(buf, encoding) {
  if (encoding === 'br') {
    return brotli(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    });
  }
  return gzip(buf, { level: 9 });
}

// file + '\0' + kind -> { mtimeMs, size, value: Promise }: what was made from a file's bytes
// (its brotli or gzip body, a page's headers with the policy it states), reused while the
// file's mtime and size are unchanged and replaced after a rebuild, so it never holds more than
// one entry per file and kind.
const derived = new Map();
function fromFile(file, info, kind, make) {
  const key = `${file}\0${kind}`;
  const hit = derived.get(key);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.value;
  const entry = { mtimeMs: info.mtimeMs, size: info.size, value: readFile(file).then(make) };
  derived.set(key, entry);
  entry.value.catch(() => derived.get(key) === entry && derived.delete(key));
  return entry.value;
}
const encodedBody = (file, info, encoding) =>
  encoding === 'identity' ? readFile(file) : fromFile(file, info, encoding, (buf) => compress(buf, encoding));

// ---- responses ---------------------------------------------------------------------------
function sendText(res, status, body, extra = {}) {
  res.writeHead(status, {
    ...FILE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

/** Sends `file` (or `fallback` bytes when it is null) as `status`, compressed if the client allows. */
async function sendFile(req, res, status, file, info, fallback) {
  const [type, compressible] = file ? (MIME[path.extname(file).toLowerCase()] ?? OCTET_STREAM) : MIME['.html'];
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : 'identity';
  const body = file ? await encodedBody(file, info, encoding)
    : encoding === 'identity' ? fallback : await compress(fallback, encoding);
  // A page gets the policy it states (its inline texts' hashes); every other file the strict one.
  const html = file !== null && type === MIME['.html'][0];
  const headers = {
    ...(html ? await fromFile(file, info, 'headers', (buf) => pageHeaders(buf.toString('utf8'))) : FILE_HEADERS),
    'Content-Type': type,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
  };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function statFile(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }

  let rawPath, pathname;
  try {
    rawPath = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return sendText(res, 400, 'Bad Request\n');
  }
  // Refuse traversal outright (checked on the raw request path, before URL parsing would
  // normalise "/../" away), and NUL bytes and backslashes, which no file in dist needs.
  const suspicious = (p) => p.includes('\0') || p.includes('\\') || p.split('/').some((s) => s === '..' || s === '.');
  if (suspicious(rawPath) || suspicious(pathname)) {
    return sendText(res, 403, 'Forbidden\n');
  }
  if (pathname.endsWith('/')) pathname += 'index.html';

  const file = path.resolve(root, '.' + pathname);
  if (file !== root && !file.startsWith(root + path.sep)) {
    return sendText(res, 403, 'Forbidden\n');
  }

  const info = await statFile(file);
  if (info?.isFile()) return sendFile(req, res, 200, file, info);
  if (info?.isDirectory() && (await statFile(path.join(file, 'index.html')))?.isFile()) {
    const [pathPart, ...query] = (req.url ?? '/').split('?');
    const location = pathPart + '/' + (query.length ? '?' + query.join('?') : '');
    return sendText(res, 301, `Moved Permanently: ${location}\n`, { Location: location });
  }
  const notFound = path.join(root, '404.html');
  const notFoundInfo = await statFile(notFound);
  return notFoundInfo?.isFile()
    ? sendFile(req, res, 404, notFound, notFoundInfo)
    : sendFile(req, res, 404, null, null, NOT_FOUND_PAGE);
}

const respond = (req, res) => {
  handle(req, res).catch((err) => {
    console.error(`serve: error: ${req.url}: ${err.message}`);
    if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
    else res.destroy();
  });
};
const server = createServer(respond);

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`serve: error: port ${port} on ${HOST} is already in use; pick another port (node scripts/serve.mjs ${dirArg} PORT)`);
  } else {
    console.error(`serve: error: ${err.message}`);
  }
  process.exit(1);
});

// Once listening, make every brotli body in the background (the wasm first: about a second at
// quality 11), so a page load rarely waits for the compressor and the server is up at once; a
// request for a file still in the works waits for that same job.
async function prepare() {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (entry.isFile() && MIME[path.extname(file).toLowerCase()]?.[1]) files.push(file);
    }
  };
  await walk(root);
  const first = ['.wasm', '.js', '.css', '.html'];
  const rank = (f) => (first.includes(path.extname(f)) ? first.indexOf(path.extname(f)) : first.length);
  const started = Date.now();
  for (const file of files.sort((a, b) => rank(a) - rank(b))) {
    const info = await statFile(file);
    if (info?.isFile()) await encodedBody(file, info, 'br').catch(() => {});
  }
  // The benchmark waits for this line: a page measured while the compressor still runs
  // shares the CPU with it.
  console.log(`Compressed ${files.length} files (brotli) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

server.listen(port, HOST, () => {
  const actual = server.address().port;
  console.log(`Serving ${dirArg} at http://${HOST}:${actual}/`);
  prepare().catch(() => {});
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => process.exit(0));
}
