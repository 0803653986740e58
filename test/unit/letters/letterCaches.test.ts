// What the letters keep from one PDF to the next (renderer/src/letters: shaped words, measured
// heights, the decoded glyphs, the parsed signature) must never show in a letter: the same letter
// comes out the same whether it is the first one issued or the hundredth, and a new signature is
// never mistaken for the last one.
// Speed itself is measured by the benchmark (test/bench/letters.bench.ts), not here.
import { describe, expect, it, vi } from 'vitest';
import { forgetAfterLock } from '../../../renderer/src/app/afterLock';
import { buildAccessLetterPdf } from '../../../renderer/src/letters/accessLetter';
import { letterCacheSizes } from '../../../renderer/src/letters/letterCaches';
import { letterInput, OFFICER, PERSON, requestFor, signaturePng } from './accessLetterFixtures';

/** The bytes of a PDF without what differs between any two runs: creation date and file ID. */
function comparable(pdf: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(pdf)
    .replace(/\(D:\d+Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
}

/** The streams of the image XObjects (colour, and alpha as an /SMask if any) in an uncompressed PDF. */
function imageStreams(pdf: Uint8Array): string[] {
  const source = new TextDecoder('latin1').decode(pdf);
  return [...source.matchAll(/\/Subtype \/Image[^]*?>>\nstream\n([^]*?)\nendstream/g)].map((m) => m[1]!);
}


describe('letters issued one after another', () => {
  it('come out byte for byte the same, first or after others (shared words and heights)', async () => {
    const signed = { officer: { ...OFFICER, signatureImage: signaturePng() } };
    const letters = [
      letterInput('refusal', 'BC_PIPA', 'en', signed),
      letterInput('acknowledgement', 'QC', 'fr', { ...signed, person: { ...PERSON, givenName: 'Nguyễn Thị', familyName: 'Ánh' } }),
      letterInput('refusal', 'PIPEDA', 'fr', { request: requestFor('refusal', 'PIPEDA', { withheld: 12, language: 'fr' }) }),
    ];
    const first = [];
    for (const input of letters) first.push(comparable(await buildAccessLetterPdf(input, { compress: false })));
    for (const input of [...letters].reverse()) await buildAccessLetterPdf(input);
    for (const [i, input] of letters.entries()) expect(comparable(await buildAccessLetterPdf(input, { compress: false }))).toBe(first[i]);
  });
});

describe('the signature image, parsed once', () => {
  /** Two signatures in arrays of one length (PNG readers stop at IEND): only their bytes tell them apart. */
  function twoSignatures(alpha: boolean): [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>] {
    const pngs = [signaturePng(240, 70, { alpha }), signaturePng(240, 70, { alpha, seed: 5 })];
    const size = Math.max(...pngs.map((p) => p.length));
    return pngs.map((png) => {
      const bytes = new Uint8Array(size);
      bytes.set(png);
      return bytes;
    }) as [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>];
  }
  const letter = async (signatureImage: Uint8Array<ArrayBuffer>) =>
    imageStreams(await buildAccessLetterPdf(letterInput('response', 'PIPEDA', 'en', { officer: { ...OFFICER, signatureImage } }), { compress: false }));

  for (const alpha of [false, true]) {
    it(`embeds each officer's own signature (${alpha ? 'RGBA, transparent background' : 'RGB'})`, async () => {
      const [one, other] = twoSignatures(alpha);
      const oneFirst = await letter(one);
      expect(oneFirst).toHaveLength(1); // colour only: a transparent signature is flattened onto white (issue #14)
      const otherAfter = await letter(other);
      expect(otherAfter).not.toEqual(oneFirst);
      expect(await letter(new Uint8Array(one))).toEqual(oneFirst); // a copy of the same bytes
      expect(await letter(other)).toEqual(otherAfter);
    });
  }

  it('keeps what it parsed when the caller reuses its array for another image', async () => {
    const [bytes, other] = twoSignatures(true);
    const first = await letter(bytes);
    bytes.set(other);
    const second = await letter(bytes);
    expect(second).not.toEqual(first);
    expect(second).toEqual(await letter(other));
  });
});

describe('a lock', () => {
  it('empties every cache that holds letter text or the signature, and letters still come out the same after', async () => {
    const signed = { officer: { ...OFFICER, signatureImage: signaturePng() }, person: { ...PERSON, givenName: 'Nguyễn Thị', familyName: 'Ánh' } };
    const input = letterInput('refusal', 'BC_PIPA', 'en', signed);
    const before = comparable(await buildAccessLetterPdf(input, { compress: false }));
    const sizes = letterCacheSizes();
    expect(Object.keys(sizes).sort()).toEqual(['heights', 'shapedWords', 'signatures']);
    for (const size of Object.values(sizes)) expect(size).toBeGreaterThan(0);

    const host = { closeDocuments: vi.fn(async () => undefined) };
    await forgetAfterLock(host);
    expect(letterCacheSizes()).toEqual({ heights: 0, shapedWords: 0, signatures: 0 });
    expect(host.closeDocuments).toHaveBeenCalledTimes(1);

    expect(comparable(await buildAccessLetterPdf(input, { compress: false }))).toBe(before);
  });

  it('still empties the caches when the viewers cannot be closed', async () => {
    await buildAccessLetterPdf(letterInput('response', 'PIPEDA', 'en'));
    await forgetAfterLock({ closeDocuments: vi.fn(async () => Promise.reject(new Error('no main process'))) });
    expect(Object.values(letterCacheSizes()).every((size) => size === 0)).toBe(true);
  });
});
