// The real web servers a newsroom serves the build with, each configured by the file the build
// ships (scripts/serving.mjs): nginx with nginx.conf, Caddy with Caddyfile and Apache with
// .htaccess. Debian's packages (scripts/setup.sh installs them, never as running services);
// each runs here as a private instance on a loopback port, in a folder of its own named after
// the port, with a copy of the build that its unprivileged workers can read, and is stopped by
// its caller (what a killed run left there is stopped by the next, by its pid file).
// HOSTING_KEEP=1 keeps each server's folder (its configuration and logs) after it stops, to
// look at after a failure.
//
// Used by the hosting spec (tests/e2e/hosting.spec.ts) and by the bench's visits
// (scripts/visits.mjs); the process helpers below also start the WordPress spec's Apache and
// MariaDB (tests/e2e/wordpress/wordpress.ts).

import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** @typedef {{ name: string, url: string, stop: () => Promise<void> }} Server */

export const APACHE_MODULES = '/usr/lib/apache2/modules';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const ROOT = process.getuid?.() === 0;

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

/** A fresh folder for the server on `port`, holding a world-readable copy of `dist` as `site`. */
async function prepare(name, port, dist) {
  const dir = path.join(tmpdir(), `explainer-hosting-${name}-${port}`);
  await endLeftover(path.join(dir, 'server.pid'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const site = path.join(dir, 'site');
  cpSync(dist, site, { recursive: true });
  (function open(at) {
    chmodSync(at, statSync(at).isDirectory() ? 0o755 : 0o644);
    if (statSync(at).isDirectory()) for (const f of readdirSync(at)) open(path.join(at, f));
  })(dir);
  return { dir, site };
}

/** nginx serving a copy of `dist` with its nginx.conf on 127.0.0.1:`port`. @returns {Promise<Server>} */
export async function startNginx(port, dist) {
  const { dir, site } = await prepare('nginx', port, dist);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      ...(existsSync(BROTLI_STATIC) ? [`load_module ${BROTLI_STATIC};`] : []),
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/server.pid;`,
      `error_log ${dir}/error.log warn;`,
      ...(ROOT ? ['user nobody nogroup;'] : []),
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/tmp-${t};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${site};`,
      `    include ${site}/nginx.conf;`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child = start('/usr/sbin/nginx', ['-p', dir, '-c', `${dir}/nginx.conf`], dir);
  return running('nginx', port, dir, child, 'error.log');
}

/** Caddy serving a copy of `dist` with its Caddyfile on 127.0.0.1:`port`. @returns {Promise<Server>} */
export async function startCaddy(port, dist) {
  const { dir, site } = await prepare('caddy', port, dist);
  writeFileSync(
    path.join(dir, 'Caddyfile'),
    [
      '{',
      '  admin off',
      '  auto_https off',
      `  storage file_system ${dir}/data`,
      '}',
      `http://127.0.0.1:${port} {`,
      '  bind 127.0.0.1',
      `  root * ${site}`,
      `  import ${site}/Caddyfile`,
      '}',
      '',
    ].join('\n'),
  );
  const child = start(
    '/usr/bin/caddy',
    ['run', '--config', `${dir}/Caddyfile`, '--adapter', 'caddyfile', '--pidfile', `${dir}/server.pid`],
    dir,
    { HOME: dir, XDG_DATA_HOME: `${dir}/data`, XDG_CONFIG_HOME: `${dir}/config` },
  );
  return running('caddy', port, dir, child, 'server.log');
}

/**
 * The lines of an Apache configuration for a private instance in `dir` on 127.0.0.1:`port`
 * with `modules` (names, as `mod_<name>.so` in Debian's module folder), before its site's own:
 * pid file and error log in `dir`, prefork with few workers, and workers that drop root as
 * Debian's own Apache does.
 */
export function apacheBase(dir, port, modules) {
  return [
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `DefaultRuntimeDir ${dir}`,
    `PidFile ${dir}/server.pid`,
    `ErrorLog ${dir}/error.log`,
    'LogLevel warn',
    ...['mpm_prefork', 'authz_core', ...modules].map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    ...(ROOT ? ['User www-data', 'Group www-data'] : []),
    'StartServers 2',
    'MinSpareServers 2',
    'MaxSpareServers 4',
    'TypesConfig /etc/mime.types',
  ];
}

/** Apache serving a copy of `dist` with its .htaccess on 127.0.0.1:`port`. @returns {Promise<Server>} */
export async function startApache(port, dist) {
  const { dir, site } = await prepare('apache', port, dist);
  writeFileSync(
    path.join(dir, 'apache.conf'),
    [
      ...apacheBase(dir, port, ['dir', 'mime', 'rewrite', 'headers', 'env']),
      `DocumentRoot ${site}`,
      '<Directory />',
      '  Require all denied',
      '  AllowOverride None',
      '</Directory>',
      `<Directory ${site}>`,
      '  Require all granted',
      '  Options FollowSymLinks',
      '  AllowOverride All',
      '</Directory>',
      '',
    ].join('\n'),
  );
  const child = start('/usr/sbin/apache2', ['-f', `${dir}/apache.conf`, '-DFOREGROUND'], dir);
  return running('apache', port, dir, child, 'error.log');
}

/** The running server's handle once it listens; fails with its log after 20 s. */
async function running(name, port, dir, child, log) {
  const stop = async () => {
    await end(child);
    if (!process.env.HOSTING_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(port, child, () => readFileSync(path.join(dir, log), 'utf8'));
  } catch (e) {
    await stop();
    throw new Error(`${name}: ${e.message}`);
  }
  return { name, url: `http://127.0.0.1:${port}/`, stop };
}

/**
 * Starts a server in a process group of its own: Apache ends its workers by signalling its
 * whole group, which would otherwise be its caller's (Playwright's). What it prints is kept
 * for the error `listening` gives.
 */
export function start(command, args, cwd, env = {}) {
  if (!existsSync(command)) throw new Error(`${command} is not installed; run bash scripts/setup.sh`);
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...env } });
  child.on('error', () => {});
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (output = (output + d).slice(-4000)));
  Object.defineProperty(child, 'output', { get: () => output });
  return child;
}

/** Ends a child and waits for it: a server that is still shutting down holds its port. */
export function end(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Stops the process whose pid `pidFile` holds (left by a killed run), and waits for it. */
export async function endLeftover(pidFile) {
  let pid = 0;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return;
  }
  if (!pid) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Resolves once something accepts connections on 127.0.0.1:`port`; fails after 20 s, or as
 * soon as `child` (a process from `start`) exits, with what it printed and its `log()`.
 */
export async function listening(port, child, log) {
  for (let i = 0; i < 200 && child.exitCode === null; i++) {
    if (await accepts(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  let text = child.output ?? '';
  try {
    text += log();
  } catch {}
  throw new Error(
    `nothing listens on 127.0.0.1:${port}${child.exitCode === null ? ' after 20 s' : ` (exited ${child.exitCode})`}:\n${text}`,
  );
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
