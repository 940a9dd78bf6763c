#!/usr/bin/env node
// The HTTP headers of a built site. The pre-renderer writes them into the site's `_headers`
// (src/bin/prerender/published.rs), in the format Netlify and Cloudflare Pages read: one rule,
// `/*`, with the build's Content Security Policy (the strict one plus the hashes of the pages'
// one inline script and stylesheet; it changes when they do), CORS for sandboxed iframes and
// nosniff. This module reads that file, so the headers are written down once, by the build:
// scripts/serve.mjs sends them, the server spec compares against them, and
// `node scripts/headers.mjs [dist]` prints them one a line (`Name: value`) for a host's
// configuration. README.md ("Hosting") says which of them a static host must send.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rules of the `_headers` in `dir` (a Map from a rule's path, `/*` or `/<file>`, to its
 * { name: value }), or null if the folder holds no build. Refuses a file in another shape.
 */
export function readRules(dir) {
  let text;
  try {
    text = readFileSync(path.join(dir, '_headers'), 'utf8');
  } catch {
    return null;
  }
  const rules = new Map();
  let rule = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rule = line.trim();
      if (!rule.startsWith('/')) throw new Error(`${dir}/_headers: a rule for '${rule}', not a path`);
      if (!rules.has(rule)) rules.set(rule, {});
      continue;
    }
    const match = line.trim().match(/^([A-Za-z-]+):\s*(.*)$/);
    if (!rule || !match) throw new Error(`${dir}/_headers: cannot read '${line.trim()}'`);
    rules.get(rule)[match[1]] = match[2];
  }
  if (!rules.has('/*')) throw new Error(`${dir}/_headers: no rule for /*`);
  return rules;
}

/**
 * The headers of the site built in `dir`, from its `_headers` ({ name: value }), or null if
 * the folder holds no build. The pre-renderer writes one rule, `/*`, with every header;
 * scripts/serving.mjs rewrites the file with `/*` for what every file gets and one rule per
 * file with its policy and cache policy: then the site's policy is a page's (the root page's).
 */
export function readHeaders(dir) {
  const rules = readRules(dir);
  return rules && siteHeaders(dir, rules);
}

function siteHeaders(dir, rules) {
  const site = rules.get('/*');
  const policy = site['Content-Security-Policy'] ?? rules.get('/index.html')?.['Content-Security-Policy'];
  if (!policy) throw new Error(`${dir}/_headers: no Content-Security-Policy`);
  return { 'Content-Security-Policy': policy, ...site };
}

/**
 * Every header of the file `rel` (a path inside the build, `/`-separated; null for a response
 * that is no file, as an error's text) of the build in
 * `dir` whose rules are `rules`, but its type and cache policy: the site's, with the policy of
 * the file's own rule. A file that has none (the pre-renderer's `_headers` before
 * scripts/serving.mjs, or a file added after the build) gets the site's policy if it is a page
 * (`page`), else the site's without its hash sources, which allow a page's own inline texts.
 */
export function headersOf(dir, rules, rel, page) {
  const site = siteHeaders(dir, rules);
  const own = rel === null ? undefined : rules.get(`/${rel}`)?.['Content-Security-Policy'];
  const policy = site['Content-Security-Policy'];
  return { ...rules.get('/*'), 'Content-Security-Policy': own ?? (page ? policy : strictPolicy(policy)) };
}

/** The site's policy without its hash sources: what a file that is not a page is sent. */
export const strictPolicy = (policy) => policy.replace(/ 'sha256-[^']+'/g, '');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  let headers;
  try {
    headers = readHeaders(dist);
  } catch (err) {
    console.error(`headers: error: ${err.message}`);
    process.exit(1);
  }
  if (!headers) {
    console.error(`headers: error: '${dist}/_headers' does not exist: build the site first (trunk build --release)`);
    process.exit(1);
  }
  for (const [name, value] of Object.entries(headers)) console.log(`${name}: ${value}`);
}
