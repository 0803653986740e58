// A file name every platform will save, derived from whatever name an attachment arrived with, so an
// attachment always saves back out (issue #13, item 16). The host refuses folder separators, `:`
// and control characters (electron/ipc/validate.ts) and the file systems refuse more: Windows
// reserves `<>:"/\|?*`, names such as CON or LPT1 (with any extension), and trailing dots and
// spaces; ext4 and APFS cap a name at 255 bytes. What is kept reads as the original did.

/** Bytes, not characters: ext4 counts UTF-8 bytes. Below 255 to leave room for " (2)" and the like. */
export const MAX_FILE_NAME_BYTES = 240;
/** The host's own limit on a file-filter extension (electron/ipc/validate.ts). */
const EXTENSION = /^[A-Za-z0-9]{1,16}$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u2028\u2029]/g;
/** Invisible direction and format marks: removed, or "scan\u202Efdp.exe" would save as "scanexe.pdf" shown backwards. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** `text` cut to at most `bytes` UTF-8 bytes, never inside a character. */
function truncateBytes(text: string, bytes: number): string {
  let out = '';
  for (const char of text) {
    if (utf8Length(out + char) > bytes) break;
    out += char;
  }
  return out;
}

function clean(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(UNSAFE, '_').replace(/\s+/g, ' ');
}

/** The extension the host can name in a save dialog's filter ('pdf'), or '' when the name has none it accepts. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return '';
  const extension = clean(name.slice(dot + 1)).trim();
  return EXTENSION.test(extension) ? extension.toLowerCase() : '';
}

/** A safe name for saving `original`; `fallback` (itself safe) when nothing usable is left. */
export function safeFileName(original: string, fallback = 'attachment'): string {
  const extension = fileExtension(original);
  const stem = extension ? original.slice(0, original.lastIndexOf('.')) : original;
  // Leading dots would hide the file on macOS and Linux; trailing dots and spaces Windows drops.
  let base = clean(stem).trim().replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!base) base = fallback;
  // Windows reads the part before the first dot: "CON.tar" and "nul .txt" are reserved too.
  if (RESERVED.test(base.split('.')[0]!.trim())) base = `_${base}`;
  const suffix = extension ? `.${extension}` : '';
  base = truncateBytes(base, MAX_FILE_NAME_BYTES - utf8Length(suffix)).replace(/[.\s]+$/, '') || fallback;
  return `${base}${suffix}`;
}

/** A viewer window's title from a stored name: no control or direction characters, at most `max` characters. */
export function safeTitle(name: string, max = 200): string {
  const text = clean(name).trim();
  return [...text].slice(0, max).join('') || '—';
}
