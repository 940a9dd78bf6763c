#!/usr/bin/env node
// Renders the app icons' PNGs from their SVG sources with Debian's Chromium (through
// Playwright), so nothing is downloaded and a designer only ever edits the SVGs:
//
//   public/icons/icon.svg           -> icon-192.png, icon-512.png            (purpose "any")
//   public/icons/icon-maskable.svg  -> icon-maskable-192.png, -512.png       (purpose "maskable")
//
//   node scripts/make-icons.mjs      (then commit the PNGs; the build copies public/icons as is)
//
// "any" icons keep their transparent rounded corners (omitBackground); the maskable SVG is
// full-bleed, so its PNGs are opaque. The manifest (public/manifest.webmanifest) names these
// files and sizes; tests/e2e/install.spec.ts checks every declared size against the PNG header.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ICONS = path.join(ROOT, 'public', 'icons');

const JOBS = [
  { svg: 'icon.svg', out: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', out: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-192.png', size: 192 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // Same closed-network flags as playwright.config.ts (../shared/TOOLCHAIN.md, trap 5).
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const { svg, out, size } of JOBS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const data = readFileSync(path.join(ICONS, svg)).toString('base64');
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img alt="" style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}">` +
        `</body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(ICONS, out), omitBackground: true });
    await page.close();
    console.log(`wrote public/icons/${out} (${size}x${size}) from ${svg}`);
  }
} finally {
  await browser.close();
}
