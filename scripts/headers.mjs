#!/usr/bin/env node
// The HTTP headers every response of the explainer carries, defined once: scripts/serve.mjs
// sends them, tests and docs read them, and `node scripts/headers.mjs [dist]` prints them one a
// line (`Name: value`) for a host's configuration. README.md ("Hosting") says which of them
// a static host must send.
//
// The Content Security Policy is the build's: each page carries its one inline script and (on
// the explainer's own pages) its stylesheet inline, and the pre-renderer writes the policy
// that allows exactly those two texts by their hashes into every page
// (`<meta http-equiv="Content-Security-Policy">`; src/bin/prerender/template.rs); it changes
// when the stylesheet does. scripts/serve.mjs sends each page the policy it states and every
// other file the strict one; `node scripts/headers.mjs dist` prints the pages' policy, one for
// the whole build, which a host may send with every file.
//
// Deliberately absent: X-Frame-Options and CSP frame-ancestors. The explainer is meant to be
// embedded in other sites' pages (iframes, sandboxed ones included).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What a folder without the pre-renderer's policy gets: only its own files, wasm may be
 * compiled, and no inline script or style at all.
 */
export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

/** The headers every response of scripts/serve.mjs carries besides its policy (files, the 404 page and errors alike). */
export const HEADERS = Object.freeze({
  // An iframe with `sandbox` (without allow-same-origin) has an opaque origin: its module
  // script and wasm fetches are cross-origin requests and need this to load.
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
  // Revalidate every time, so a rebuild (and a new sw.js) is seen on the next load.
  'Cache-Control': 'no-cache',
});

/** The policy a built page states in its `<meta http-equiv="Content-Security-Policy">`, or null. */
export function policyOf(html) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i);
  return meta ? meta[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&') : null;
}

/** Every header of a response that is not a page (a script, the wasm, an image, an error). */
export const FILE_HEADERS = Object.freeze({ 'Content-Security-Policy': STRICT_POLICY, ...HEADERS });

/** Every header of a page whose HTML is `html`: the policy it states (STRICT_POLICY if none) and HEADERS. */
export function pageHeaders(html) {
  return { ...FILE_HEADERS, 'Content-Security-Policy': policyOf(html) ?? STRICT_POLICY };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  let html;
  try {
    html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  } catch {
    console.error(`headers: error: '${dist}/index.html' does not exist: build the site first (trunk build --release)`);
    process.exit(1);
  }
  if (!policyOf(html)) {
    console.error(`headers: error: '${dist}/index.html' states no Content-Security-Policy (was it pre-rendered?)`);
    process.exit(1);
  }
  for (const [name, value] of Object.entries(pageHeaders(html))) console.log(`${name}: ${value}`);
}
