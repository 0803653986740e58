// A small synchronous PNG decoder and RGB encoder for the signature image. pdfkit's own PNG path
// decodes an image with alpha (or palette transparency, or interlacing) through png-js, which in the
// browser build inflates with fflate's asynchronous Worker started from a blob: URL: the CSP blocks
// it and the letter never finishes. Decoding here, with fflate's synchronous inflate, lets the
// signature reach pdfkit as a plain 8-bit RGB PNG, which pdfkit embeds without decoding.
import { unzlibSync, zlibSync } from 'fflate';

/** Straight RGBA, 8 bits a channel, row after row. */
export interface Rgba {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  /** A tRNS chunk: transparency without an alpha channel. */
  transparency: boolean;
}

export class PngFormatError extends Error {
  constructor(detail: string) {
    super(`The PNG image cannot be read (${detail}).`);
    this.name = 'PngFormatError';
  }
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width × height a signature may declare before decoding: far above any scan, far below a bomb. */
const MAX_PIXELS = 40_000_000;
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface Chunk {
  type: string;
  data: Uint8Array;
}

function chunks(bytes: Uint8Array): Chunk[] {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new PngFormatError('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Chunk[] = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) throw new PngFormatError('the file ends too early');
    out.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

function header(list: Chunk[]): PngHeader {
  const ihdr = list[0];
  if (ihdr?.type !== 'IHDR' || ihdr.data.length < 13) throw new PngFormatError('no header');
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, 13);
  const [bitDepth, colorType, , , interlace] = ihdr.data.subarray(8, 13);
  return { width: view.getUint32(0), height: view.getUint32(4), bitDepth: bitDepth!, colorType: colorType!, interlaced: interlace === 1, transparency: list.some((c) => c.type === 'tRNS') };
}

export function readPngHeader(bytes: Uint8Array): PngHeader {
  return header(chunks(bytes));
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the row filters of one (sub)image in place; returns where its data ends. */
function unfilter(data: Uint8Array, start: number, rowBytes: number, rows: number, bpp: number): number {
  let at = start;
  for (let y = 0; y < rows; y += 1) {
    const filter = data[at]!;
    const row = at + 1;
    const prev = row - rowBytes - 1;
    for (let i = 0; i < rowBytes; i += 1) {
      const left = i >= bpp ? data[row + i - bpp]! : 0;
      const up = y > 0 ? data[prev + i]! : 0;
      const upLeft = y > 0 && i >= bpp ? data[prev + i - bpp]! : 0;
      const x = data[row + i]!;
      if (filter === 1) data[row + i] = (x + left) & 255;
      else if (filter === 2) data[row + i] = (x + up) & 255;
      else if (filter === 3) data[row + i] = (x + ((left + up) >> 1)) & 255;
      else if (filter === 4) data[row + i] = (x + paeth(left, up, upLeft)) & 255;
      else if (filter !== 0) throw new PngFormatError('unknown row filter');
    }
    at = row + rowBytes;
  }
  return at;
}

/** Adam7: start x, start y, step x, step y of each pass. */
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Decodes any standard PNG (every colour type and bit depth, interlaced or not) to straight RGBA. */
export function decodePng(bytes: Uint8Array): Rgba {
  const list = chunks(bytes);
  const h = header(list);
  const channels = CHANNELS[h.colorType];
  if (!channels || ![1, 2, 4, 8, 16].includes(h.bitDepth)) throw new PngFormatError('unknown colour type');
  if (h.width === 0 || h.height === 0 || h.width * h.height > MAX_PIXELS) throw new PngFormatError('unusable size');
  const palette = list.find((c) => c.type === 'PLTE')?.data;
  if (h.colorType === 3 && !palette) throw new PngFormatError('no palette');
  const trns = list.find((c) => c.type === 'tRNS')?.data;
  const idat = list.filter((c) => c.type === 'IDAT');
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.data.length, 0));
  let offset = 0;
  for (const c of idat) {
    joined.set(c.data, offset);
    offset += c.data.length;
  }
  let data: Uint8Array;
  try {
    data = unzlibSync(joined);
  } catch {
    throw new PngFormatError('damaged image data');
  }
  const bitsPerPixel = channels * h.bitDepth;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const maxValue = (1 << Math.min(h.bitDepth, 8)) - 1;
  const pixels = new Uint8Array(h.width * h.height * 4);
  const sample = (row: number, x: number, c: number): number => {
    if (h.bitDepth === 16) return data[row + (x * channels + c) * 2]!; // high byte
    if (h.bitDepth === 8) return data[row + x * channels + c]!;
    const bit = (x * channels + c) * h.bitDepth;
    return (data[row + (bit >> 3)]! >> (8 - h.bitDepth - (bit & 7))) & maxValue;
  };
  const raw16 = (row: number, x: number, c: number): number => (h.bitDepth === 16 ? (data[row + (x * channels + c) * 2]! << 8) | data[row + (x * channels + c) * 2 + 1]! : sample(row, x, c));
  const scale = (v: number) => (h.bitDepth >= 8 ? v : Math.round((v * 255) / maxValue));
  const trnsValue = (i: number) => (trns && trns.length >= 2 * (i + 1) ? (trns[2 * i]! << 8) | trns[2 * i + 1]! : -1);
  const put = (row: number, x: number, px: number, py: number) => {
    const o = (py * h.width + px) * 4;
    let r: number, g: number, b: number, a = 255;
    if (h.colorType === 3) {
      const index = sample(row, x, 0);
      r = palette![index * 3] ?? 0;
      g = palette![index * 3 + 1] ?? 0;
      b = palette![index * 3 + 2] ?? 0;
      a = trns && index < trns.length ? trns[index]! : 255;
    } else if (h.colorType === 0 || h.colorType === 4) {
      r = g = b = scale(sample(row, x, 0));
      if (h.colorType === 4) a = scale(sample(row, x, 1));
      else if (raw16(row, x, 0) === trnsValue(0)) a = 0;
    } else {
      r = scale(sample(row, x, 0));
      g = scale(sample(row, x, 1));
      b = scale(sample(row, x, 2));
      if (h.colorType === 6) a = scale(sample(row, x, 3));
      else if (raw16(row, x, 0) === trnsValue(0) && raw16(row, x, 1) === trnsValue(1) && raw16(row, x, 2) === trnsValue(2)) a = 0;
    }
    pixels[o] = r;
    pixels[o + 1] = g;
    pixels[o + 2] = b;
    pixels[o + 3] = a;
  };
  const passes = h.interlaced ? PASSES : ([[0, 0, 1, 1]] as const);
  let at = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((h.width - x0) / dx);
    const rows = Math.ceil((h.height - y0) / dy);
    if (w <= 0 || rows <= 0) continue;
    const rowBytes = Math.ceil((w * bitsPerPixel) / 8);
    if (at + rows * (rowBytes + 1) > data.length) throw new PngFormatError('the image data ends too early');
    const start = at;
    at = unfilter(data, start, rowBytes, rows, bpp);
    for (let y = 0; y < rows; y += 1) {
      const row = start + y * (rowBytes + 1) + 1;
      for (let x = 0; x < w; x += 1) put(row, x, x0 + x * dx, y0 + y * dy);
    }
  }
  return { width: h.width, height: h.height, pixels };
}

/** An 8-bit RGB, non-interlaced PNG with no transparency: the form pdfkit embeds without decoding. */
export function encodeRgbPng(width: number, height: number, rgb: Uint8Array): Uint8Array<ArrayBuffer> {
  const row = width * 3 + 1;
  const raw = new Uint8Array(row * height);
  for (let y = 0; y < height; y += 1) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * row + 1); // filter 0
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [new Uint8Array(SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 255]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
