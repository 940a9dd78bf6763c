// Makes Chromium's screenshots small enough for link previews: reads an 8-bit RGB(A) PNG and
// writes it again as a palette PNG of at most 256 colors, with Node's own zlib and no
// dependency. Used by scripts/make-share-images.mjs.
//
// A share card is flat color and anti-aliased text, a few thousand distinct colors in all, so
// a median cut to 256 of them, without dithering (which would speckle the text and compress
// worse), is not told apart from the original at any size, and the file is about half.
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Width, height and RGB pixels (3 bytes each) of an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decode(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('png-palette: not a PNG');
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let pos = 8; pos < png.length; ) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      const [depth, colorType, interlace] = [data[8], data[9], data[12]];
      channels = { 2: 3, 6: 4 }[colorType];
      if (depth !== 8 || !channels || interlace) {
        throw new Error(`png-palette: can read 8-bit non-interlaced RGB(A) only (depth ${depth}, color type ${colorType})`);
      }
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rgb = Buffer.alloc(width * height * 3);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      if (predictor === undefined) throw new Error(`png-palette: unknown filter ${filter} in row ${y}`);
      line[i] = (line[i] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) line.copy(rgb, (y * width + x) * 3, x * channels, x * channels + 3);
    prev = line;
  }
  return { width, height, rgb };
}

/**
 * A palette of at most `size` colors for `counts` (packed 0xRRGGBB → pixels): median cut,
 * always splitting the box with the most pixels times the widest channel range, so large
 * areas keep their exact color and small distinct ones (the icon's gold) get their own.
 */
function medianCut(counts, size) {
  const colors = [...counts.keys()];
  const channel = (color, ch) => (color >> (16 - 8 * ch)) & 0xff;
  const describe = (members) => {
    let pixels = 0, widest = 0, range = 0;
    for (let ch = 0; ch < 3; ch++) {
      let lo = 255, hi = 0;
      for (const c of members) {
        lo = Math.min(lo, channel(c, ch));
        hi = Math.max(hi, channel(c, ch));
      }
      if (hi - lo > range) [widest, range] = [ch, hi - lo];
    }
    for (const c of members) pixels += counts.get(c);
    return { members, pixels, widest, range };
  };
  const boxes = [describe(colors)];
  while (boxes.length < size) {
    let best = -1;
    boxes.forEach((box, i) => {
      if (box.members.length > 1 && (best < 0 || box.pixels * box.range > boxes[best].pixels * boxes[best].range)) best = i;
    });
    if (best < 0) break;
    const { members, pixels, widest } = boxes[best];
    members.sort((p, q) => channel(p, widest) - channel(q, widest) || p - q);
    // Split at the pixel-weighted median, leaving at least one color on each side.
    let seen = 0, cut = 1;
    for (; cut < members.length - 1; cut++) {
      seen += counts.get(members[cut - 1]);
      if (seen * 2 >= pixels) break;
    }
    boxes.splice(best, 1, describe(members.slice(0, cut)), describe(members.slice(cut)));
  }
  return boxes.map(({ members, pixels }) =>
    [0, 1, 2].map((ch) => Math.round(members.reduce((s, c) => s + channel(c, ch) * counts.get(c), 0) / pixels)),
  );
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** `png` (8-bit RGB or RGBA, opaque) written again as a palette PNG of at most `size` colors. */
export function toPalette(png, size = 256) {
  const { width, height, rgb } = decode(png);
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const c = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const palette = medianCut(counts, size);
  // Each distinct color maps to its nearest palette entry (computed once per color).
  const nearest = new Map();
  for (const c of counts.keys()) {
    const [r, g, b] = [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff];
    let best = 0, bestDistance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = 2 * (r - pr) ** 2 + 4 * (g - pg) ** 2 + 3 * (b - pb) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    nearest.set(c, best);
  }
  // Filter type 0 on every row: for palette images it compresses best (PNG spec, 12.8).
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[y * (width + 1) + 1 + x] = nearest.get((rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2]);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette color, deflate, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
