// The officer's signature image, flattened (flattenSignature.ts: never pdfkit's asynchronous alpha
// path), parsed once and embedded in every letter they sign. pdfkit parses
// an image for each document (png-js copies the compressed pixels byte by byte into an array) and,
// for a PNG with an alpha channel — a signature on a transparent background — inflates the pixels,
// splits colour from alpha and deflates both again. Measured in Node for one image in a document:
// RGB 240×70 ~0.2 ms; RGBA 240×70 ~1.4 ms; RGBA 600×180 ~5.8 ms, more than a whole letter.
// Here the parsed image and that split are kept, keyed by the image's bytes (compared in full, so a
// changed signature is never mistaken for the last one); each document gets a fresh copy of the
// image object, since pdfkit embeds an image once per document and then drops its pixel data.
import { flattenSignature } from './flattenSignature';
import { registerLetterCache } from './letterCaches';

type Doc = PDFKit.PDFDocument;

/** pdfkit's image (PNGImage or JPEG), the parts used here. */
interface PdfImage {
  label: string;
  obj: unknown;
  imgData?: Uint8Array | null;
  alphaChannel?: Uint8Array;
  finalize?(): void;
}

/** What PNGImage decodes before `finalize` writes it: colour and, if any, alpha (both deflated). */
interface Decoded {
  imgData: Uint8Array;
  alphaChannel: Uint8Array | undefined;
}

interface Parsed {
  bytes: Uint8Array;
  image: PdfImage;
  decoded?: Decoded;
}

/** PNGImage's steps that decode the pixels (alpha channel, palette transparency, interlacing). */
const DECODING_STEPS = ['splitAlphaChannel', 'loadIndexedAlphaChannel', 'decodeData'] as const;

/** One officer signs, perhaps two or three; a replaced signature drops out. */
const MAX_IMAGES = 3;
let parsed: Parsed[] = [];
registerLetterCache('signatures', {
  size: () => parsed.length,
  // Dropped, not zeroed: a letter being built at the moment of the lock may still read them.
  clear: () => {
    parsed = [];
  },
});

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The image to pass to `doc.image` for these PNG or JPEG bytes, a PNG flattened onto white. */
export function signatureImage(doc: Doc, bytes: Uint8Array): PdfImage | ArrayBuffer {
  const state = doc as unknown as { _imageCount?: number; openImage?(src: ArrayBuffer): PdfImage }; // not in @types/pdfkit
  // Another pdfkit without these: let it parse the image in every document, as it would by itself.
  if (typeof state.openImage !== 'function' || typeof state._imageCount !== 'number') return flattenSignature(bytes).buffer;
  let entry = parsed.find((p) => sameBytes(p.bytes, bytes));
  if (!entry) {
    const copy = new Uint8Array(bytes); // kept as parsed, whatever later happens to the caller's array
    // Flattened first: pdfkit must never take its asynchronous PNG alpha path (flattenSignature.ts).
    entry = { bytes: copy, image: state.openImage(flattenSignature(copy).buffer) };
    state._imageCount -= 1; // openImage counted it: counted again below, as for every later letter
    parsed = [entry, ...parsed].slice(0, MAX_IMAGES);
  }
  const image = Object.assign(Object.create(Object.getPrototypeOf(entry.image) as object) as PdfImage, entry.image, { obj: null });
  image.label = `I${(state._imageCount += 1)}`;
  const { decoded } = entry;
  if (decoded) {
    const reuse = function (this: PdfImage) {
      this.imgData = decoded.imgData;
      if (decoded.alphaChannel) this.alphaChannel = decoded.alphaChannel;
      this.finalize!();
    };
    for (const step of DECODING_STEPS) Object.assign(image, { [step]: reuse });
  } else if (image.finalize) {
    const finalize = image.finalize;
    const keep = entry;
    image.finalize = function (this: PdfImage) {
      keep.decoded = { imgData: this.imgData!, alphaChannel: this.alphaChannel };
      finalize.call(this);
    };
  }
  return image;
}
