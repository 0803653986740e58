// The signature as letters embed it: a PNG is flattened onto white paper (a transparent background
// prints as the page it sits on anyway), reduced to a size that prints sharply in the 170 × 42 pt
// signature box, and written as a plain RGB PNG — the one PNG form pdfkit embeds synchronously, with
// no alpha split and no Worker (see pngPixels.ts). Done when the officer saves the signature, and
// again at letter time for a signature saved before this existed (signatureImage.ts, cached there). JPEGs are embedded as they are:
// pdfkit copies JPEG bytes without decoding them, and the 512 KB limit bounds them.
import { decodePng, encodeRgbPng, readPngHeader, type Rgba } from './pngPixels';

/** ~600 dpi across the signature box: sharp on paper, a few tens of KB. */
export const MAX_SIGNATURE_PIXELS = { width: 1400, height: 600 } as const;

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Already what flattening makes: 8-bit RGB, not interlaced, no transparency, not oversized. */
export function isPlainPng(bytes: Uint8Array): boolean {
  if (!isPng(bytes)) return false;
  try {
    const h = readPngHeader(bytes);
    return h.colorType === 2 && h.bitDepth === 8 && !h.interlaced && !h.transparency && h.width <= MAX_SIGNATURE_PIXELS.width && h.height <= MAX_SIGNATURE_PIXELS.height;
  } catch {
    return false;
  }
}

/** Straight RGBA over white, as RGB. */
function onWhite(image: Rgba): Uint8Array {
  const { pixels } = image;
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let i = 0, o = 0; i < pixels.length; i += 4, o += 3) {
    const a = pixels[i + 3]!;
    for (let c = 0; c < 3; c += 1) rgb[o + c] = Math.round((pixels[i + c]! * a + 255 * (255 - a)) / 255);
  }
  return rgb;
}

/** Area-average reduction by a whole factor: a thin pen stroke stays visible, never aliased away. */
function reduce(width: number, height: number, rgb: Uint8Array): { width: number; height: number; rgb: Uint8Array } {
  const factor = Math.max(Math.ceil(width / MAX_SIGNATURE_PIXELS.width), Math.ceil(height / MAX_SIGNATURE_PIXELS.height));
  if (factor <= 1) return { width, height, rgb };
  const w = Math.ceil(width / factor);
  const h = Math.ceil(height / factor);
  const out = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const sums = [0, 0, 0];
      let n = 0;
      for (let sy = y * factor; sy < Math.min(height, (y + 1) * factor); sy += 1) {
        for (let sx = x * factor; sx < Math.min(width, (x + 1) * factor); sx += 1) {
          const i = (sy * width + sx) * 3;
          sums[0]! += rgb[i]!;
          sums[1]! += rgb[i + 1]!;
          sums[2]! += rgb[i + 2]!;
          n += 1;
        }
      }
      for (let c = 0; c < 3; c += 1) out[(y * w + x) * 3 + c] = Math.round(sums[c]! / n);
    }
  }
  return { width: w, height: h, rgb: out };
}

/**
 * The signature bytes to store and embed: a plain RGB PNG for any PNG (throws PngFormatError when it
 * cannot be read), a JPEG unchanged. Synchronous: it runs inside the letter's layout.
 */
export function flattenSignature(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!isPng(bytes) || isPlainPng(bytes)) return new Uint8Array(bytes);
  const image = decodePng(bytes);
  const small = reduce(image.width, image.height, onWhite(image));
  return encodeRgbPng(small.width, small.height, small.rgb);
}
