// A scanned signature is printed on every letter: accept only PNG or JPEG (what pdfkit embeds) and
// keep it small, since it is sealed with the profile and loaded at every unlock.
export const MAX_SIGNATURE_BYTES = 512 * 1024;
export const MAX_SIGNATURE_KB = MAX_SIGNATURE_BYTES / 1024;

export type SignatureCheck =
  | { ok: true; mimeType: 'image/png' | 'image/jpeg' }
  | { ok: false; messageKey: 'validation.imageType' | 'validation.imageTooLarge' };

/** Judged by the file's magic bytes, not its name: a renamed file must not reach the PDF writer. */
export function checkSignatureImage(bytes: Uint8Array): SignatureCheck {
  const isPng = bytes.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) return { ok: false, messageKey: 'validation.imageType' };
  if (bytes.length > MAX_SIGNATURE_BYTES) return { ok: false, messageKey: 'validation.imageTooLarge' };
  return { ok: true, mimeType: isPng ? 'image/png' : 'image/jpeg' };
}
