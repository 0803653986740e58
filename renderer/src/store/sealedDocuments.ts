// Issued letters and attachments, for any register: bytes sealed whole (no JSON, no base64: a
// scanned ID can be megabytes), written once with `add`, never overwritten, and read back only
// when their SHA-256 matches the one the owning record holds. The AAD names the document, its
// owner (the record it belongs to: a request today, a consent or a correction tomorrow) and its
// kind, so a letter cannot be moved under another record unnoticed. The row's `requestId` column
// holds the owner's id (its name is kept from version 2 of the database).
import { openBytes, sealBytes } from '../vault/seal';
import type { Bytes } from '../vault/bytes';
import type { CustodianDatabase, DocumentRow } from './database';
import { IntegrityError, ValidationError } from './errors';
import { recordAad } from './sealedRecords';

/** Large enough for a scanned multi-page request or ID; larger files belong elsewhere. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_LETTER_BYTES = 20 * 1024 * 1024;

function documentAad(id: string, requestId: string, kind: DocumentRow['kind']): string {
  return `${recordAad('documents', id)}/${requestId}/${kind}`;
}

export async function sealDocument(key: CryptoKey, id: string, requestId: string, kind: DocumentRow['kind'], bytes: Uint8Array): Promise<DocumentRow> {
  const copy = new Uint8Array(bytes) as Bytes;
  return { id, requestId, kind, sealed: await sealBytes(key, documentAad(id, requestId, kind), copy) };
}

export async function openDocument(key: CryptoKey, row: DocumentRow): Promise<Bytes> {
  const bytes = await openBytes(key, documentAad(row.id, row.requestId, row.kind), row.sealed);
  if (!bytes) throw new IntegrityError('documents', row.id);
  return bytes;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Refuses bytes that are not a PDF, or too large to be a letter. */
export function checkPdf(pdf: Uint8Array): void {
  const header = String.fromCharCode(...pdf.subarray(0, 5));
  if (header !== '%PDF-') throw new ValidationError({ pdf: 'validation.notPdf' });
  if (pdf.length > MAX_LETTER_BYTES) throw new ValidationError({ pdf: 'validation.fileTooLarge' });
}

/** A document as the owning record describes it. */
export interface DocumentRef {
  ownerId: string;
  id: string;
  kind: DocumentRow['kind'];
  sha256: string;
}

/** The document's bytes, checked against the owner, the kind and the SHA-256 the owner recorded (IntegrityError otherwise). */
export async function readDocument(db: CustodianDatabase, key: CryptoKey, ref: DocumentRef): Promise<Uint8Array> {
  const row = await db.documents.get(ref.id);
  if (!row || row.requestId !== ref.ownerId || row.kind !== ref.kind) throw new IntegrityError('documents', ref.id);
  const bytes = await openDocument(key, row);
  if ((await sha256Hex(bytes)) !== ref.sha256) throw new IntegrityError('documents', ref.id);
  return bytes;
}
