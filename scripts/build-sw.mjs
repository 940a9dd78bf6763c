#!/usr/bin/env node
// Writes the service worker for a built site: `node scripts/build-sw.mjs <site dir>`.
// Trunk runs it after every build (Trunk.toml, post_build hook) on the staging folder, so the
// precache list is always the real output after Trunk's hashing and the publisher's data files,
// never a hand-kept list (less the link-preview images, see below). The build id is a hash of
// the precached files' paths and bytes; each file is listed with its own hash (an SRI
// `integrity` value), so the worker stores only the very bytes of this build (sw/worker.js).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILES } from './serving.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-sw.mjs <site dir>');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));

const files = [];
(function walk(sub) {
  for (const name of readdirSync(path.join(dir, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
    // The worker itself is not precached, and Trunk's staging leftovers are not part of the site.
    // Nor are the embeds (they live in other sites' articles, which never register the
    // worker) or the link-preview images (sites that show a link fetch them; readers' pages
    // never do, and they would add some 70 KB to what every reader downloads for offline use).
    // Nor `_headers`, which is the host's configuration: hosts that read it do not serve it,
    // and one missing file would fail the worker's whole install. Nor the other hosts'
    // configurations and the .br/.gz siblings (scripts/serving.mjs, which runs after this; on
    // a build it already ran on, they are there). Nor `edition.json`, which only the publish
    // step reads (scripts/publish.mjs). Nor the Atom feeds (`feed.xml` in each language's
    // folder): feed readers fetch them, not the pages, which only link them.
    else if (
      rel !== 'sw.js' &&
      rel !== 'edition.json' &&
      !/(^|\/)feed\.xml$/.test(rel) &&
      !CONFIG_FILES.includes(rel) &&
      !/\.(br|gz)$/.test(rel) &&
      !rel.startsWith('.') &&
      !/(^|\/)embed\//.test(rel) &&
      !rel.startsWith('share/')
    )
      files.push(rel);
  }
})('');

const hash = createHash('sha256');
const precache = [];
for (const rel of files) {
  const bytes = readFileSync(path.join(dir, rel));
  hash.update(rel).update('\0').update(bytes);
  precache.push([rel, `sha256-${createHash('sha256').update(bytes).digest('base64')}`]);
}
const build = hash.digest('hex').slice(0, 16);

const worker = readFileSync(path.join(here, 'sw', 'worker.js'), 'utf8')
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace('__PRECACHE__', JSON.stringify(precache));
writeFileSync(path.join(dir, 'sw.js'), worker);
console.log(`sw.js: build ${build}, ${files.length} files precached`);
