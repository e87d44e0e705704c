/**
 * Draws the extension's icon, `images/icon.png` (128 × 128, what the Marketplace and the
 * Extensions view show): three sources as dots at the corners of a triangle, joined by lines, on
 * a dark rounded square. The picture is computed here rather than drawn by hand so it can be
 * regenerated exactly; run `npm run build && node out/scripts/icon/main.js`.
 *
 * The PNG encoder is the smallest correct one: 8-bit RGBA, no filtering, one zlib stream, CRC-32
 * per chunk. Edges are smoothed by sampling each pixel 4 × 4 times.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

type Rgba = [number, number, number, number];

const BACKGROUND: Rgba = [31, 41, 55, 255];
const LINE: Rgba = [148, 163, 184, 255];
/** One colour per source, as the editor shows quotes, people and dates apart. */
const DOTS: { x: number; y: number; colour: Rgba }[] = [
  { x: 64, y: 30, colour: [251, 191, 36, 255] },
  { x: 30, y: 94, colour: [56, 189, 248, 255] },
  { x: 98, y: 94, colour: [244, 114, 182, 255] },
];
const DOT_RADIUS = 15;
const LINE_WIDTH = 6;
const CORNER = 24;

/** True when (x, y) lies inside the rounded square that forms the icon's background. */
function inBackground(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER), SIZE - CORNER);
  const cy = Math.min(Math.max(y, CORNER), SIZE - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

/** The distance from (x, y) to the segment from a to b. */
function distanceToSegment(x: number, y: number, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}

/** The colour of one sample point; later layers paint over earlier ones. */
function colourAt(x: number, y: number): Rgba {
  if (!inBackground(x, y)) return [0, 0, 0, 0];
  for (const dot of DOTS) if (Math.hypot(x - dot.x, y - dot.y) <= DOT_RADIUS) return dot.colour;
  for (let i = 0; i < DOTS.length; i++) {
    if (distanceToSegment(x, y, DOTS[i], DOTS[(i + 1) % DOTS.length]) <= LINE_WIDTH / 2) return LINE;
  }
  return BACKGROUND;
}

/** The image as rows of RGBA bytes, each row led by PNG's filter byte (0: none). */
function pixels(): Buffer {
  const rowBytes = 1 + SIZE * 4;
  const out = Buffer.alloc(rowBytes * SIZE);
  for (let py = 0; py < SIZE; py++) {
    out[py * rowBytes] = 0;
    for (let px = 0; px < SIZE; px++) {
      // Colours are averaged weighted by their alpha, so a transparent sample does not darken an edge.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const at = py * rowBytes + 1 + px * 4;
      out[at] = a ? Math.round(r / a) : 0;
      out[at + 1] = a ? Math.round(g / a) : 0;
      out[at + 2] = a ? Math.round(b / a) : 0;
      out[at + 3] = Math.round(a / (SAMPLES * SAMPLES));
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG computes it over a chunk's type and data. */
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC. */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The whole PNG file. */
export function iconPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The bundle lives in out/scripts/icon/, three levels below the repository root.
if (require.main === module) {
  const target = join(__dirname, '..', '..', '..', 'images', 'icon.png');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, iconPng());
  console.log(`wrote ${target}`);
}
