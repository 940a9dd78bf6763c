#!/usr/bin/env node
// Size report for the built site: every file's raw, gzip (level 9) and brotli (quality 11)
// bytes, and for every HTML page (index.html, ja/index.html, embed/….html; not 404.html) its
// FIRST-VISIT set: the page plus everything it makes the browser fetch — <script src> (and the
// start script's data-boot / data-js / data-wasm), <link href> of stylesheet, modulepreload, preload, icon
// and manifest links, <img src>, the JS glue and wasm named in Trunk's inline module script —
// followed through static JS imports and CSS url()/@import, URLs resolved against the page.
//
//   node scripts/size-report.mjs [dist=dist]
//
// Prints a table (* = in the root page's first visit), the root page's first visit, then one
// line per page; writes the same data to target/size-report.json (in the repo root):
//   files:      [{ path, raw, gzip, brotli, firstVisit }]   every file; firstVisit: root page's
//   firstVisit: { files, raw, gzip, brotli }                 the root page's set (index.html)
//   pages:      { "<page>": { files, raw, gzip, brotli } }   every page's set, root page first
//   total:      { raw, gzip, brotli }
// Exits 1 if dist (or dist/index.html) is missing or a page references a missing file.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

// ---- first-visit sets ----------------------------------------------------------------------
const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
};
// <link rel> values whose href the browser fetches while loading the page (not canonical,
// alternate, preconnect, apple-touch-icon …).
const FETCHED_LINK_RELS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon', 'manifest']);

function refsInHtml(html) {
  const refs = [];
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of markup.matchAll(/<(script|link|img)\b[^>]*>/gi)) {
    const [tag, name] = [m[0], m[1].toLowerCase()];
    if (name === 'link') {
      const rels = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => FETCHED_LINK_RELS.has(r))) refs.push(attr(tag, 'href'));
    } else if (name === 'img') {
      refs.push(attr(tag, 'src'));
    } else {
      // The start script names boot.js, the JS glue and the wasm: <script data-boot=… data-js=… data-wasm=…>.
      refs.push(attr(tag, 'src'), attr(tag, 'data-boot'), attr(tag, 'data-js'), attr(tag, 'data-wasm'));
    }
  }
  // Trunk's inline module script: `import init, * as bindings from './x.js';`
  // then `init('./x_bg.wasm')` or `init({ module_or_path: './x_bg.wasm' })`.
  for (const m of markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    refs.push(...refsInJs(m[1]));
    for (const r of m[1].matchAll(/\binit\s*\(\s*(['"`])([^'"`]+)\1/g)) refs.push(r[2]);
    for (const r of m[1].matchAll(/module_or_path\s*:\s*(['"`])([^'"`]+)\1/g)) refs.push(r[2]);
  }
  return refs.filter((r) => r !== null);
}

function refsInJs(js) {
  const refs = [];
  // Static imports/re-exports only: `import x from '…'`, `import '…'`, `export … from '…'`.
  for (const m of js.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/gm)) refs.push(m[2]);
  for (const m of js.matchAll(/^\s*import\s*(['"])([^'"]+)\1/gm)) refs.push(m[2]);
  // Dynamic imports of a fixed file (boot.js imports sw-register.js on the pages): counted
  // for every page that loads the importer, which may count a little too much, never too little.
  for (const m of js.matchAll(/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g)) refs.push(m[2]);
  return refs;
}

function refsInCss(css) {
  const refs = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) refs.push(m[1] ?? m[2] ?? m[3]);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) refs.push(m[2]);
  return refs;
}

const OUTSIDE = Symbol('outside dist');
// Resolve a reference found in file `fromRel` to a path relative to dist, null when it is not
// a file of this site (data:, blob:, another origin, a fragment-only link), or OUTSIDE when a
// relative URL climbs above dist (it would leave the site's folder on a host).
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
  const base = clean.startsWith('/') ? '' : path.posix.dirname(fromRel);
  const rel = path.posix.normalize(path.posix.join(base, decoded)).replace(/^\/+/, '');
  if (rel === '..' || rel.startsWith('../')) return OUTSIDE;
  return rel === '' || rel === '.' || rel === './' ? 'index.html' : rel.replace(/\/$/, '/index.html');
}

/** A page's first-visit set: the page and everything it makes the browser fetch, transitively. */
function firstVisitOf(page) {
  const set = new Set([page]);
  const queue = [page];
  const missing = [];
  while (queue.length) {
    const rel = queue.shift();
    const text = readFileSync(path.join(distAbs, rel), 'utf8');
    const ext = path.posix.extname(rel).toLowerCase();
    const refs =
      ext === '.html' ? refsInHtml(text) : ext === '.js' || ext === '.mjs' ? refsInJs(text) : ext === '.css' ? refsInCss(text) : [];
    for (const ref of refs) {
      const target = resolveRef(ref, rel);
      if (target === null || set.has(target)) continue;
      if (target === OUTSIDE || !sizes.has(target)) {
        missing.push({ page, ref, from: rel, target: target === OUTSIDE ? '(outside dist)' : target });
        continue;
      }
      set.add(target);
      if (/\.(m?js|css)$/i.test(target)) queue.push(target);
    }
  }
  return { files: [...set].sort(byPath), missing };
}

// Every HTML page of the site, the root page first; 404.html is not a page one visits first.
const pagePaths = [...sizes.keys()]
  .filter((p) => /\.html?$/i.test(p) && path.posix.basename(p).toLowerCase() !== '404.html')
  .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : byPath(a, b)));
const visits = new Map(pagePaths.map((p) => [p, firstVisitOf(p)]));
const firstVisit = new Set(visits.get('index.html').files);
// One entry per broken reference, with every page it breaks.
const missing = [];
for (const m of [...visits.values()].flatMap((v) => v.missing)) {
  const same = missing.find((x) => x.from === m.from && x.ref === m.ref);
  if (same) same.pages.includes(m.page) || same.pages.push(m.page);
  else missing.push({ ref: m.ref, from: m.from, target: m.target, pages: [m.page] });
}

// ---- output ------------------------------------------------------------------------------
const sum = (paths) =>
  paths.reduce(
    (t, p) => {
      const s = sizes.get(p);
      return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

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
  for (const r of rows.slice(0, -1)) console.log(line(r));
  console.log(rule);
  console.log(line(rows[rows.length - 1]));
}

const distLabel =
  path.relative(ROOT, distAbs).startsWith('..') || path.isAbsolute(path.relative(ROOT, distAbs))
    ? distAbs
    : path.relative(ROOT, distAbs) || '.';

table(`Size report for ${distLabel} (bytes; gzip -9, brotli q11; * = first visit)`, allPaths, total, `total (${allPaths.length} files)`);
console.log('');
table('First visit: index.html and everything it references', fvPaths, fvTotal, `first visit (${fvPaths.length} files)`);
console.log(`first visit: ${kb(fvTotal.raw)} raw, ${kb(fvTotal.gzip)} gzip, ${kb(fvTotal.brotli)} brotli`);

const pages = Object.fromEntries(
  pagePaths.map((p) => {
    const { files } = visits.get(p);
    return [p, { files, ...sum(files) }];
  }),
);
const pageWidth = Math.max(...pagePaths.map((p) => p.length));
for (const [p, v] of Object.entries(pages)) {
  console.log(
    `first visit of ${p.padEnd(pageWidth)}  ${String(v.files.length).padStart(2)} files  ` +
      `${kb(v.raw).padStart(10)} raw  ${kb(v.gzip).padStart(10)} gzip  ${kb(v.brotli).padStart(10)} brotli`,
  );
}

const report = {
  dist: distLabel,
  files: allPaths.map((p) => ({ path: p, ...sizes.get(p), firstVisit: firstVisit.has(p) })),
  firstVisit: { files: fvPaths, ...fvTotal },
  pages,
  total,
};
if (missing.length) report.missing = missing;

const outDir = path.join(ROOT, 'target');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'size-report.json');
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), outFile) || outFile}`);

if (missing.length) {
  console.error('size-report: error: pages reference files missing from dist:');
  for (const m of missing) {
    const via = m.pages.length === 1 && m.pages[0] === m.from ? '' : `; pages: ${m.pages.join(', ')}`;
    console.error(`  ${m.target}  (referenced as '${m.ref}' in ${m.from}${via})`);
  }
  process.exit(1);
}
