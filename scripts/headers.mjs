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
 * The headers of the site built in `dir`, from its `_headers` ({ name: value }), or null if
 * the folder holds no build. The pre-renderer writes one rule, `/*`, with every header;
 * scripts/serving.mjs rewrites the file with `/*` for what every file gets and one rule per
 * file with its policy and cache policy: then the site's policy is a page's (the root page's).
 * Refuses a file in another shape.
 */
export function readHeaders(dir) {
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
  const site = rules.get('/*');
  if (!site) throw new Error(`${dir}/_headers: no rule for /*`);
  const policy = site['Content-Security-Policy'] ?? rules.get('/index.html')?.['Content-Security-Policy'];
  if (!policy) throw new Error(`${dir}/_headers: no Content-Security-Policy`);
  return { 'Content-Security-Policy': policy, ...site };
}

/** The policy a built page states in its `<meta http-equiv="Content-Security-Policy">`, or null. */
export function policyOf(html) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i);
  return meta ? meta[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&') : null;
}

/**
 * Every header of a page whose HTML is `html`: the site's, with the policy the page states. A
 * page that states none (an error page) carries none of the pre-renderer's inline texts, and
 * gets what a file gets.
 */
export function pageHeaders(site, html) {
  return { ...site, 'Content-Security-Policy': policyOf(html) ?? fileHeaders(site)['Content-Security-Policy'] };
}

/**
 * Every header of a file that is not a page (a script, the wasm, an image, an error): the
 * site's, without the policy's hash sources, which allow a page's own inline texts; a file
 * has none.
 */
export function fileHeaders(site) {
  return { ...site, 'Content-Security-Policy': site['Content-Security-Policy'].replace(/ 'sha256-[^']+'/g, '') };
}

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
