#!/usr/bin/env node
// Tiny dependency-free static file server for the built site (used by scripts/run.sh and by
// Playwright's webServer). Loopback only.
//
//   node scripts/serve.mjs [dir=dist] [port=8080]
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

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

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

const NOT_FOUND_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body><h1>404 Not Found</h1></body></html>\n';

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method Not Allowed\n');
  }

  let rawPath, pathname;
  try {
    rawPath = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'Bad Request\n');
  }
  // Refuse traversal outright (checked on the raw request path, before URL parsing would
  // normalise "/../" away), and NUL bytes and backslashes, which no file in dist needs.
  const suspicious = (p) => p.includes('\0') || p.includes('\\') || p.split('/').some((s) => s === '..' || s === '.');
  if (suspicious(rawPath) || suspicious(pathname)) {
    return send(res, 403, 'Forbidden\n');
  }
  if (pathname.endsWith('/')) pathname += 'index.html';

  const file = path.resolve(root, '.' + pathname);
  if (file !== root && !file.startsWith(root + path.sep)) {
    return send(res, 403, 'Forbidden\n');
  }

  let info;
  try {
    info = await stat(file);
  } catch {
    info = null;
  }
  if (!info || !info.isFile()) {
    return send(res, 404, NOT_FOUND_PAGE, MIME['.html']);
  }

  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    // An embed in WordPress's sandbox has an opaque origin: its module scripts, wasm and
    // stylesheet (checked by integrity) are cross-origin loads that need CORS.
    'Access-Control-Allow-Origin': '*',
  });
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
});

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
