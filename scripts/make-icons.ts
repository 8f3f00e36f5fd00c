import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

// Writes the app's home-screen icons (the favicon's two linked rings, on the page's own colour)
// as PNGs, pixel by pixel, so they are the same bytes on every run and need no image tool.
// Run with `node --import tsx scripts/make-icons.ts`; the PNGs are committed.

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0xfb, 0xf8, 0xf3];
const LEFT_RING: Rgb = [0x2b, 0x5b, 0x84];
const RIGHT_RING: Rgb = [0x9a, 0x4a, 0x1c];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** How much of a pixel a ring covers, sampled 4×4 so the edges are smooth. */
function ringCover(x: number, y: number, cx: number, cy: number, r: number, width: number) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const distance = Math.hypot(x + (sx + 0.5) / 4 - cx, y + (sy + 0.5) / 4 - cy);
      if (Math.abs(distance - r) <= width / 2) inside += 1;
    }
  }
  return inside / 16;
}

/**
 * `scale` is the share of the icon the rings span: a maskable icon keeps them inside the
 * central circle every launcher leaves uncut.
 */
function icon(size: number, scale: number): Buffer {
  const unit = (size * scale) / 26; // the favicon's rings span 26 of its 32 units
  const centre = size / 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0: none
    for (let x = 0; x < size; x += 1) {
      let pixel: [number, number, number] = [...BACKGROUND];
      for (const [offset, colour] of [
        [-5, LEFT_RING],
        [5, RIGHT_RING],
      ] as const) {
        const cover = ringCover(x, y, centre + offset * unit, centre, 8 * unit, 3 * unit);
        pixel = pixel.map((value, i) =>
          Math.round(value * (1 - cover) + (colour[i] ?? 0) * cover),
        ) as [number, number, number];
      }
      row.set(pixel, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const folder = new URL("../src/web/public/icons/", import.meta.url);
writeFileSync(new URL("icon-192.png", folder), icon(192, 0.8));
writeFileSync(new URL("icon-512.png", folder), icon(512, 0.8));
writeFileSync(new URL("icon-maskable-512.png", folder), icon(512, 0.6));
