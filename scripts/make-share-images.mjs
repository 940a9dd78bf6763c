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
// Chromium's screenshots are piped through Debian's pngquant (apt-get install pngquant; see
// PNGQUANT below), which writes them again as palette PNGs of a few dozen colors, about 30 %
// of their size. The build copies public/share into the site as is, and leaves it out of the
// service worker's precache.
//
// tests/e2e/share.spec.ts tells when the committed images are stale: when share.json's hash of
// a page's inputs differs from the current build's, or when the card drawn now (same code,
// scripts/share-card.cjs) no longer looks like the committed image. Run this script again then.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { altText, CARD_PAGE, drawCard, HEIGHT, inputHash, readSite, WIDTH } from './share-card.cjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const OUT = path.join(ROOT, 'public', 'share');

// pngquant's settings. A card is flat color and anti-aliased text: quality 95 (of 100) takes
// about 30 colors and looks the same as the screenshot; where it cannot reach 80, pngquant
// refuses (exit status 99), so a card that no longer suits a small palette is not made quietly
// worse. Dithering (off: --nofs) would only speckle the flat areas and cost bytes; --speed 1
// is the slowest, most thorough search, still under a second a card; --strip drops metadata;
// `-` reads the screenshot from standard input and writes the result to standard output.
const PNGQUANT = ['--quality=80-95', '--nofs', '--speed', '1', '--strip', '-'];
const PNGQUANT_QUALITY_TOO_LOW = 99;

/** The screenshot `png` of the card for `file`, as pngquant writes it again. */
function quantize(png, file) {
  const run = spawnSync('pngquant', PNGQUANT, { input: png });
  if (run.error) throw run.error;
  if (run.status === PNGQUANT_QUALITY_TOO_LOW) {
    throw new Error(`make-share-images: pngquant cannot keep ${file} above its minimum quality (see PNGQUANT)`);
  }
  if (run.status !== 0) throw new Error(`make-share-images: pngquant failed on ${file} (exit ${run.status}): ${run.stderr}`);
  return run.stdout;
}

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`make-share-images: no ${path.join(DIST, 'index.html')}: build the site first (trunk build --release)`);
  process.exit(1);
}
if (spawnSync('pngquant', ['--version']).error?.code === 'ENOENT') {
  console.error('make-share-images: pngquant is not installed: apt-get install pngquant (or bash scripts/setup.sh)');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const manifest = {
  about:
    'Link-preview images of the explainer, one per language, made by `npm run share-images` ' +
    '(scripts/make-share-images.mjs) from the built pages. inputsSha256: SHA-256 of what the image shows ' +
    'from its page (title, "as of" line, kicker, diagram markup; scripts/share-card.cjs); ' +
    'tests/e2e/share.spec.ts recomputes it from the current build to tell a stale image.',
  images: {},
};
try {
  const site = await readSite(browser, DIST);
  for (const inputs of site.pages) {
    const page = await browser.newPage(CARD_PAGE);
    await drawCard(page, inputs, site.css);
    const screenshot = await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    await page.close();
    const file = `share-${inputs.lang}.png`;
    const png = quantize(screenshot, file);
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
