// The real web servers a newsroom serves the build with, each configured by the file the build
// ships (scripts/serving.mjs): nginx with nginx.conf, Caddy with Caddyfile and Apache with
// .htaccess. Debian's packages (scripts/setup.sh installs them, never as running services);
// each runs here as a private instance on a loopback port, in a folder of its own named after
// the port, with a copy of the build that its unprivileged workers can read, started and
// stopped by the spec (what a killed run left there is stopped by the next, by its pid file).
// Like tests/e2e/wordpress/wordpress.ts, which starts Apache the same way. HOSTING_KEEP=1 keeps
// each server's folder (its configuration and logs) after the run, to look at after a failure.

import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Server = { name: string; url: string; stop: () => Promise<void> };

const APACHE_MODULES = '/usr/lib/apache2/modules';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A fresh folder for the server on `port`, holding a world-readable copy of `dist` as `site`. */
async function prepare(name: string, port: number, dist: string): Promise<{ dir: string; site: string }> {
  const dir = path.join(tmpdir(), `explainer-hosting-${name}-${port}`);
  await endLeftover(path.join(dir, 'server.pid'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const site = path.join(dir, 'site');
  cpSync(dist, site, { recursive: true });
  (function open(at: string) {
    chmodSync(at, statSync(at).isDirectory() ? 0o755 : 0o644);
    if (statSync(at).isDirectory()) for (const f of readdirSync(at)) open(path.join(at, f));
  })(dir);
  return { dir, site };
}

export async function startNginx(port: number, dist: string): Promise<Server> {
  const { dir, site } = await prepare('nginx', port, dist);
  const root = process.getuid?.() === 0;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      ...(existsSync(BROTLI_STATIC) ? [`load_module ${BROTLI_STATIC};`] : []),
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/server.pid;`,
      `error_log ${dir}/error.log warn;`,
      ...(root ? ['user nobody nogroup;'] : []),
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${dir}/tmp-body;`,
      `  proxy_temp_path ${dir}/tmp-proxy;`,
      `  fastcgi_temp_path ${dir}/tmp-fastcgi;`,
      `  uwsgi_temp_path ${dir}/tmp-uwsgi;`,
      `  scgi_temp_path ${dir}/tmp-scgi;`,
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

export async function startCaddy(port: number, dist: string): Promise<Server> {
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
    {
      HOME: dir,
      XDG_DATA_HOME: `${dir}/data`,
      XDG_CONFIG_HOME: `${dir}/config`,
    },
  );
  return running('caddy', port, dir, child, 'server.log');
}

export async function startApache(port: number, dist: string): Promise<Server> {
  const { dir, site } = await prepare('apache', port, dist);
  const root = process.getuid?.() === 0;
  writeFileSync(
    path.join(dir, 'apache.conf'),
    [
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `DefaultRuntimeDir ${dir}`,
      `PidFile ${dir}/server.pid`,
      `ErrorLog ${dir}/error.log`,
      'LogLevel warn',
      ...['mpm_prefork', 'authz_core', 'dir', 'mime', 'rewrite', 'headers', 'env'].map(
        (m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`,
      ),
      ...(root ? ['User www-data', 'Group www-data'] : []),
      'StartServers 2',
      'MinSpareServers 2',
      'MaxSpareServers 4',
      'TypesConfig /etc/mime.types',
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
async function running(name: string, port: number, dir: string, child: ChildProcess, log: string): Promise<Server> {
  let output = '';
  child.stderr?.on('data', (d) => (output += String(d)));
  child.stdout?.on('data', (d) => (output += String(d)));
  const stop = async () => {
    await end(child);
    if (!process.env.HOSTING_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return { name, url: `http://127.0.0.1:${port}/`, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  let text = output;
  try {
    text += readFileSync(path.join(dir, log), 'utf8');
  } catch {}
  await stop();
  throw new Error(`hosting: ${name} does not listen on 127.0.0.1:${port}:\n${text}`);
}

/** Starts a server in a process group of its own (Apache signals its whole group). */
function start(command: string, args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  if (!existsSync(command)) throw new Error(`hosting: ${command} is not installed; run bash scripts/setup.sh`);
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...env } });
  child.on('error', () => {});
  return child;
}

function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function endLeftover(pidFile: string) {
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

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
