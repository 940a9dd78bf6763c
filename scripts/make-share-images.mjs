#!/usr/bin/env node
// Renders the link-preview ("share") images, one 1200×630 PNG per language, from the built
// pages with Debian's Chromium (through Playwright), so nothing is downloaded and the images
// say what the pages say:
//
//   dist/index.html, ja/index.html, ko/index.html + dist/main-<hash>.css
//     -> public/share/share-en.png, share-ja.png, share-ko.png
//     -> public/share/share.json   (per language: file, size, alt text, hash of the inputs)
//
//   trunk build --release && npm run share-images      (then commit public/share)
//
// Each card shows the page's kicker beside the app icon, its title, its "as of" line and the
// foundation diagram the page opens on (Seoul's proposal), drawn with the site's own
// stylesheet in its light colors and the system fonts (Noto CJK for Japanese and Korean).
// Chromium's screenshots are written again as 256-color palette PNGs (scripts/png-palette.mjs),
// about 40 % of their size. The build copies public/share into the site as is, and leaves it
// out of the service worker's precache.
//
// tests/e2e/share.spec.ts tells when the committed images are stale: when share.json's hash of
// a page's inputs differs from the current build's, or when the card drawn now (same code,
// scripts/share-card.cjs) no longer looks like the committed image. Run this script again then.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPalette } from './png-palette.mjs';
import { CARD_PAGE, HEIGHT, WIDTH, altText, drawCard, inputHash, readSite } from './share-card.cjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const OUT = path.join(ROOT, 'public', 'share');

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`make-share-images: no ${path.join(DIST, 'index.html')}: build the site first (trunk build --release)`);
  process.exit(1);
}
const site = readSite(DIST);
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const manifest = {
  about: 'Link-preview images of the explainer, one per language, made by `npm run share-images` ' +
    '(scripts/make-share-images.mjs) from the built pages. inputsSha256: SHA-256 of what the image shows ' +
    "from its page (title, \"as of\" line, kicker, diagram markup; scripts/share-card.cjs); " +
    'tests/e2e/share.spec.ts recomputes it from the current build to tell a stale image.',
  images: {},
};
try {
  for (const inputs of site.pages) {
    const page = await browser.newPage(CARD_PAGE);
    await drawCard(page, inputs, site.css);
    const screenshot = await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    await page.close();
    const png = toPalette(screenshot);

    const file = `share-${inputs.lang}.png`;
    writeFileSync(path.join(OUT, file), png);
    manifest.images[inputs.lang] = {
      file,
      width: WIDTH,
      height: HEIGHT,
      alt: altText(inputs),
      inputsSha256: inputHash(inputs),
    };
    const kb = (bytes) => `${(bytes.length / 1000).toFixed(1)} KB`;
    console.log(`wrote public/share/${file} (${WIDTH}x${HEIGHT}, ${kb(png)}; screenshot ${kb(screenshot)})`);
  }
} finally {
  await browser.close();
}
writeFileSync(path.join(OUT, 'share.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log('wrote public/share/share.json');
