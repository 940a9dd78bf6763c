#!/usr/bin/env node

// Static file server for the built site (used by scripts/run.sh, by Playwright's webServer and
// by scripts/bench.mjs). Loopback only. The maintained library sirv finds and sends the file a
// request names. Every request path is resolved once: a path that is not a plain one (a target
// that is not `/…`, a broken %-escape or a control character: 400; a `.` or `..` segment, an
// encoded `/` or a `\`: 404, since no file of a site is named so) is answered before any
// lookup, and sirv, which looks only inside the served folder, finds the file. This thin
// wrapper answers the way the build's own host configurations do (scripts/serving.mjs writes
// them, with the types and cache policies this imports from it), so tests and Lighthouse see
// what readers get:
//   * compressed as the build compressed it: the `.br` sibling when Accept-Encoding allows
//     brotli, else the `.gz` one, else the file as is (sirv sends them; `Vary: Accept-Encoding`).
//     Nothing is compressed here: a file without siblings, or whose sibling is not its own
//     (rewritten in place), is sent as it is;
//   * on every response the headers of the build it belongs to, as the build's `_headers` gives
//     them (read by scripts/headers.mjs: CORS for sandboxed iframes, nosniff, and the CSP of the
//     file's own rule; a file without one, a page the build's, else the build's without its
//     hashes), the type of its kind and
//     its cache policy (a hashed name a year, immutable; sw.js no-store; the rest no-cache); a
//     folder holding several builds (copies in sub-folders) sends each file its own build's;
//   * a folder without its trailing slash is redirected to it (relative URLs need it);
//   * a missing file, and the hosts' configuration files of a build (`_headers`, nginx.conf…),
//     get the build's 404.html with status 404 when it has one.
//
//   node scripts/serve.mjs [dir=dist] [port=8080]      (port 0: any free port)
//
// Prints `Serving <dir> at http://127.0.0.1:<port>/` once it listens.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import sirv from 'sirv';
import { headersOf, readRules } from './headers.mjs';
import { CONFIG_FILES, cacheControl, TYPES, typeOf } from './serving.mjs';

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
  if (!statSync(root).isDirectory()) throw new Error('not a directory');
} catch {
  console.error(`serve: '${dirArg}' is not a directory (build the site first: trunk build --release)`);
  process.exit(1);
}

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
// to `/ja/`, not answered with ja/index.html, whose relative URLs would then miss. With
// `brotli` and `gzip` it sends a file's `.br` or `.gz` sibling, when there is one and the
// request's Accept-Encoding (which the wrapper narrows to its one choice) names that coding.
const lookup = sirv(root, {
  dev: true,
  etag: true,
  extensions: [],
  brotli: true,
  gzip: true,
  // Called once sirv has found the file (`pathname`: the path it was asked for, decoded), before
  // it sends it: the wrapper's headers, which sirv's own give way to.
  setHeaders: (res, pathname) => {
    const file = path.join(root, pathname);
    const [type] = typeOf(file);
    const build = buildAt(path.dirname(file));
    const headers = {
      ...headersIn(build, file),
      'Content-Type': type,
      'Cache-Control': cacheControl(relativeTo(build, file)),
    };
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  },
});

/** Whether the file `name` (a request path, still %-encoded) names lies in the folder. */
function exists(name) {
  try {
    const file = path.join(root, decodeURIComponent(name));
    return inside(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

// ---- content negotiation -----------------------------------------------------------------
/** Whether a request whose Accept-Encoding is `acceptEncoding` takes `coding`, by its weights. */
function accepts(acceptEncoding, coding) {
  const weights = new Map();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.map((p) => p.match(/^q\s*=\s*([0-9.]+)$/)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  return (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

/**
 * 'br', 'gzip' or 'identity': the coding whose sibling of `file` (an absolute path) is sent,
 * brotli first, whatever order or weights the client gives. A sibling that is not the file's
 * (a file rewritten in place: a spec does it, or a partial upload) is passed over: then the
 * next, or the file as it is.
 */
function pickEncoding(acceptEncoding, file) {
  for (const [coding, ext] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ]) {
    if (accepts(acceptEncoding, coding) && isSiblingOf(file + ext, file, coding)) return coding;
  }
  return 'identity';
}

// Siblings found to be their file's, or not, by the two files' sizes and times when checked.
const checked = new Map();

/**
 * Whether `sibling` holds `file` compressed with `coding`. Decided by content, not by times:
 * a copied folder (a spec's, or a host's upload) gives files new times in any order. Checked
 * once per version of the two files.
 */
function isSiblingOf(sibling, file, coding) {
  let key;
  try {
    const [f, s] = [statSync(file), statSync(sibling)];
    key = `${f.size}:${f.mtimeMs}:${s.size}:${s.mtimeMs}`;
  } catch {
    return false;
  }
  if (checked.get(sibling)?.key === key) return checked.get(sibling).same;
  let same = false;
  try {
    const packed = readFileSync(sibling);
    const unpacked = coding === 'br' ? zlib.brotliDecompressSync(packed) : zlib.gunzipSync(packed);
    same = unpacked.equals(readFileSync(file));
  } catch {}
  checked.set(sibling, { key, same });
  return same;
}

// ---- headers -----------------------------------------------------------------------------
// A response that belongs to no build (the folder above several copies): it holds no page, so
// it gets the tightest policy.
const NO_SITE = new Map([['/*', { 'Content-Security-Policy': "default-src 'none'", 'X-Content-Type-Options': 'nosniff' }]]);

/**
 * The build that `dir` (an absolute folder inside the served one) lies in, as `{ dir, rules }`:
 * the folder of the nearest `_headers` at or above it, up to the served folder, and its rules.
 * Read anew on every request (a small file), so a rebuild is seen at once.
 */
function buildAt(dir) {
  // Ends at the served folder, and should `dir` ever lie outside it, at the filesystem's
  // root (whose parent is itself).
  for (let at = dir; inside(at); at = path.dirname(at)) {
    const rules = readRules(at);
    if (rules) return { dir: at, rules };
    if (at === root || path.dirname(at) === at) break;
  }
  return { dir: root, rules: NO_SITE };
}

/** `file`'s path inside `build` (`/`-separated), as its `_headers` and cache rules name it. */
const relativeTo = (build, file) => path.relative(build.dir, file).split(path.sep).join('/');

/** The headers of a response of `build` that is no file of it (an error's text): the strict policy. */
const noFileHeaders = (build) => headersOf(build.dir, build.rules, null, false);

/** The headers `build`'s `_headers` gives `file` (its own rule's policy; a page the site's). */
const headersIn = (build, file) => headersOf(build.dir, build.rules, relativeTo(build, file), typeOf(file)[0] === TYPES['.html'][0]);

// ---- responses ---------------------------------------------------------------------------
function sendText(res, status, body, extra = {}) {
  res.writeHead(status, {
    ...noFileHeaders(buildAt(root)),
    'Cache-Control': 'no-cache',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

/** The served folder's 404.html (its `.br` or `.gz` sibling as the client allows), else a built-in page, with status 404. */
function notFound(req, res) {
  const page = path.join(root, '404.html');
  const own = existsSync(page);
  const build = buildAt(root);
  const html = own ? readFileSync(page) : NOT_FOUND_PAGE;
  const wanted = pickEncoding(req.headers['accept-encoding'], page);
  const encoded = wanted !== 'identity';
  const body = encoded ? readFileSync(`${page}.${wanted === 'br' ? 'br' : 'gz'}`) : html;
  res.writeHead(404, {
    // The build's 404 page as its rule says; the built-in one, which is no file of the
    // build and has no inline texts, as any other response that is no file.
    ...(own ? headersIn(build, page) : noFileHeaders(build)),
    'Cache-Control': 'no-cache',
    'Content-Type': TYPES['.html'][0],
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(encoded ? { 'Content-Encoding': wanted } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function handle(req, res) {
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
  // The hosts' configuration files are no part of the site.
  const base = decodeURIComponent(pathPart.slice(pathPart.lastIndexOf('/') + 1)).replace(/\.(br|gz)$/, '');
  if (CONFIG_FILES.includes(base)) return notFound(req, res);

  const name = pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
  if (exists(name)) {
    // sirv reads the path from req.url and picks the sibling from Accept-Encoding, which is
    // narrowed to the one coding chosen here (sirv would send brotli to `br;q=0`).
    const encoding = pickEncoding(req.headers['accept-encoding'], path.join(root, decodeURIComponent(name)));
    req.url = `${name}${query}`;
    req.headers['accept-encoding'] = encoding === 'identity' ? '' : encoding;
    return lookup(req, res, () => notFound(req, res));
  }
  if (!pathPart.endsWith('/') && exists(`${pathPart}/index.html`)) {
    // One leading slash only: `//ja/` would send the browser to a host named "ja". (The path
    // holds no `\`, which browsers read as `/`: refusal() turned it away.)
    const location = `${pathPart.replace(/^\/+/, '/')}/${query}`;
    return sendText(res, 301, `Moved Permanently: ${location}\n`, { Location: location });
  }
  return notFound(req, res);
}

const respond = (req, res) => {
  try {
    handle(req, res);
  } catch (err) {
    console.error(`serve: error: ${req.url}: ${err.message}`);
    if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
    else res.destroy();
  }
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

server.listen(port, HOST, () => {
  const actual = server.address().port;
  console.log(`Serving ${dirArg} at http://${HOST}:${actual}/`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => process.exit(0));
}
