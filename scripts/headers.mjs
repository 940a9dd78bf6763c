#!/usr/bin/env node
// The HTTP headers every response of the explainer carries, defined once: scripts/serve.mjs
// sends them, tests and docs import them, and `node scripts/headers.mjs` prints them one a
// line (`Name: value`) for a host's configuration. README.md ("Hosting") says which of them
// a static host must send.
//
// Deliberately absent: X-Frame-Options and CSP frame-ancestors. The explainer is meant to be
// embedded in other sites' pages (iframes, sandboxed ones included).
import { pathToFileURL } from 'node:url';

/**
 * Only this origin's files; wasm may be compiled ('wasm-unsafe-eval'); no inline script or
 * style, no plugins, no <base>, no form submissions.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

/** Sent with every response of scripts/serve.mjs (files, the 404 page and errors alike). */
export const HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // An iframe with `sandbox` (without allow-same-origin) has an opaque origin: its module
  // script and wasm fetches are cross-origin requests and need this to load.
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
  // Revalidate every time, so a rebuild (and a new sw.js) is seen on the next load.
  'Cache-Control': 'no-cache',
});

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, value] of Object.entries(HEADERS)) console.log(`${name}: ${value}`);
}
