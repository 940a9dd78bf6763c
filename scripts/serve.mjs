#!/usr/bin/env node

// Static file server for the built site (used by scripts/run.sh, by Playwright's webServer and
// by scripts/bench.mjs). Loopback only. The maintained library sirv finds the file a request
// names. Every request path is resolved once: a path that is not a plain one (a target that is
// not `/…`, a broken %-escape or a control character: 400; a `.` or `..` segment, an encoded
// `/` or a `\`: 404, since no file of a site is named so) is answered before any lookup, and
// everything after it (the type, the build's headers, the compressed body) comes from the file
// sirv found, confined to the served folder with path.relative. This thin wrapper answers the
// way a static host does, so tests and Lighthouse see what readers get:
//   * compressed: brotli (quality 11) when Accept-Encoding allows it, else gzip, else as is;
//     `Vary: Accept-Encoding`; compressed bodies are kept in memory per file (by the file
//     found, so two spellings of a path share one), reused while its mtime and size are
//     unchanged, the least recently used dropped past 64 MB (brotli ones are made for every
//     file once it listens);
//   * on every response the headers of the build it belongs to, as the build's `_headers` gives
//     them (read by scripts/headers.mjs: CORS for sandboxed iframes, nosniff, and a CSP: for a
//     page, the policy it states; else the build's without its hashes), plus no-cache; a folder
//     holding several builds (copies in sub-folders) sends each file its own build's;
//   * a folder without its trailing slash is redirected to it (relative URLs need it);
//   * a missing file gets dist/404.html with status 404 when the build has one.
// On its own sirv would stream the file as it lies on disk, always with status 200, compressed
// only where a .br or .gz copy lies beside it; so it reads the file into memory for the
// wrapper (find()), which sends it.
//
//   node scripts/serve.mjs [dir=dist] [port=8080]      (port 0: any free port)
//
// Prints `Serving <dir> at http://127.0.0.1:<port>/` once it listens, and `Compressed N files
// (brotli) in T s` once every brotli body is made.

import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import sirv from 'sirv';
import { fileHeaders, pageHeaders, readHeaders } from './headers.mjs';

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

// ---- request paths -----------------------------------------------------------------------
/**
 * Why the request path `raw` (before any `?`, still %-encoded) names no file, as a status
 * (400: not a path, or not one that decodes; 404: a form no file of a site has), or 0 if it
 * may be looked up. Browsers send none of the refused forms (they resolve `..` and never
 * encode a `/`); a client that does gets its answer here, before sirv, which would resolve
 * `a%2f..` one way and the folder walk for the headers another.
 */
function refusal(raw) {
  if (!raw.startsWith('/')) return 400;
  for (const segment of raw.split('/')) {
    let name;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return 400;
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    if (/[\u0000-\u001f\u007f]/.test(name)) return 400;
    if (name === '.' || name === '..' || /[/\\]/.test(name)) return 404;
  }
  return 0;
}

/** Whether `file` (an absolute path) lies inside the served folder (or is it). */
function inside(file) {
  const rel = path.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

// ---- finding files -----------------------------------------------------------------------
// sirv looks a file up when it is asked for (dev mode), because files change while this runs
// (a rebuild; the specs rewrite pages and workers in place), and the list it otherwise makes
// at start would keep their old lengths. It guesses no extensions: `/ja` must be redirected
// to `/ja/`, not answered with ja/index.html, whose relative URLs would then miss.
const lookup = sirv(root, {
  dev: true,
  extensions: [],
  // The one hook of sirv's that sees the file it found: find() keeps its stats (mtime, size).
  setHeaders: (sink, _pathname, stats) => {
    sink.stats = stats;
  },
});

/**
 * The file that `name` (a request path that refusal() let through, still %-encoded) names in
 * the folder, as `{ file, stats, body }` (`file`: its absolute path, as sirv resolved it), or
 * null if there is none. sirv writes the file into a sink here rather than into the response,
 * so that the wrapper can send it compressed, with the site's headers and with its own status.
 */
function find(name) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let file = null;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    // The two response methods sirv (3.x, pinned by package-lock.json) calls before it pipes
    // the file in. Its headers are dropped: the wrapper makes its own.
    sink.getHeader = () => undefined;
    sink.writeHead = () => {};
    // The stream sirv pipes in is the file it found (fs.createReadStream(<absolute path>)):
    // from here on, that file is what the request names.
    sink.on('pipe', (stream) => {
      file = typeof stream.path === 'string' ? path.resolve(stream.path) : null;
      stream.on('error', reject);
    });
    sink.on('finish', () => resolve(file && inside(file) ? { file, stats: sink.stats, body: Buffer.concat(chunks) } : null));
    // No request headers, so no Range: the wrapper compresses and sends whole files only.
    lookup({ url: name, headers: {} }, sink, () => resolve(null));
  });
}

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

// The most bytes of compressed bodies kept: a few builds' worth (one build's brotli bodies are
// about 0.5 MB), while a folder of many copies cannot grow the server without bound.
const DERIVED_LIMIT = 64 * 1024 * 1024;
// file + '\0' + kind -> { mtimeMs, size, bytes, value: Promise }: what was made from a file's
// bytes (its brotli or gzip body), keyed by the file found, so every spelling of its path
// shares one body and one compression job. Reused while the file's mtime and size are
// unchanged, replaced after a rebuild; in order of last use, so the least recently used go
// first once the bodies pass DERIVED_LIMIT. The built-in 404 page (no file) is made anew.
const derived = new Map();
let derivedBytes = 0;
function forget(key) {
  const entry = derived.get(key);
  if (!entry) return;
  derived.delete(key);
  derivedBytes -= entry.bytes;
}
function fromFile({ file, stats, body }, kind, make) {
  if (!file) return make(body);
  const key = `${file}\0${kind}`;
  const hit = derived.get(key);
  if (hit && hit.mtimeMs === stats.mtimeMs && hit.size === stats.size) {
    derived.delete(key);
    derived.set(key, hit);
    return hit.value;
  }
  forget(key);
  const entry = { mtimeMs: stats.mtimeMs, size: stats.size, bytes: 0, value: Promise.resolve(body).then(make) };
  derived.set(key, entry);
  entry.value.then(
    (made) => {
      if (derived.get(key) !== entry) return;
      entry.bytes = made.length;
      derivedBytes += made.length;
      for (const old of derived.keys()) {
        if (derivedBytes <= DERIVED_LIMIT || old === key) break;
        forget(old);
      }
    },
    () => derived.get(key) === entry && forget(key),
  );
  return entry.value;
}
const encodedBody = (file, encoding) => (encoding === 'identity' ? file.body : fromFile(file, encoding, (buf) => compress(buf, encoding)));

// ---- headers -----------------------------------------------------------------------------
// Revalidate every time, so a rebuild (and a new sw.js) is seen on the next load. Only this
// server's: a host caches as it sees fit.
const LOCAL_HEADERS = { 'Cache-Control': 'no-cache' };
// A response that belongs to no build (the folder above several copies): it holds no page, so
// it gets the tightest policy.
const NO_SITE = { 'Content-Security-Policy': "default-src 'none'", 'X-Content-Type-Options': 'nosniff' };

/**
 * The headers of the build that `dir` (an absolute folder inside the served one) lies in:
 * those of the nearest `_headers` at or above it, up to the served folder. Read anew on every
 * request (a small file), so a rebuild is seen at once.
 */
function siteOf(dir) {
  // Ends at the served folder, and should `dir` ever lie outside it, at the filesystem's
  // root (whose parent is itself).
  for (let at = dir; inside(at); at = path.dirname(at)) {
    const headers = readHeaders(at);
    if (headers) return headers;
    if (at === root || path.dirname(at) === at) break;
  }
  return NO_SITE;
}

// ---- responses ---------------------------------------------------------------------------
function sendText(res, status, body, extra = {}) {
  res.writeHead(status, {
    ...fileHeaders(siteOf(root)),
    ...LOCAL_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

/** Sends `file` (from find(), or the built-in 404 page) as `status`, compressed if the client allows. */
async function sendFile(req, res, status, file) {
  // The type of the file found (`/index%2ehtml` is index.html); the built-in 404 page is HTML.
  const [type, compressible] = file.file ? (MIME[path.extname(file.file).toLowerCase()] ?? OCTET_STREAM) : MIME['.html'];
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : 'identity';
  const body = await encodedBody(file, encoding);
  // A page gets the policy it states (its inline texts' hashes); every other file the build's
  // without them.
  const site = siteOf(file.file ? path.dirname(file.file) : root);
  const html = type === MIME['.html'][0];
  const headers = {
    ...(html ? pageHeaders(site, file.body.toString('utf8')) : fileHeaders(site)),
    ...LOCAL_HEADERS,
    'Content-Type': type,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
  };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function notFound(req, res) {
  const page = await find('/404.html');
  return sendFile(req, res, 404, page ?? { file: null, stats: null, body: NOT_FOUND_PAGE });
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }

  // A request may name its target in absolute form (`GET http://host/path`); its path is the
  // same path.
  const target = (req.url ?? '/').replace(/^https?:\/\/[^/?#]*(?=[/?]|$)/i, '') || '/';
  const at = target.indexOf('?');
  const pathPart = at < 0 ? target : target.slice(0, at);
  const query = at < 0 ? '' : target.slice(at);
  const refused = refusal(pathPart);
  if (refused === 404) return notFound(req, res);
  if (refused) return sendText(res, refused, 'Bad Request\n');

  const file = await find(pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart);
  if (file) return sendFile(req, res, 200, file);
  if (!pathPart.endsWith('/') && (await find(`${pathPart}/index.html`))) {
    // One leading slash only: `//ja/` would send the browser to a host named "ja". (The path
    // holds no `\`, which browsers read as `/`: refusal() turned it away.)
    const location = `${pathPart.replace(/^\/+/, '/')}/${query}`;
    return sendText(res, 301, `Moved Permanently: ${location}\n`, { Location: location });
  }
  return notFound(req, res);
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
    // Under the file's own path, which is what a request for it finds.
    const read = await Promise.all([stat(file), readFile(file)]).catch(() => null);
    if (read) await encodedBody({ file, stats: read[0], body: read[1] }, 'br').catch(() => {});
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
