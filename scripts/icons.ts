/**
 * Renders the app icons and the Open Graph image from the site's mark (public/favicon.svg) with the system
 * Chromium, then re-compresses each PNG losslessly (palette when it has few colours, best row filters, zlib
 * level 9). Run `node scripts/icons.ts` after changing the mark, and commit the files in public/.
 *
 * Writes: public/icons/icon-192.png and icon-512.png (the mark on a transparent background),
 * public/icons/icon-maskable-512.png (full-bleed background, the mark inside the 80% safe zone),
 * public/apple-touch-icon.png (180 px, opaque: iOS fills transparency with black) and public/og-image.png
 * (1200 × 630, for links shared in chats and social sites).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { SITE } from '../src/build/site.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';

const PUBLIC = join(import.meta.dirname, '..', 'public');
/** The site's light scheme (src/styles/global.css): --bg, --text, --accent-strong. */
const BG = '#fbfaf7';
const TEXT = '#1d232a';
const ACCENT_STRONG = '#064f45';

const mark = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
/** The mark at `size` px, as inline SVG. */
const markAt = (size: number) => mark.replace('<svg ', `<svg width="${size}" height="${size}" `);

/** A page of exactly `width` × `height` px holding `body`, centred, on `background`. */
const page = (width: number, height: number, background: string, body: string) => `<!doctype html>
<html><head><style>
  html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; background: ${background}; }
  body { display: flex; align-items: center; justify-content: center; }
  svg { display: block; }
</style></head><body>${body}</body></html>`;

interface Image {
  file: string;
  width: number;
  height: number;
  html: string;
  /** Keep the transparency (no background painted). */
  transparent?: boolean;
}

const images: Image[] = [
  // "any" icons: the mark fills the square; the launcher or browser draws its own background.
  {
    file: 'icons/icon-192.png',
    width: 192,
    height: 192,
    html: page(192, 192, 'transparent', markAt(192)),
    transparent: true,
  },
  {
    file: 'icons/icon-512.png',
    width: 512,
    height: 512,
    html: page(512, 512, 'transparent', markAt(512)),
    transparent: true,
  },
  // Maskable: the launcher crops to any shape within the central circle of 80% diameter. The mark's farthest
  // point lies 20.6 of its 32 units from its centre, so at 300 px it stays within the 204.8 px radius.
  { file: 'icons/icon-maskable-512.png', width: 512, height: 512, html: page(512, 512, BG, markAt(300)) },
  { file: 'apple-touch-icon.png', width: 180, height: 180, html: page(180, 180, BG, markAt(140)) },
  {
    file: 'og-image.png',
    width: 1200,
    height: 630,
    html: page(
      1200,
      630,
      BG,
      `<div style="display:flex;align-items:center;gap:56px;padding:0 96px;font-family:'DejaVu Sans',system-ui,sans-serif">
        ${markAt(260)}
        <div>
          <div style="font-size:88px;font-weight:700;color:${ACCENT_STRONG};line-height:1.05">${SITE.name}</div>
          <div style="font-size:40px;color:${TEXT};line-height:1.3;margin-top:28px;max-width:680px">${SITE.tagline}</div>
        </div>
      </div>
      <div style="position:absolute;left:0;right:0;bottom:0;height:20px;background:${ACCENT_STRONG}"></div>`,
    ),
  },
];

// --- Lossless PNG re-compression ---------------------------------------------------------------------

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Decodes an 8-bit RGB or RGBA PNG (what Chromium writes) to RGBA pixels. */
function decode(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let at = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9]!;
      if (data[8] !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0)
        throw new Error('Only 8-bit RGB(A) PNGs without interlacing are supported');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      out[x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(pixels.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Filters each row with the filter that gives the smallest sum of absolute values (the usual heuristic). */
function filterRows(pixels: Uint8Array, stride: number, height: number, bpp: number): Buffer {
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    let best: Uint8Array | undefined;
    let bestType = 0;
    let bestScore = Infinity;
    for (let type = 0; type < 5; type++) {
      const line = new Uint8Array(stride);
      let score = 0;
      for (let x = 0; x < stride; x++) {
        const a = x >= bpp ? row[x - bpp]! : 0;
        const b = prev[x]!;
        const c = x >= bpp ? prev[x - bpp]! : 0;
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type]!;
        line[x] = (row[x]! - predictor) & 0xff;
        score += line[x]! < 128 ? line[x]! : 256 - line[x]!;
      }
      if (score < bestScore) [best, bestType, bestScore] = [line, type, score];
    }
    out[y * (stride + 1)] = bestType;
    out.set(best!, y * (stride + 1) + 1);
  }
  return out;
}

/** Re-encodes a PNG losslessly: a palette when it has at most 256 colours, else RGB or RGBA as needed. */
function optimise(png: Buffer): Buffer {
  const { width, height, rgba } = decode(png);
  const pixels = width * height;
  const opaque = rgba.every((v, i) => i % 4 !== 3 || v === 255);
  const colours = new Map<number, number>();
  for (let i = 0; i < pixels && colours.size <= 256; i++) {
    const key =
      rgba[i * 4]! * 0x1000000 + ((rgba[i * 4 + 1]! << 16) | (rgba[i * 4 + 2]! << 8) | rgba[i * 4 + 3]!);
    if (!colours.has(key)) colours.set(key, colours.size);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  const parts: Buffer[] = [];
  let data: Buffer;
  if (colours.size <= 256) {
    ihdr[9] = 3;
    const plte = Buffer.alloc(colours.size * 3);
    const trns = Buffer.alloc(colours.size);
    for (const [key, index] of colours) {
      plte[index * 3] = Math.floor(key / 0x1000000);
      plte[index * 3 + 1] = (key >> 16) & 0xff;
      plte[index * 3 + 2] = (key >> 8) & 0xff;
      trns[index] = key & 0xff;
    }
    const indices = new Uint8Array(pixels);
    for (let i = 0; i < pixels; i++) {
      const key =
        rgba[i * 4]! * 0x1000000 + ((rgba[i * 4 + 1]! << 16) | (rgba[i * 4 + 2]! << 8) | rgba[i * 4 + 3]!);
      indices[i] = colours.get(key)!;
    }
    parts.push(chunk('PLTE', plte));
    if (!opaque) parts.push(chunk('tRNS', trns));
    // Palette images compress best unfiltered.
    data = Buffer.alloc((width + 1) * height);
    for (let y = 0; y < height; y++)
      data.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  } else if (opaque) {
    ihdr[9] = 2;
    const rgb = new Uint8Array(pixels * 3);
    for (let i = 0; i < pixels; i++) rgb.set(rgba.subarray(i * 4, i * 4 + 3), i * 3);
    data = filterRows(rgb, width * 3, height, 3);
  } else {
    ihdr[9] = 6;
    data = filterRows(rgba, width * 4, height, 4);
  }
  const idat = deflateSync(data, { level: 9, memLevel: 9 });
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    ...parts,
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ]);
}

// --- Render ----------------------------------------------------------------------------------------------

const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  mkdirSync(join(PUBLIC, 'icons'), { recursive: true });
  for (const image of images) {
    const tab = await browser.newPage({
      viewport: { width: image.width, height: image.height },
      deviceScaleFactor: 1,
    });
    await tab.setContent(image.html);
    const shot = await tab.screenshot({ type: 'png', omitBackground: !!image.transparent });
    await tab.close();
    const png = optimise(shot);
    writeFileSync(join(PUBLIC, image.file), png);
    console.log(
      `${image.file}: ${image.width}×${image.height}, ${(png.length / 1024).toFixed(1)} KB (from ${(shot.length / 1024).toFixed(1)} KB)`,
    );
  }
} finally {
  await browser.close();
}
