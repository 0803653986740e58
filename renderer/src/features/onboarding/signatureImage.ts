// A scanned signature is printed on every letter: accept only PNG or JPEG (what pdfkit embeds) and
// keep it small, since it is sealed with the profile and loaded at every unlock. A PNG is stored
// flattened onto white and reduced (letters/flattenSignature.ts): a transparent background would
// otherwise send pdfkit down an asynchronous path the CSP blocks, and a large scan shrinks to a few KB.
import { flattenSignature, isPng } from '../../letters/flattenSignature';
export const MAX_SIGNATURE_BYTES = 512 * 1024;
export const MAX_SIGNATURE_KB = MAX_SIGNATURE_BYTES / 1024;

export type SignatureCheck =
  | { ok: true; mimeType: 'image/png' | 'image/jpeg' }
  | { ok: false; messageKey: 'validation.imageType' | 'validation.imageTooLarge' | 'validation.imageUnreadable' };

/** A PNG is read before it is reduced, so a larger scan is accepted; still bounded (decoding cost). */
export const MAX_SOURCE_PNG_BYTES = 12 * 1024 * 1024;

/** Judged by the file's magic bytes, not its name: a renamed file must not reach the PDF writer. */
export function checkSignatureImage(bytes: Uint8Array): SignatureCheck {
  const isPng = bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) return { ok: false, messageKey: 'validation.imageType' };
  if (bytes.length > MAX_SIGNATURE_BYTES) return { ok: false, messageKey: 'validation.imageTooLarge' };
  return { ok: true, mimeType: isPng ? 'image/png' : 'image/jpeg' };
}

/** The bytes to store: a PNG flattened and reduced, a JPEG as it is, each within the limits. */
export function prepareSignatureImage(bytes: Uint8Array): { ok: true; bytes: Uint8Array<ArrayBuffer> } | Extract<SignatureCheck, { ok: false }> {
  const first = checkSignatureImage(bytes);
  if (!first.ok && first.messageKey === 'validation.imageType') return first;
  if (!isPng(bytes)) return first.ok ? { ok: true, bytes: new Uint8Array(bytes) } : first;
  if (bytes.length > MAX_SOURCE_PNG_BYTES) return { ok: false, messageKey: 'validation.imageTooLarge' };
  let flat: Uint8Array<ArrayBuffer>;
  try {
    flat = flattenSignature(bytes);
  } catch {
    return { ok: false, messageKey: 'validation.imageUnreadable' };
  }
  const check = checkSignatureImage(flat);
  return check.ok ? { ok: true, bytes: flat } : check;
}
