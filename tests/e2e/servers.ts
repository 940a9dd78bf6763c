// Extra copies of the project's server, for specs that need a site of their own (another
// build, another folder layout) beside the one playwright.config.ts serves.

import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Serves `dir` on `port` with the project's server; resolves once it listens. */
export function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(ROOT, 'scripts', 'serve.mjs'), dir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => String(d).includes('Serving') && resolve(child));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

/**
 * Serves `dir` with the project's server on a free port (so a spec's extra servers never meet
 * another checkout's on this machine); resolves with the child and its address once it
 * listens.
 */
export function serveAnywhere(dir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(ROOT, 'scripts', 'serve.mjs'), dir, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const listening = out.match(/Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (listening) resolve({ child, url: listening[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill();
  });
}

/** Writes a build's service worker again after its files changed (a new build id). */
export function rebuildWorker(dir: string): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    spawn('node', [path.join(ROOT, 'scripts', 'build-sw.mjs'), dir], { stdio: 'ignore' }).on('exit', (c) =>
      c === 0 ? resolve() : reject(new Error(`build-sw exited with ${c}`)),
    ),
  );
}

/**
 * Serves one article page at `http://localhost:<port>/` — another origin than the explainer
 * at 127.0.0.1, as a news site is, and a real loopback server, as Chromium's local network
 * access rules expect of a page that frames a local one.
 */
export async function serveArticle(html: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
