#!/usr/bin/env node

// A news site for the embed specs: serves the host pages of this folder (tests/e2e/hosts/*.html
// and the host.js they share) and NPR's pym.js from node_modules, on another origin than the
// explainer, as a newsroom's site would be. Loopback only, on both 127.0.0.1 and ::1, so that
// Chromium reaches it as `localhost` whichever address it tries first. The same server seen as
// `http://127.0.0.1:<port>` is a third origin, which the specs use for a hostile frame.
//
// Dependency-free, unlike scripts/serve.mjs, which leaves finding files to sirv: here a request
// path is only a key into a table of those files, never joined to a folder, so there is no
// path to guard. A static-file library would open the whole folder (this server's own source
// too) and need a filter of ours to close it again.
//
//   node tests/e2e/hosts/serve.mjs [port=4174]

import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PYM = path.join(HERE, '..', '..', '..', 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js');

const portArg = process.argv[2] ?? '4174';
const port = Number(portArg);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`hosts: invalid port '${portArg}'`);
  process.exit(2);
}

/** The files this server hands out, by request path: nothing else can be asked for. */
async function files() {
  const map = new Map([['/pym.v1.min.js', [PYM, 'text/javascript; charset=utf-8']]]);
  for (const name of await readdir(HERE)) {
    if (name.endsWith('.html')) map.set(`/${name}`, [path.join(HERE, name), 'text/html; charset=utf-8']);
    if (name.endsWith('.js')) map.set(`/${name}`, [path.join(HERE, name), 'text/javascript; charset=utf-8']);
  }
  return map;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache' });
  res.end(body);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method Not Allowed\n');
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const known = await files();
  // Browsers ask every site for an icon; an empty answer keeps the console free of 404s.
  if (pathname === '/favicon.ico') {
    res.writeHead(204, { 'Cache-Control': 'no-cache' });
    return res.end();
  }
  if (pathname === '/') {
    // Playwright's readiness check, and a list for a person debugging a spec.
    const list = [...known.keys()].map((p) => `<li><a href="${p}">${p}</a></li>`).join('');
    return send(res, 200, 'text/html; charset=utf-8', `<!doctype html><title>Host pages</title><ul>${list}</ul>\n`);
  }
  const hit = known.get(pathname);
  if (!hit) return send(res, 404, 'text/plain', 'Not Found\n');
  let body;
  try {
    body = await readFile(hit[0]);
  } catch {
    return send(res, 500, 'text/plain', `missing ${path.relative(process.cwd(), hit[0])} (npm ci?)\n`);
  }
  res.writeHead(200, { 'Content-Type': hit[1], 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const handler = (req, res) => handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal Server Error\n'));
const v4 = createServer(handler);
v4.on('error', (err) => {
  console.error(`hosts: error on 127.0.0.1:${port}: ${err.message}`);
  process.exit(1);
});
v4.listen(port, '127.0.0.1', () => {
  console.log(`Serving host pages at http://localhost:${port}/ (and http://127.0.0.1:${port}/)`);
  // IPv6 loopback too, where the machine has it; without it `localhost` still reaches 127.0.0.1.
  const v6 = createServer(handler);
  v6.on('error', () => {});
  v6.listen(port, '::1');
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => process.exit(0));
}
