// Issue #14, item 1: a signature with a transparent background (PNG alpha, the usual scan) must never
// send pdfkit down its asynchronous PNG path (a Worker from a blob: URL, blocked by the CSP, so the
// letter never finished). The signature is flattened onto white when saved and again at letter time;
// a document that still goes asynchronous is refused at once instead of hanging.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LETTER_KINDS } from '../../../renderer/src/domain/accessRequest';
import { REGIMES } from '../../../renderer/src/domain/regime';
import { prepareSignatureImage } from '../../../renderer/src/features/onboarding/signatureImage';
import { buildAccessLetterPdf, SignatureImageError } from '../../../renderer/src/letters/accessLetter';
import { flattenSignature, isPlainPng, MAX_SIGNATURE_PIXELS } from '../../../renderer/src/letters/flattenSignature';
import { LetterUnfinishedError, writeLetterDocument } from '../../../renderer/src/letters/letterDocument';
import { decodePng, readPngHeader } from '../../../renderer/src/letters/pngPixels';
import { letterInput, OFFICER, signaturePng } from './accessLetterFixtures';
import { pdfPageTexts } from './pdfText';

const latin1 = (pdf: Uint8Array) => new TextDecoder('latin1').decode(pdf);

/** A PNG of any colour type and depth from raw scanlines (filter bytes included), with extra chunks. */
function png(width: number, height: number, colorType: number, bitDepth: number, raw: Uint8Array, extra: [string, Uint8Array][] = [], interlace = 0): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([bitDepth, colorType, 0, 0, interlace], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), ...extra.map(([t, d]) => chunk(t, d)), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('a transparent signature (PNG with alpha) in every letter', () => {
  for (const kind of LETTER_KINDS) {
    for (const regime of REGIMES) {
      for (const language of LANGUAGES) {
        it(`${kind}, ${regime}, ${language}: built, the signature embedded as plain RGB with no soft mask`, async () => {
          const input = letterInput(kind, regime, language, { officer: { ...OFFICER, signatureImage: signaturePng(240, 70, { alpha: true }) } });
          const pdf = await buildAccessLetterPdf(input, { compress: false });
          const source = latin1(pdf);
          expect(source).toContain('/Subtype /Image');
          expect(source).toContain('/ColorSpace /DeviceRGB');
          expect(source).not.toContain('/SMask');
          expect((await pdfPageTexts(pdf)).join(' ')).toContain('Jordan Exampleton');
        });
      }
    }
  }
});

describe('flattening the signature', () => {
  it('stores a transparent PNG as RGB with no alpha: transparent becomes white, the stroke stays dark', () => {
    const result = prepareSignatureImage(signaturePng(240, 70, { alpha: true }));
    if (!result.ok) throw new Error(result.messageKey);
    const header = readPngHeader(result.bytes);
    expect(header).toMatchObject({ colorType: 2, bitDepth: 8, interlaced: false, transparency: false });
    expect(isPlainPng(result.bytes)).toBe(true);
    const { pixels } = decodePng(result.bytes);
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]); // corner: was transparent
    const darkest = Math.min(...Array.from({ length: 240 * 70 }, (_, i) => pixels[i * 4]!));
    expect(darkest).toBe(20); // the opaque stroke's own red
  });

  it('reduces a large scan to the signature size and keeps a JPEG as it is', () => {
    const big = signaturePng(4200, 900, { alpha: true });
    const result = prepareSignatureImage(big);
    if (!result.ok) throw new Error(result.messageKey);
    const header = readPngHeader(result.bytes);
    expect(header.width).toBeLessThanOrEqual(MAX_SIGNATURE_PIXELS.width);
    expect(header.height).toBeLessThanOrEqual(MAX_SIGNATURE_PIXELS.height);
    expect(header.width).toBe(1400);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(prepareSignatureImage(jpeg)).toEqual({ ok: true, bytes: jpeg });
  });

  it('reads grey + alpha, 16-bit RGBA, palette with tRNS and interlaced PNGs, all to plain RGB', () => {
    const greyAlpha = png(2, 1, 4, 8, new Uint8Array([0, 0, 255, 200, 0]));
    expect([...decodePng(flattenSignature(greyAlpha)).pixels]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    const rgba16 = png(1, 1, 6, 16, new Uint8Array([0, 255, 255, 0, 0, 0, 0, 0, 0]));
    expect([...decodePng(flattenSignature(rgba16)).pixels]).toEqual([255, 255, 255, 255]); // fully transparent red
    const palette = png(2, 1, 3, 1, new Uint8Array([0, 0b01000000]), [['PLTE', new Uint8Array([10, 20, 30, 0, 0, 0])], ['tRNS', new Uint8Array([0])]]);
    expect([...decodePng(flattenSignature(palette)).pixels]).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
    // Adam7 of a 2×2 grey image: pass 1 holds (0,0), pass 6 (1,0), pass 7 row 1.
    const interlaced = png(2, 2, 0, 8, new Uint8Array([0, 10, 0, 20, 0, 30, 40]), [], 1);
    const flat = flattenSignature(interlaced);
    expect(isPlainPng(flat)).toBe(true);
    expect([...decodePng(flat).pixels].filter((_, i) => i % 4 === 0)).toEqual([10, 20, 30, 40]);
  });

  it('refuses a damaged PNG with a clear message, when saving and in a letter', async () => {
    const damaged = signaturePng(240, 70, { alpha: true }).slice(0, 60);
    expect(prepareSignatureImage(damaged)).toEqual({ ok: false, messageKey: 'validation.imageUnreadable' });
    const input = letterInput('response', 'PIPEDA', 'en', { officer: { ...OFFICER, signatureImage: damaged } });
    const error = await buildAccessLetterPdf(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignatureImageError);
    expect((error as SignatureImageError).message).toContain('cannot be read');
  });
});

describe('a letter never waits forever', () => {
  it('refuses a document left waiting on pdfkit’s asynchronous image path (LetterUnfinishedError)', async () => {
    const raw = signaturePng(240, 70, { alpha: true });
    const info = { language: 'en' as const, title: 't', subject: 's', author: 'a' };
    // Straight to pdfkit, past the flattening: the path that hung in the browser.
    const result = writeLetterDocument(info, {}, (doc) => doc.image(raw.buffer, 66, 66, { width: 100 }));
    await expect(result).rejects.toBeInstanceOf(LetterUnfinishedError);
    await expect(result).rejects.toThrow('The letter could not be finished');
  });
});
