// Every IPC argument is untrusted: a compromised renderer can send anything. These parsers accept
// exactly the bridge's shapes within fixed limits, and throw IpcFailure('invalid-argument') with a
// message naming the field (never its value) otherwise.
import type {
  FileFilter,
  PdfDocumentRequest,
  SaveFileRequest,
} from '../../renderer/src/host/bridge.js';
import { IpcFailure } from './result.js';

/** Backups of a large record book stay well under this; more is a bug or an attack. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;
export const MAX_TITLE_LENGTH = 300;
const MAX_FILTERS = 20;
const MAX_EXTENSIONS = 20;
const EXTENSION_PATTERN = /^(?:\*|[A-Za-z0-9]{1,16})$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function invalid(field: string, rule: string): IpcFailure {
  return new IpcFailure('invalid-argument', `The request was refused: ${field} ${rule}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBytes(value: unknown, field: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw invalid(field, 'must be bytes');
  if (value.byteLength > MAX_FILE_BYTES) {
    throw new IpcFailure('too-large', 'The file is larger than 200 MB, the most Custodian handles.');
  }
  return value;
}

export function parseFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) throw invalid('filters', `must be a list of at most ${MAX_FILTERS}`);
  return value.map((filter: unknown, index) => {
    const field = `filters[${index}]`;
    if (!isRecord(filter)) throw invalid(field, 'must be an object');
    const { name, extensions } = filter;
    if (typeof name !== 'string' || name.length === 0 || name.length > 100 || CONTROL_CHARACTERS.test(name)) {
      throw invalid(`${field}.name`, 'must be a short text');
    }
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      throw invalid(`${field}.extensions`, `must list 1 to ${MAX_EXTENSIONS} extensions`);
    }
    for (const extension of extensions) {
      if (typeof extension !== 'string' || !EXTENSION_PATTERN.test(extension)) {
        throw invalid(`${field}.extensions`, 'must hold extensions without dots, like "pdf"');
      }
    }
    return { name, extensions: [...(extensions as string[])] };
  });
}

/** A bare file name: no folder part, so the renderer cannot steer where a file goes. */
export function parseFileName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_FILE_NAME_LENGTH) {
    throw invalid(field, `must be a file name of 1 to ${MAX_FILE_NAME_LENGTH} characters`);
  }
  if (/[/\\:]/.test(value) || CONTROL_CHARACTERS.test(value) || value === '.' || value === '..') {
    throw invalid(field, 'must be a file name without folder separators');
  }
  return value;
}

export function parseSaveFileRequest(value: unknown): SaveFileRequest {
  if (!isRecord(value)) throw invalid('request', 'must be an object');
  return {
    suggestedName: parseFileName(value.suggestedName, 'suggestedName'),
    filters: parseFilters(value.filters),
    bytes: parseBytes(value.bytes, 'bytes'),
    ...(parseOffDevice(value.offDevice) ? { offDevice: true } : {}),
  };
}

function parseOffDevice(value: unknown): boolean {
  if (value !== undefined && typeof value !== 'boolean') throw invalid('offDevice', 'must be true or false');
  return value === true;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function parsePdfDocumentRequest(value: unknown): PdfDocumentRequest {
  if (!isRecord(value)) throw invalid('request', 'must be an object');
  const { title } = value;
  if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH || CONTROL_CHARACTERS.test(title)) {
    throw invalid('title', `must be a text of at most ${MAX_TITLE_LENGTH} characters`);
  }
  const bytes = parseBytes(value.bytes, 'bytes');
  // Only PDFs reach the viewer: anything else in a file:// window could be rendered as HTML.
  if (!PDF_MAGIC.every((byte, index) => bytes[index] === byte)) throw invalid('bytes', 'must be a PDF document');
  return { title, bytes };
}
