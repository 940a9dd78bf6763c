// The link-preview images (public/share, made by `npm run share-images` from the built pages
// and committed): the build ships one per language at 1200×630 and under 100 KB; each still
// shows what its page says now (share.json's hash of the inputs, and the card drawn now
// against the committed image); none is blank; and each title is drawn in real glyphs, not
// in the empty boxes a machine without the Japanese and Korean fonts would draw.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { altText, CARD_PAGE, drawCard, HEIGHT, inputHash, readSite, WIDTH } from '../../scripts/share-card.cjs';
import { expect, pngSize, test } from './fixtures';
import { LANGS } from './site';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const STALE = 'run npm run share-images and commit';

type Manifest = { images: Record<string, { file: string; width: number; height: number; alt: string; inputsSha256: string }> };
/** share.json as committed (public/share), which `npm run share-images` rewrites. */
const manifest = (): Manifest => JSON.parse(readFileSync(path.join(ROOT, 'public', 'share', 'share.json'), 'utf8'));

test.describe('share images', () => {
  test.skip(({ isMobile }) => isMobile, 'the images are the same for every screen; once is enough');

  for (const { tag } of LANGS) {
    test(`the build ships the ${tag} image, 1200×630 and under 100 KB, as committed`, async ({ request }) => {
      const entry = manifest().images[tag];
      expect(entry, `share.json has an image for ${tag}`).toBeTruthy();
      expect([entry.width, entry.height]).toEqual([WIDTH, HEIGHT]);
      expect(entry.alt.length, 'alt text').toBeGreaterThan(20);

      const built = readFileSync(path.join(DIST, 'share', entry.file));
      expect(pngSize(built)).toEqual([1200, 630]);
      expect(built.length, `${entry.file} is ${built.length} bytes`).toBeLessThan(100_000);
      const committed = readFileSync(path.join(ROOT, 'public', 'share', entry.file));
      expect(built.equals(committed), `dist/share/${entry.file} is not public/share's: rebuild (trunk build --release)`).toBe(true);

      const served = await request.get(`share/${entry.file}`);
      expect(served.ok()).toBe(true);
      expect(served.headers()['content-type']).toBe('image/png');
    });
  }

  test("share.json's input hashes and alt texts match the current pages", async ({ browser }) => {
    const site = await readSite(browser, DIST);
    const images = manifest().images;
    for (const inputs of site.pages) {
      const entry = images[inputs.lang];
      expect(entry.inputsSha256, `${inputs.lang}: the page's title, "as of" line, kicker or diagram changed; ${STALE}`).toBe(
        inputHash(inputs),
      );
      expect(entry.alt, `${inputs.lang}: ${STALE}`).toBe(altText(inputs));
    }
  });

  for (const { tag } of LANGS) {
    test(`the ${tag} image is not blank and shows the title drawn now, in real glyphs`, async ({ browser, page }) => {
      const site = await readSite(browser, DIST);
      const inputs = site.pages.find((p: { lang: string }) => p.lang === tag);
      const file = manifest().images[tag].file;
      const committed = readFileSync(path.join(ROOT, 'public', 'share', file));

      // The card drawn now, then with every letter of its title replaced by one no font has:
      // what the title looks like where the fonts are missing (each letter an empty box; the
      // punctuation stays, as it would).
      const context = await browser.newContext(CARD_PAGE);
      const card = await context.newPage();
      const title = await drawCard(card, inputs, site.css);
      const now = await card.screenshot();
      await card.locator('h1').evaluate((h1) => {
        h1.textContent = (h1.textContent ?? '').replace(/\p{L}/gu, '\u{10FFFD}');
      });
      const tofu = await card.screenshot();
      await context.close();

      const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
      const m = await page.evaluate(
        async ({ sources, box }) => {
          const [image, now, tofu] = await Promise.all(
            sources.map(async (src) => {
              const img = new Image();
              img.src = src;
              await img.decode();
              const canvas = document.createElement('canvas');
              [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
              const ctx = canvas.getContext('2d')!;
              ctx.drawImage(img, 0, 0);
              return ctx.getImageData(0, 0, canvas.width, canvas.height);
            }),
          );
          const { width, height, data } = image;
          // Not blank: the spread of brightness, and the share of pixels unlike the background.
          const luma = (d: Uint8ClampedArray, i: number) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
          let sum = 0,
            squares = 0,
            marked = 0;
          const background = luma(data, 0);
          for (let i = 0; i < data.length; i += 4) {
            const l = luma(data, i);
            sum += l;
            squares += l * l;
            if (Math.abs(l - background) > 48) marked++;
          }
          const n = width * height;
          // Mean difference of two images over the title's box, per color channel.
          const distance = (a: ImageData, b: ImageData) => {
            let total = 0,
              count = 0;
            for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
              for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
                const i = (y * width + x) * 4;
                for (let c = 0; c < 3; c++) total += Math.abs(a.data[i + c] - b.data[i + c]);
                count += 3;
              }
            }
            return total / count;
          };
          return {
            size: [width, height],
            spread: Math.sqrt(squares / n - (sum / n) ** 2),
            marked: marked / n,
            imageToNow: distance(image, now),
            nowToTofu: distance(now, tofu),
          };
        },
        { sources: [url(committed), url(now), url(tofu)], box: title },
      );

      expect(m.size).toEqual([1200, 630]);
      expect(m.spread, `${file}: brightness spread`).toBeGreaterThan(10);
      expect(m.marked, `${file}: share of pixels unlike the background`).toBeGreaterThan(0.02);
      // This machine draws the title's letters: drawn with the page's fonts they differ
      // clearly from empty boxes (without fonts-noto-cjk, Japanese and Korean would not).
      expect(m.nowToTofu, `the ${tag} title draws as empty boxes here: install fonts-noto-cjk (bash scripts/setup.sh)`).toBeGreaterThan(8);
      // The committed image's title is the one drawn now, to within a small part of that
      // difference (the palette rounds colors a little): neither boxes, nor another title or
      // layout.
      expect(
        m.imageToNow,
        `${file}: its title does not look like the card drawn now (difference ${m.imageToNow.toFixed(2)}, ` +
          `${m.nowToTofu.toFixed(2)} for empty boxes): an older card, or other fonts than here (fonts-noto-cjk); ${STALE}`,
      ).toBeLessThan(m.nowToTofu / 8);
    });
  }
});
