// An AccessRequest ↔ its row, and issued documents ↔ theirs. As with people, the clear columns are
// copies for queries and must agree with the sealed record on open, so editing a status or a due
// date on disk is refused like any other tampering. `version` counts the row's writes (see peopleRows.ts).
import { currentDue, type AccessRequest } from '../domain/accessRequest';
import { openBytes, sealBytes } from '../vault/seal';
import type { Bytes } from '../vault/bytes';
import type { AccessRequestRow, DocumentRow } from './database';
import { inBatches } from './batches';
import { IntegrityError } from './errors';
import { rowVersion } from './recordPins';
import { openRecord, recordAad, sealRecord } from './sealedRecords';

export async function sealAccessRequest(key: CryptoKey, request: AccessRequest, version = 1): Promise<AccessRequestRow> {
  return {
    version,
    id: request.id,
    personId: request.personId,
    reference: request.reference,
    status: request.status,
    regime: request.regime,
    receivedOn: request.receivedOn,
    dueOn: currentDue(request),
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    sealed: await sealRecord(key, 'accessRequests', request.id, request, version),
  };
}

export async function openAccessRequest(key: CryptoKey, row: AccessRequestRow): Promise<AccessRequest> {
  const request = (await openRecord(key, 'accessRequests', row.id, row.sealed, rowVersion(row))) as AccessRequest;
  const agrees =
    request.id === row.id &&
    request.personId === row.personId &&
    request.reference === row.reference &&
    request.status === row.status &&
    request.regime === row.regime &&
    request.receivedOn === row.receivedOn &&
    currentDue(request) === row.dueOn &&
    request.createdAt === row.createdAt &&
    request.updatedAt === row.updatedAt;
  if (!agrees) throw new IntegrityError('accessRequests', row.id);
  return request;
}

export function openAccessRequests(key: CryptoKey, rows: readonly AccessRequestRow[]): Promise<AccessRequest[]> {
  return inBatches(rows, (row) => openAccessRequest(key, row));
}

/** `versionOf` keeps each row's version when re-sealing (new records are version 1). */
export function sealAccessRequests(key: CryptoKey, requests: readonly AccessRequest[], versionOf: (id: string) => number = () => 1): Promise<AccessRequestRow[]> {
  return inBatches(requests, (request) => sealAccessRequest(key, request, versionOf(request.id)));
}

// Documents are sealed as raw bytes (no JSON, no base64): a scanned ID can be megabytes. The AAD
// also names the request, so a letter cannot be moved under another request unnoticed.
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
