#!/usr/bin/env node

// Builds edition B of the two-edition tests (tests/e2e/editions.spec.ts, since.spec.ts): the
// site built from an edited copy of the data that is a newer edition of it, the way an editor
// makes one (README, "Publishing an edition"):
//   - a new edition above the others, dated NEXT, a correction, with its note in en, ja and ko;
//   - a correction of that date in the corrections log;
//   - one statement changed: the English summary of the timeline's first event;
//   - one new timeline event (id NEW_EVENT), citing passages the data already cites.
// Edition A is the usual build with the same public address (target/site-with-address), so
// both carry their feeds and publishing one after the other is what a newsroom would do.
//
//   node scripts/next-edition-site.mjs [out=target/site-edition-b]
//
// A release build like any other, with DISPUTE_DATA_DIR pointing at the edited copy
// (target/edition-b-data), as scripts/hostile-site.mjs does, and SITE_URL as the test
// command's build with an address (E2E_PORT + 2). The spec reads what changed from the
// build's own published dataset, not from here.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(ROOT, process.argv[2] ?? 'target/site-edition-b');
const data = path.join(ROOT, 'target', 'edition-b-data');
const port = Number(process.env.E2E_PORT ?? 4173) + 2;

// A date after every edition of the data (the build refuses an edition that is not the newest).
const NEXT = '2026-12-10';
const NEW_EVENT = 'edition-b-event';

/** Replaces `from` by `to` in `file` of the copy, exactly once, or stops the build. */
function change(file, from, to) {
  const at = path.join(data, file);
  const text = readFileSync(at, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`next-edition-site: ${file} has ${count} copies of ${JSON.stringify(from)}, expected 1`);
  writeFileSync(at, text.replace(from, to));
}

rmSync(data, { recursive: true, force: true });
mkdirSync(path.dirname(data), { recursive: true });
cpSync(path.join(ROOT, 'data'), data, { recursive: true });

const current = readFileSync(path.join(data, 'editions.toml'), 'utf8').match(/^current = "(\d{4}-\d{2}-\d{2})"$/m)?.[1];
if (!current || current >= NEXT) throw new Error(`next-edition-site: the data's current edition (${current}) is not before ${NEXT}`);
change('editions.toml', `current = "${current}"`, `current = "${NEXT}"`);
change(
  'editions.toml',
  `\n[[editions]]\ndate = "${current}"\n`,
  `
[[editions]]
date = "${NEXT}"
kind = "correction"
note.en = "Test edition B: one sentence of the timeline corrected and one event added."
note.ja = "試験用の版B：年表の一文を訂正し、出来事を一つ加えた。"
note.ko = "시험용 판 B: 연표의 한 문장을 정정하고 사건 하나를 더했다."

[[editions]]
date = "${current}"
`,
);
change(
  'meta.toml',
  'corrections = [\n',
  `corrections = [
  { date = "${NEXT}", text = { en = "Test edition B: the first timeline entry now says ruled, not rules. Corrected.", ja = "試験用の版B：年表の最初の項の時制を改めた。訂正済み。", ko = "시험용 판 B: 연표 첫 항목의 시제를 고쳤다. 정정함." } },
`,
);
change(
  'timeline.toml',
  "text.en = '''Japan rules the Korean Peninsula from 1910 to 1945.",
  "text.en = '''Japan ruled the Korean Peninsula from 1910 to 1945.",
);

// The new event: the first event's block under another id and title.
const timeline = path.join(data, 'timeline.toml');
const first = readFileSync(timeline, 'utf8').match(/\[\[events\]\]\nid = "colonial-rule"\n[\s\S]*?(?=\n# ---|\n\[\[)/)?.[0];
if (!first) throw new Error('next-edition-site: timeline.toml has no event "colonial-rule" to copy');
const added = first
  .replace('id = "colonial-rule"', `id = "${NEW_EVENT}"`)
  .replace(/^title\.en = ".*"$/m, 'title.en = "Test edition B: an event added"')
  .replace(/^title\.ja = ".*"$/m, 'title.ja = "試験用の版B：加えた出来事"')
  .replace(/^title\.ko = ".*"$/m, 'title.ko = "시험용 판 B: 더한 사건"');
writeFileSync(timeline, `${readFileSync(timeline, 'utf8').trimEnd()}\n\n${added.trimEnd()}\n`);

rmSync(out, { recursive: true, force: true });
const build = spawnSync('trunk', ['build', '--release', '--dist', out], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DISPUTE_DATA_DIR: data, SITE_URL: `http://127.0.0.1:${port}/` },
});
if (build.status !== 0) {
  console.error(`next-edition-site: trunk build failed (${build.error?.message ?? `exit ${build.status}`})`);
  process.exit(1);
}
console.log(`next-edition-site: built ${path.relative(ROOT, out)} (edition ${NEXT}) from ${path.relative(ROOT, data)}`);
