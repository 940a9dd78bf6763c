#!/usr/bin/env node
// Size report for the built site: every file's raw, gzip (level 9) and brotli (quality 11)
// bytes, and the FIRST-VISIT set — index.html plus everything it makes the browser fetch
// (script/link src/href, and the JS glue and wasm named in Trunk's inline module script,
// followed through static JS imports and CSS url()/@import).
//
//   node scripts/size-report.mjs [dist=dist]
//
// Prints a table, writes the same data to target/size-report.json (in the repo root), and
// exits 1 if dist (or dist/index.html) is missing or index.html references a missing file.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distArg = process.argv[2] ?? 'dist';
const distAbs = path.resolve(distArg);

function fail(msg) {
  console.error(`size-report: error: ${msg}`);
  process.exit(1);
}

if (!existsSync(distAbs) || !statSync(distAbs).isDirectory()) {
  fail(`'${distArg}' does not exist or is not a directory (build the site first: trunk build --release)`);
}
if (!existsSync(path.join(distAbs, 'index.html'))) {
  fail(`'${distArg}/index.html' does not exist`);
}

// ---- every file under dist ---------------------------------------------------------------
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
const toRel = (abs) => path.relative(distAbs, abs).split(path.sep).join('/');
const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const sizes = new Map();
for (const abs of walk(distAbs)) {
  const buf = readFileSync(abs);
  sizes.set(toRel(abs), {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  });
}

// ---- first-visit set ---------------------------------------------------------------------
const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
};

function refsInHtml(html) {
  const refs = [];
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    // Hints that do not fetch a file of this site.
    if (/\b(dns-prefetch|preconnect|canonical|alternate)\b/.test(rel)) continue;
    for (const name of ['src', 'href']) {
      const v = attr(tag, name);
      if (v) refs.push(v);
    }
  }
  // Trunk's inline module script: `import init, * as bindings from './x.js';`
  // then `init('./x_bg.wasm')` or `init({ module_or_path: './x_bg.wasm' })`.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    refs.push(...refsInJs(m[1]));
    for (const r of m[1].matchAll(/\binit\s*\(\s*(['"`])([^'"`]+)\1/g)) refs.push(r[2]);
    for (const r of m[1].matchAll(/module_or_path\s*:\s*(['"`])([^'"`]+)\1/g)) refs.push(r[2]);
  }
  return refs;
}

function refsInJs(js) {
  const refs = [];
  // Static imports/re-exports only: `import x from '…'`, `import '…'`, `export … from '…'`.
  for (const m of js.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/gm)) refs.push(m[2]);
  for (const m of js.matchAll(/^\s*import\s*(['"])([^'"]+)\1/gm)) refs.push(m[2]);
  return refs;
}

function refsInCss(css) {
  const refs = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) refs.push(m[1] ?? m[2] ?? m[3]);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) refs.push(m[2]);
  return refs;
}

// Resolve a reference found in file `fromRel` to a path relative to dist, or null when it is
// not a file of this site (data:, blob:, another origin, a fragment-only link).
function resolveRef(ref, fromRel) {
  const r = ref.trim();
  if (r === '' || r.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(r) || r.startsWith('//')) return null; // data:, http:, …
  const clean = r.split(/[?#]/)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    decoded = clean;
  }
  const base = clean.startsWith('/') ? '/' : path.posix.dirname('/' + fromRel);
  const resolved = path.posix.normalize(path.posix.join(base, decoded)).replace(/^\/+/, '');
  if (resolved.startsWith('..')) return null; // outside the site root
  return resolved === '' ? 'index.html' : resolved.replace(/\/$/, '/index.html');
}

const firstVisit = new Set(['index.html']);
const missing = [];
const queue = ['index.html'];
while (queue.length) {
  const rel = queue.shift();
  const text = readFileSync(path.join(distAbs, rel), 'utf8');
  const ext = path.posix.extname(rel).toLowerCase();
  const refs = ext === '.html' ? refsInHtml(text)
    : ext === '.js' || ext === '.mjs' ? refsInJs(text)
    : ext === '.css' ? refsInCss(text)
    : [];
  for (const ref of refs) {
    const target = resolveRef(ref, rel);
    if (target === null || firstVisit.has(target)) continue;
    if (!sizes.has(target)) {
      if (!missing.some((m) => m.target === target)) missing.push({ ref, from: rel, target });
      continue;
    }
    firstVisit.add(target);
    if (/\.(m?js|css)$/i.test(target)) queue.push(target);
  }
}

// ---- output ------------------------------------------------------------------------------
const sum = (paths) =>
  paths.reduce((t, p) => {
    const s = sizes.get(p);
    return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
  }, { raw: 0, gzip: 0, brotli: 0 });

const allPaths = [...sizes.keys()].sort(byPath);
const fvPaths = [...firstVisit].sort(byPath);
const total = sum(allPaths);
const fvTotal = sum(fvPaths);

const fmt = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
function table(title, paths, totals, totalLabel) {
  const rows = paths.map((p) => {
    const s = sizes.get(p);
    return [p + (firstVisit.has(p) ? ' *' : ''), fmt(s.raw), fmt(s.gzip), fmt(s.brotli)];
  });
  rows.push([totalLabel, fmt(totals.raw), fmt(totals.gzip), fmt(totals.brotli)]);
  const head = ['path', 'raw', 'gzip', 'brotli'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  const rule = w.map((n) => '-'.repeat(n)).join('  ');
  console.log(title);
  console.log(line(head));
  console.log(rule);
  rows.slice(0, -1).forEach((r) => console.log(line(r)));
  console.log(rule);
  console.log(line(rows[rows.length - 1]));
}

const distLabel = path.relative(ROOT, distAbs).startsWith('..') || path.isAbsolute(path.relative(ROOT, distAbs))
  ? distAbs
  : path.relative(ROOT, distAbs) || '.';

table(`Size report for ${distLabel} (bytes; gzip -9, brotli q11; * = first visit)`, allPaths, total, `total (${allPaths.length} files)`);
console.log('');
table('First visit: index.html and everything it references', fvPaths, fvTotal, `first visit (${fvPaths.length} files)`);
console.log(`first visit: ${kb(fvTotal.raw)} raw, ${kb(fvTotal.gzip)} gzip, ${kb(fvTotal.brotli)} brotli`);

const report = {
  dist: distLabel,
  files: allPaths.map((p) => ({ path: p, ...sizes.get(p), firstVisit: firstVisit.has(p) })),
  firstVisit: { files: fvPaths, ...fvTotal },
  total,
};
if (missing.length) report.missing = missing;

const outDir = path.join(ROOT, 'target');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'size-report.json');
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), outFile) || outFile}`);

if (missing.length) {
  console.error('size-report: error: referenced files missing from dist:');
  for (const m of missing) console.error(`  ${m.target}  (referenced as '${m.ref}' in ${m.from})`);
  process.exit(1);
}
