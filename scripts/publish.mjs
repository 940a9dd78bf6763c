#!/usr/bin/env node

// Publishes a build's edition into a site folder (a plain folder: what a static host, an
// object store or a CDN origin serves), keeping every edition published before it:
//
//   node scripts/publish.mjs <dist> <site folder>
//
//   <site>/                        the latest edition: the newest build published, whole
//   <site>/editions/<YYYY-MM-DD>/  every edition, a frozen copy of its whole build (every page
//                                  and embed of every language, with its own assets; the pages'
//                                  URLs are relative, so the copy works where it stands)
//   <site>/editions.json           every edition, newest first: its kind, its notes in each
//                                  language, its address, and digests of its content
//
// The build says which edition it is in `edition.json` (written by the build from the
// validated data: model/src/edition.rs), with digests of its content — of the whole, of each
// section and of each card; this script reads only that, never the pages. An edition once
// published never changes:
//   * a build of an edition already published with the same content (the same digest, however
//     its code differs) leaves that copy as it is; if it is the latest edition, the site's root
//     takes the build (a fix to the code reaches the latest, not the history);
//   * a build bringing different content under a date already published is refused, and so is
//     a build of an edition older than the site's latest that was never published, or one whose
//     data no longer lists an edition the site has published. A refusal says what to do, ends
//     with status 1 and leaves the site folder as it was: every check runs before anything is
//     written.
// Everything at the site's root except `editions/` and `editions.json` belongs to the latest
// edition, and is replaced whole when a newer one (or the latest again) is published; the
// root's `_headers` (the one file Netlify and Cloudflare Pages read) also carries every
// published copy's rules under its address.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRules } from './headers.mjs';

/** The names at a site's root that are the publish step's own, never a build's. */
export const SITE_OWN = ['editions', 'editions.json'];
export const EDITION_FILE = 'edition.json';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEX = /^[0-9a-f]{64}$/;

/** A refusal or a problem the editor must fix; its message is the whole story. */
export class PublishError extends Error {}

/** The edition a build (or a published copy) says it is, checked for the fields this script reads. */
export function readEdition(dir) {
  const file = path.join(dir, EDITION_FILE);
  if (!existsSync(file)) {
    throw new PublishError(
      `${file} is missing: ${dir} is not a build of this explainer with an edition (build it with trunk build --release).`,
    );
  }
  let edition;
  try {
    edition = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PublishError(`${file} is not JSON: ${err.message}`);
  }
  const ok =
    edition &&
    DATE.test(edition.edition) &&
    HEX.test(edition.content) &&
    Array.isArray(edition.editions) &&
    edition.editions.every((e) => DATE.test(e?.date) && typeof e.kind === 'string' && e.note && typeof e.note === 'object') &&
    edition.sections &&
    typeof edition.sections === 'object' &&
    edition.cards &&
    typeof edition.cards === 'object';
  if (!ok) throw new PublishError(`${file} does not describe an edition (edition, content, editions, sections, cards).`);
  return edition;
}

/** The editions published in `site`, by date: each copy's own edition.json. */
function published(site) {
  const dir = path.join(site, 'editions');
  const out = new Map();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (!DATE.test(name) || !statSync(path.join(dir, name)).isDirectory()) continue;
    const edition = readEdition(path.join(dir, name));
    if (edition.edition !== name) {
      throw new PublishError(
        `editions/${name}/ holds the edition of ${edition.edition}: the site folder was changed by hand; restore editions/${name}/.`,
      );
    }
    out.set(name, edition);
  }
  return out;
}

/** editions.json: every edition the latest build's data lists, newest first, with the digests of those published. */
function editionsJson(latest, copies) {
  const dates = new Set([...latest.editions.map((e) => e.date), ...copies.keys()]);
  const notes = new Map(latest.editions.map((e) => [e.date, e]));
  const editions = [...dates]
    .sort()
    .reverse()
    .map((date) => {
      const copy = copies.get(date);
      // The latest build's data holds every edition's note (a note's typo fixed later shows
      // here); a published copy's own words stand in for one the data no longer has.
      const listed = notes.get(date) ?? copy?.editions.find((e) => e.date === date);
      return {
        date,
        kind: listed.kind,
        note: listed.note,
        latest: date === latest.edition,
        // Editions from before the publish step existed are listed by the data, with no copy.
        path: copy ? `editions/${date}/` : null,
        ...(copy ? { content: copy.content, sections: copy.sections, cards: copy.cards } : {}),
      };
    });
  return `${JSON.stringify({ latest: latest.edition, editions }, null, 2)}\n`;
}

/**
 * The site's `_headers`, which Netlify and Cloudflare Pages read only at the site's root: the
 * latest build's rules, then each published copy's own rules under its address, so a copy's
 * pages keep their policies and its hashed files their cache policy there too. A copy's `/*`
 * is left out: the root's matches every file already, and those hosts join what two matching
 * rules name. `editions.json` is sent as the build's own `edition.json` is. Null when the build
 * has no `_headers`.
 */
function siteHeaders(dist, site, copies) {
  const file = path.join(dist, '_headers');
  if (!existsSync(file)) return null;
  const lines = [
    readFileSync(file, 'utf8').trimEnd(),
    '',
    '# The published editions (scripts/publish.mjs): the list, then each copy under its address.',
  ];
  const rule = (at, headers) => lines.push(at, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  const listHeaders = readRules(dist).get(`/${EDITION_FILE}`);
  if (listHeaders) rule('/editions.json', listHeaders);
  for (const date of [...copies.keys()].sort().reverse()) {
    for (const [at, headers] of readRules(path.join(site, 'editions', date)) ?? []) {
      if (at !== '/*') rule(`/editions/${date}${at}`, headers);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `text` to `file` whole or not at all (a reader never gets half a file). */
function writeWhole(file, text) {
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/**
 * Publishes the build in `dist` into `site`. Returns what it did, one line per step, for the
 * editor; throws a PublishError, having changed nothing, when it refuses.
 */
export function publish(dist, site) {
  const within = (inner, outer) => !path.relative(outer, inner).startsWith('..') && !path.isAbsolute(path.relative(outer, inner));
  if (within(site, dist) || within(dist, site)) {
    throw new PublishError(`The site folder (${site}) and the build (${dist}) must be apart: neither may hold the other.`);
  }
  const build = readEdition(dist);
  const date = build.edition;
  for (const own of SITE_OWN) {
    if (existsSync(path.join(dist, own)))
      throw new PublishError(`${dist} holds ${own}, a name the site folder keeps for the published editions.`);
  }
  if (existsSync(site) && !statSync(site).isDirectory()) throw new PublishError(`${site} is not a folder.`);
  const copies = published(site);
  const latest = [...copies.keys()].sort().at(-1);
  const done = [];

  const copy = copies.get(date);
  if (copy && copy.content !== build.content) {
    throw new PublishError(
      `The edition of ${date} is already published (editions/${date}/) with other content, and a published edition never changes. ` +
        `Add a new edition to data/editions.toml (dated the day you publish it, with its note in en, ja and ko), set current to its date, build, and publish again. Nothing was changed in ${site}.`,
    );
  }
  if (latest && date < latest) {
    if (copy)
      return [
        `editions/${date}/ is already published with this content; left as it is. The latest edition stays ${latest}; nothing was changed.`,
      ];
    throw new PublishError(
      `This build is the edition of ${date}, older than the site's latest edition, ${latest}, and was never published. ` +
        `Publish a build of the newest data, or add an edition dated after ${latest}. Nothing was changed in ${site}.`,
    );
  }
  const listed = new Set(build.editions.map((e) => e.date));
  const dropped = [...copies.keys()].filter((d) => !listed.has(d));
  if (dropped.length) {
    throw new PublishError(
      `The build's data (data/editions.toml) does not list ${dropped.join(', ')}, which the site has published; editions are never removed. Restore them in data/editions.toml. Nothing was changed in ${site}.`,
    );
  }

  // Every check passed: from here on, the site changes.
  mkdirSync(path.join(site, 'editions'), { recursive: true });
  if (copy) {
    done.push(`editions/${date}/ is already published with this content; left as it is.`);
  } else {
    // Copied beside its place, then moved there in one step: a half-copied edition is never
    // at its permanent address.
    const partial = path.join(site, 'editions', `.${date}.partial-${process.pid}`);
    rmSync(partial, { recursive: true, force: true });
    cpSync(dist, partial, { recursive: true });
    renameSync(partial, path.join(site, 'editions', date));
    copies.set(date, build);
    done.push(`editions/${date}/: the edition of ${date}, frozen.`);
  }
  for (const name of readdirSync(site)) {
    if (!SITE_OWN.includes(name)) rmSync(path.join(site, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(dist)) cpSync(path.join(dist, name), path.join(site, name), { recursive: true });
  done.push(`the site's root: the edition of ${date}, the latest.`);
  const headers = siteHeaders(dist, site, copies);
  if (headers) {
    writeWhole(path.join(site, '_headers'), headers);
    done.push(`_headers: the latest's rules and those of ${copies.size} published edition(s) under their addresses.`);
  }
  writeWhole(path.join(site, 'editions.json'), editionsJson(build, copies));
  done.push(`editions.json: ${copies.size} published edition(s), ${build.editions.length} listed.`);
  return done;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dist, site] = process.argv.slice(2);
  if (!dist || !site) {
    console.error('usage: node scripts/publish.mjs <dist> <site folder>');
    process.exit(2);
  }
  try {
    for (const line of publish(path.resolve(dist), path.resolve(site))) console.log(`publish: ${line}`);
  } catch (err) {
    if (!(err instanceof PublishError)) throw err;
    console.error(`publish: refused: ${err.message}`);
    process.exit(1);
  }
}
