#!/usr/bin/env node

// Builds the site from an edited copy of the data whose texts try to break out of the HTML
// they are written into, for tests/e2e/hostile.spec.ts: the title starts `<!--<script>` (which
// once made the HTML parser swallow the rest of the English page from its JSON-LD on) and
// ends `</script>`, and the terms of reuse and the reports' titles, which the JSON-LD also
// carries, end `</script>`, in every language. The page's head writes the title as element
// text (`<title>`), in attributes (Open Graph, the oEmbed link) and in the JSON-LD; with
// SITE_URL set it writes every tag it can.
//
//   node scripts/hostile-site.mjs [out=target/site-hostile]
//
// A release build like any other (`trunk build --release`), with DISPUTE_DATA_DIR pointing at
// the edited copy (target/hostile-data), which the build scripts, the publisher and so the
// pre-renderer read instead of data/ (model/src/load.rs). It shares the usual Cargo target
// folder: only the two crates whose build scripts bake the data are compiled again (and again
// at the next usual build), where a folder of its own would compile every dependency once
// more on a fresh clone, as CI is.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(ROOT, process.argv[2] ?? 'target/site-hostile');
const data = path.join(ROOT, 'target', 'hostile-data');

// What each edited text gets before and after its words (no `"` or `\`: they go into TOML
// basic strings). The spec reads the texts back from the build's published dataset.
const HOSTILE = {
  title: ['<!--<script> ', ' </script><!-- & &amp;'],
  licence: ['', " </script><script>document.title='x'</script>"],
  sourceTitle: ['', ' </script>'],
};

/** `file` of the data copy with `key.xx = "…"` (xx: en, ja, ko) edited on every line that has it. */
function edit(file, key, [before, after]) {
  const at = path.join(data, file);
  let count = 0;
  const text = readFileSync(at, 'utf8').replace(
    new RegExp(`^(${key.replace('.', '\\.')}\\.(?:en|ja|ko) = ")([^"\\\\]*)"$`, 'gm'),
    (_, start, words) => {
      count++;
      return `${start}${before}${words}${after}"`;
    },
  );
  if (count === 0) throw new Error(`hostile-site: no ${key}.en/ja/ko = "…" line in ${file} to edit`);
  writeFileSync(at, text);
}

rmSync(data, { recursive: true, force: true });
mkdirSync(path.dirname(data), { recursive: true });
cpSync(path.join(ROOT, 'data'), data, { recursive: true });
edit('meta.toml', 'title', HOSTILE.title);
edit('meta.toml', 'licence', HOSTILE.licence);
edit('sources.toml', 'title', HOSTILE.sourceTitle);

rmSync(out, { recursive: true, force: true });
const build = spawnSync('trunk', ['build', '--release', '--dist', out], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    DISPUTE_DATA_DIR: data,
    SITE_URL: 'https://news.example/explainer/',
  },
});
if (build.status !== 0) {
  console.error(`hostile-site: trunk build failed (${build.error?.message ?? `exit ${build.status}`})`);
  process.exit(1);
}
console.log(`hostile-site: built ${path.relative(ROOT, out)} from ${path.relative(ROOT, data)}`);
