#!/usr/bin/env node
// How every file of a built site is served, written by the build: `node scripts/serving.mjs <site dir>`.
// Trunk runs it last after every build (Trunk.toml, post_build hook), after the pre-renderer
// wrote `_headers` (the page policy with its hashes, CORS, nosniff) and build-sw.mjs wrote the
// worker. It classifies every file of the build and writes, from that one description:
//   serving.json   the description itself: the site's headers, the rules (by file name) with
//                  their Cache-Control, and every file with its Content-Type, Cache-Control,
//                  policy and compressed siblings (the hosting spec reads it);
//   _headers       rewritten with a rule per kind (Netlify, Cloudflare Pages);
//   nginx.conf     directives for a `server { }` block (types, headers, gzip_static,
//                  brotli_static, try_files, the 404 page);
//   Caddyfile      directives for a site block (file_server with precompressed br gzip, headers);
//   .htaccess      Apache (mod_headers, mod_mime, mod_rewrite: the .br/.gz siblings);
//   <file>.br, <file>.gz   beside every compressible file (brotli quality 11, gzip -9), so a
//                  host sends them as they are instead of compressing per request.
// Running it again on its own output gives the same files (the `/*` rule of `_headers` is what
// it reads; the per-kind rules are its own). scripts/serve.mjs imports TYPES and cacheControl()
// from here, so the local server sends what the configurations send.
//
// The cache policy: a file whose name carries a content hash (Trunk's filehash: the wasm, its
// script and the stylesheet) never changes at its address: a year, immutable. The service
// worker script is never cached by HTTP (no-store). Everything else (pages, data, oEmbed, the
// manifest, sitemap, robots.txt, icons, share images, embed.js, boot.js) keeps its name from
// build to build, since other code and other sites reference those names: revalidated on every
// visit (no-cache), a cheap 304 when unchanged.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { readHeaders, strictPolicy } from './headers.mjs';

/** The server versions each configuration was tested with (tests/e2e/hosting.spec.ts). */
export const TESTED = {
  nginx: 'nginx 1.22.1 with ngx_brotli (brotli_static) 1.0.0~rc-3 (Debian 12)',
  caddy: 'Caddy 2.6.2 (Debian 12)',
  apache: 'Apache 2.4.71 (Debian 12)',
};

/** Extension -> [Content-Type, compressible]. */
export const TYPES = {
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
  '.atom': ['application/atom+xml', true],
};
export const OCTET_STREAM = ['application/octet-stream', false];
export const typeOf = (name) => TYPES[path.extname(name).toLowerCase()] ?? OCTET_STREAM;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const NEVER = 'no-store';
/**
 * A name with Trunk's content hash: `explainer-<hash>.js`, `…_bg.wasm`, `main-<hash>.css`. The
 * hash is a 64-bit number in hex without leading zeros: up to 16 digits, fewer at times.
 */
export const HASHED = /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/;
/** The service worker script. */
export const WORKER = /(^|\/)sw\.js$/;
/** Files of the build that are the hosts' configuration, not the site: never served. */
export const CONFIG_FILES = ['_headers', 'nginx.conf', 'Caddyfile', '.htaccess', 'serving.json'];
const SIBLING = /\.(br|gz)$/;

/** The Cache-Control of the file at `rel` (a path in the build, `/`-separated). */
export function cacheControl(rel) {
  if (WORKER.test(rel)) return NEVER;
  if (HASHED.test(rel)) return IMMUTABLE;
  return REVALIDATE;
}

function files(dir) {
  const out = [];
  (function walk(sub) {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (!SIBLING.test(rel) && !CONFIG_FILES.includes(rel) && !name.startsWith('.')) out.push(rel);
    }
  })('');
  return out;
}

function compress(dir, rel) {
  const buf = readFileSync(path.join(dir, rel));
  const br = zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [zlib.constants.BROTLI_PARAM_MODE]: /\.(wasm|ico)$/.test(rel) ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = zlib.gzipSync(buf, { level: 9 });
  writeFileSync(path.join(dir, `${rel}.br`), br);
  writeFileSync(path.join(dir, `${rel}.gz`), gz);
  return { raw: buf.length, br: br.length, gzip: gz.length };
}

// ---- the configurations ------------------------------------------------------------------
const q = (s) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const CACHE_RULES = [
  ['the service worker script: never cached by HTTP, so an update is seen at once', WORKER.source, NEVER],
  ['names that carry a content hash never change at their address', HASHED.source, IMMUTABLE],
];

function headersFile(site, description) {
  const lines = [
    '# How every file of this build is served (written by scripts/serving.mjs from the policy the',
    '# pre-renderer wrote; serving.json describes the same, nginx.conf, Caddyfile and .htaccess',
    '# configure other servers with it). Netlify and Cloudflare Pages read this file. They join a',
    '# header that two matching rules name, so `/*` names only what every file gets and each file',
    "# has one rule of its own: its policy (a page's allows its inline texts by their hashes, which",
    "# change when the pages' start script or stylesheet do) and its cache policy. Types: those",
    '# hosts send the right ones for every kind of file here (wasm, webmanifest, JSON, XML).',
    '/*',
    ...Object.entries(site)
      .filter(([k]) => k !== 'Content-Security-Policy')
      .map(([k, v]) => `  ${k}: ${v}`),
  ];
  for (const [rel, f] of Object.entries(description.files)) {
    const rule = [`  Content-Security-Policy: ${f['Content-Security-Policy']}`, `  Cache-Control: ${f['Cache-Control']}`];
    // A folder's page is also asked for by the folder's address.
    if (/(^|\/)index\.html$/.test(rel)) lines.push(`/${rel.replace(/index\.html$/, '')}`, ...rule);
    lines.push(`/${rel}`, ...rule);
  }
  return `${lines.join('\n')}\n`;
}

function nginxConf(site, has404) {
  const strict = strictPolicy(site['Content-Security-Policy']);
  const types = new Map();
  for (const [ext, [type]] of Object.entries(TYPES)) {
    const bare = type.split(';')[0];
    types.set(bare, [...(types.get(bare) ?? []), ext.slice(1)]);
  }
  const charsetTypes = [
    ...new Set(
      Object.values(TYPES)
        .filter(([t]) => t.includes('charset'))
        .map(([t]) => t.split(';')[0]),
    ),
  ];
  const common = (policy, cache) => [
    `    add_header Content-Security-Policy ${q(policy)} always;`,
    ...Object.entries(site)
      .filter(([k]) => k !== 'Content-Security-Policy')
      .map(([k, v]) => `    add_header ${k} ${q(v)} always;`),
    `    add_header Cache-Control ${q(cache)} always;`,
    '    add_header Vary "Accept-Encoding" always;',
  ];
  const compressible = Object.entries(TYPES)
    .filter(([, [, c]]) => c)
    .map(([e]) => e.slice(1));
  return `${[
    `# nginx: how every file of this build is served (written by scripts/serving.mjs; tested with ${TESTED.nginx}).`,
    '# Include it inside a server block whose root is this folder:',
    '#   server { listen 80; root /srv/explainer; include /srv/explainer/nginx.conf; }',
    '# brotli_static needs ngx_brotli (Debian: libnginx-mod-http-brotli-static); without it, delete',
    '# that line and the .gz siblings are still sent (gzip_static).',
    'types {',
    ...[...types].map(([t, exts]) => `  ${t} ${exts.join(' ')};`),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${charsetTypes.join(' ')};`,
    'index index.html;',
    '# A relative Location (`/ja` -> `/ja/`), right behind a proxy too.',
    'absolute_redirect off;',
    'gzip_static on;',
    'brotli_static on;',
    'etag on;',
    has404 ? 'error_page 404 /404.html;' : '# (this build has no 404.html: nginx sends its own 404 page)',
    '# The hosts\u2019 configuration files are not part of the site.',
    `location ~ "(^|/)(${CONFIG_FILES.map((f) => f.replaceAll('.', '\\.')).join('|')})(\\.br|\\.gz)?$" {`,
    ...common(strict, REVALIDATE),
    '    return 404;',
    '}',
    ...CACHE_RULES.flatMap(([why, re, cache]) => [
      `# ${why}`,
      `location ~ "${re}" {`,
      ...common(strict, cache),
      '    try_files $uri =404;',
      '}',
    ]),
    '# pages (a folder is its index.html)',
    'location ~ "(\\.html|/)$" {',
    ...common(site['Content-Security-Policy'], REVALIDATE),
    '    try_files $uri $uri/ =404;',
    '}',
    '# everything else keeps its name from build to build: revalidated on every visit',
    'location / {',
    ...common(strict, REVALIDATE),
    '    try_files $uri $uri/ =404;',
    '}',
    `# compressible: ${compressible.join(' ')}`,
  ].join('\n')}\n`;
}

function caddyfile(site, has404) {
  const strict = strictPolicy(site['Content-Security-Policy']);
  const others = Object.entries(site).filter(([k]) => k !== 'Content-Security-Policy');
  const block = (indent) =>
    [
      ...others.map(([k, v]) => `header ${k} ${q(v)}`),
      `header Content-Security-Policy ${q(strict)}`,
      `header @page Content-Security-Policy ${q(site['Content-Security-Policy'])}`,
      `header Cache-Control ${q(REVALIDATE)}`,
      `header @hashed Cache-Control ${q(IMMUTABLE)}`,
      `header @worker Cache-Control ${q(NEVER)}`,
      ...Object.entries(TYPES).map(([ext, [type]]) => `header @type${ext.replace('.', '_')} Content-Type ${q(type)}`),
    ].map((l) => indent + l);
  return `${[
    `# Caddy: how every file of this build is served (written by scripts/serving.mjs; tested with ${TESTED.caddy}).`,
    '# Import it inside a site block whose root is this folder:',
    '#   example.org { root * /srv/explainer; import /srv/explainer/Caddyfile }',
    `@config path_regexp config "(^|/)(${CONFIG_FILES.map((f) => f.replaceAll('.', '\\.')).join('|')})(\\.br|\\.gz)?$"`,
    `@hashed path_regexp hashed "${HASHED.source}"`,
    `@worker path_regexp worker "${WORKER.source}"`,
    '@page path *.html */',
    ...Object.keys(TYPES).map((ext) => `@type${ext.replace('.', '_')} path *${ext}`),
    '# In this order: each later header of a name replaces an earlier one.',
    'route {',
    ...block('  '),
    '  error @config 404',
    '  file_server {',
    '    precompressed br gzip',
    '  }',
    '}',
    'handle_errors {',
    ...(has404
      ? ['  rewrite * /404.html', '  route {', ...block('    '), '    file_server {', '      precompressed br gzip', '    }', '  }']
      : ['  respond "404 Not Found"']),
    '}',
  ].join('\n')}\n`;
}

function htaccess(site, has404) {
  const strict = strictPolicy(site['Content-Security-Policy']);
  const others = Object.entries(site).filter(([k]) => k !== 'Content-Security-Policy');
  const sib = '(\\.br|\\.gz)?$';
  const compressible = Object.entries(TYPES)
    .filter(([, [, c]]) => c)
    .map(([e]) => e.slice(1).replaceAll('.', '\\.'));
  return `${[
    `# Apache: how every file of this build is served (written by scripts/serving.mjs; tested with ${TESTED.apache}).`,
    '# Needs mod_headers, mod_mime, mod_rewrite and mod_dir, and AllowOverride All (or FileInfo Indexes',
    '# Options) for this folder; or copy it into the <Directory> of this folder.',
    '# Types (mod_mime); a .br or .gz sibling has its own type and the encoding of its last extension.',
    ...Object.entries(TYPES).map(([ext, [type]]) => `AddType ${q(type.split(';')[0])} ${ext}`),
    `AddCharset utf-8 ${Object.entries(TYPES)
      .filter(([, [t]]) => t.includes('charset'))
      .map(([e]) => e)
      .join(' ')}`,
    'RemoveType .br .gz',
    'AddEncoding br .br',
    'AddEncoding gzip .gz',
    'DirectoryIndex index.html',
    'DirectorySlash On',
    has404 ? 'ErrorDocument 404 /404.html' : '# (this build has no 404.html: Apache sends its own 404 page)',
    'RewriteEngine On',
    '# The hosts\u2019 configuration files are not part of the site.',
    `RewriteRule (^|/)(${CONFIG_FILES.map((f) => f.replaceAll('.', '\\.')).join('|')})${sib} - [R=404,L]`,
    '# The .br or .gz sibling of a compressible file, when the request accepts it (never compressed again).',
    'RewriteCond %{HTTP:Accept-Encoding} \\bbr\\b',
    'RewriteCond %{REQUEST_FILENAME}.br -f',
    `RewriteRule \\.(${compressible.join('|')})$ %{REQUEST_URI}.br [L,E=no-gzip:1,E=no-brotli:1,E=precompressed:1]`,
    'RewriteCond %{HTTP:Accept-Encoding} \\bgzip\\b',
    'RewriteCond %{REQUEST_FILENAME}.gz -f',
    `RewriteRule \\.(${compressible.join('|')})$ %{REQUEST_URI}.gz [L,E=no-gzip:1,E=no-brotli:1,E=precompressed:1]`,
    '<IfModule mod_headers.c>',
    ...others.map(([k, v]) => `  Header always set ${k} ${q(v)}`),
    `  Header always set Content-Security-Policy ${q(strict)}`,
    `  Header always set Cache-Control ${q(REVALIDATE)}`,
    `  Header always set Vary "Accept-Encoding"`,
    `  <FilesMatch "\\.html${sib}">`,
    `    Header always set Content-Security-Policy ${q(site['Content-Security-Policy'])}`,
    '  </FilesMatch>',
    `  <FilesMatch "${HASHED.source.replace('$', sib)}">`,
    `    Header always set Cache-Control ${q(IMMUTABLE)}`,
    '  </FilesMatch>',
    `  <FilesMatch "^sw\\.js${sib}">`,
    `    Header always set Cache-Control ${q(NEVER)}`,
    '  </FilesMatch>',
    '</IfModule>',
  ].join('\n')}\n`;
}

/** Writes every serving file into `dir`; returns the description. */
export function writeServing(dir) {
  const site = readHeaders(dir);
  if (!site) throw new Error(`${dir}/_headers does not exist: the pre-renderer writes it before this step`);
  const strict = strictPolicy(site['Content-Security-Policy']);
  const description = {
    about: 'How every file of this build is served (scripts/serving.mjs). Every response also carries `headers`.',
    tested: TESTED,
    headers: site,
    rules: [
      { match: WORKER.source, 'Cache-Control': NEVER },
      { match: HASHED.source, 'Cache-Control': IMMUTABLE },
      { match: '.*', 'Cache-Control': REVALIDATE },
    ],
    notFound: null,
    files: {},
  };
  for (const rel of files(dir)) {
    const [type, compressible] = typeOf(rel);
    const page = type.startsWith('text/html');
    const entry = {
      'Content-Type': type,
      'Cache-Control': cacheControl(rel),
      'Content-Security-Policy': page ? site['Content-Security-Policy'] : strict,
      page,
      compressed: compressible ? ['br', 'gzip'] : [],
    };
    if (compressible) entry.sizes = compress(dir, rel);
    description.files[rel] = entry;
  }
  const has404 = '404.html' in description.files;
  description.notFound = has404 ? '404.html' : null;
  writeFileSync(path.join(dir, 'serving.json'), `${JSON.stringify(description, null, 2)}\n`);
  writeFileSync(path.join(dir, '_headers'), headersFile(site, description));
  writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(site, has404));
  writeFileSync(path.join(dir, 'Caddyfile'), caddyfile(site, has404));
  writeFileSync(path.join(dir, '.htaccess'), htaccess(site, has404));
  return description;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/serving.mjs <site dir>');
    process.exit(2);
  }
  try {
    const d = writeServing(dir);
    const n = Object.values(d.files).filter((f) => f.compressed.length).length;
    console.log(
      `serving: ${Object.keys(d.files).length} files described, ${n} precompressed (.br, .gz); _headers, nginx.conf, Caddyfile, .htaccess, serving.json`,
    );
  } catch (err) {
    console.error(`serving: error: ${err.message}`);
    process.exit(1);
  }
}
