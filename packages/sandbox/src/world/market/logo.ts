/**
 * Placeholder company logos for `GET /v1.0/equities/{symbol}/logo`: a 64×64 PNG, a disc on a
 * tile in colours derived from the sector and ticker. Encoded by hand (stored deflate blocks),
 * so it runs the same in Node and in the browser with no dependency.
 */
import { hashSeed } from '../random.ts';

const SIZE = 64;

/** Tile colours per sector (RGB). */
const SECTOR_COLORS: Record<string, [number, number, number]> = {
  Technology: [37, 99, 235],
  'Communication Services': [124, 58, 237],
  'Consumer Cyclical': [234, 88, 12],
  'Consumer Defensive': [22, 163, 74],
  'Financial Services': [15, 118, 110],
  Healthcare: [219, 39, 119],
  Energy: [202, 138, 4],
  Industrials: [71, 85, 105],
  Funds: [30, 64, 175],
};

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i++) body[i] = type.charCodeAt(i);
  body.set(data, 4);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib stream of `raw` in stored (uncompressed) deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  for (let i = 0; i < raw.length || i === 0; i += 65535) {
    const block = raw.subarray(i, Math.min(raw.length, i + 65535));
    const final = i + 65535 >= raw.length ? 1 : 0;
    out.push(
      final,
      block.length & 0xff,
      block.length >>> 8,
      ~block.length & 0xff,
      (~block.length >>> 8) & 0xff,
    );
    for (const b of block) out.push(b);
    if (raw.length === 0) break;
  }
  out.push(...u32(adler32(raw)));
  return Uint8Array.from(out);
}

/** A PNG logo for a ticker in a sector. */
export function logoPng(symbol: string, sector: string): Uint8Array {
  const base = SECTOR_COLORS[sector] ?? [71, 85, 105];
  const h = hashSeed(symbol) >>> 0;
  // Shift the tile colour a little per ticker so neighbours differ.
  const tile = base.map((c, i) =>
    Math.max(0, Math.min(255, c + (((h >>> (i * 8)) & 0x3f) - 32))),
  ) as [number, number, number];
  const disc = tile.map((c) => Math.round(c + (255 - c) * 0.75)) as [number, number, number];
  const raw = new Uint8Array(SIZE * (1 + SIZE * 3));
  const centre = (SIZE - 1) / 2;
  const radius = SIZE * 0.3 + (h % 6);
  for (let y = 0, p = 0; y < SIZE; y++) {
    raw[p++] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius * radius;
      const [r, g, b] = inside ? disc : tile;
      raw[p++] = r;
      raw[p++] = g;
      raw[p++] = b;
    }
  }
  const ihdr = Uint8Array.from([...u32(SIZE), ...u32(SIZE), 8, 2, 0, 0, 0]);
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}
