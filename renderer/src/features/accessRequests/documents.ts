// Issued letters and attachments leave the vault only through the host: a viewer, the print
// dialog, or a file the officer chooses. File names hold the reference and the kind, never a name.
import type { TFunction } from 'i18next';
import type { IssuedLetter } from '../../domain/accessRequest';
import type { FileFilter } from '../../host/host';

export const PDF_FILTER: FileFilter = { name: 'PDF', extensions: ['pdf'] };

export const ATTACHMENT_FILTERS: FileFilter[] = [
  { name: 'Documents', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'txt', 'eml', 'msg', 'doc', 'docx', 'odt', 'rtf'] },
  { name: '*', extensions: ['*'] },
];

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
};

export function mediaTypeFor(fileName: string): string {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

export function isPdf(mediaType: string): boolean {
  return mediaType === 'application/pdf';
}

export function letterFileName(reference: string, letter: Pick<IssuedLetter, 'kind' | 'issuedOn' | 'language'>): string {
  return `${reference}-${letter.kind}-${letter.issuedOn}-${letter.language}.pdf`;
}

/** A file's size in words: "12 KB", "1,4 Mo". */
export function formatSize(t: TFunction, bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return t('format.bytes', { size: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('format.kilobytes', { size: number(bytes / 1024, 0) });
  return t('format.megabytes', { size: number(bytes / (1024 * 1024), 1) });
}
