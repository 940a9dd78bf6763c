#!/usr/bin/env node

// Renders the app icons' PNGs from their SVG sources with Debian's Chromium (through
// Playwright), so nothing is downloaded and a designer only ever edits the SVGs:
//
//   public/icons/icon.svg           -> icon-192.png, icon-512.png            (purpose "any")
//   public/icons/icon-maskable.svg  -> icon-maskable-192.png, -512.png       (purpose "maskable")
//   public/icons/icon.svg           -> public/favicon.ico (16, 32 and 48 px PNGs in one .ico),
//                                      which browsers ask for by themselves, e.g. when they
//                                      show the published JSON file
//
//   node scripts/make-icons.mjs      (then commit the PNGs; the build copies public/icons as is)
//
// "any" icons keep their transparent rounded corners (omitBackground); the maskable SVG is
// full-bleed, so its PNGs are opaque. The manifest (public/manifest.webmanifest) names these
// files and sizes; tests/e2e/install.spec.ts checks every declared size against the PNG header.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ICONS = path.join(ROOT, 'public', 'icons');

const JOBS = [
  { svg: 'icon.svg', out: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', out: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-192.png', size: 192 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
/** The SVG `svg` rendered as a `size`×`size` PNG with a transparent background. */
async function render(svg, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const data = readFileSync(path.join(ICONS, svg)).toString('base64');
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img alt="" style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}">` +
      `</body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
}

/** An .ico file holding PNG images (allowed since Windows Vista; every browser reads it). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1); // height
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

try {
  for (const { svg, out, size } of JOBS) {
    writeFileSync(path.join(ICONS, out), await render(svg, size));
    console.log(`wrote public/icons/${out} (${size}x${size}) from ${svg}`);
  }
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push({ size, png: await render('icon.svg', size) });
  writeFileSync(path.join(ROOT, 'public', 'favicon.ico'), ico(images));
  console.log(`wrote public/favicon.ico (${sizes.join(', ')} px) from icon.svg`);
} finally {
  await browser.close();
}
