// An AccessRequest ↔ its row (the access-request register's definition read by the generic sealed
// table, sealedTable.ts), and issued documents ↔ theirs.
import type { AccessRequest } from '../domain/accessRequest';
import { accessRequestsRegister } from '../domain/registers/accessRequests';
import type { AccessRequestRow } from './database';
import { openRow, openRows, sealRow, sealRows, type RegisterRow } from './sealedTable';

export async function sealAccessRequest(key: CryptoKey, request: AccessRequest, version = 1): Promise<AccessRequestRow> {
  return (await sealRow(key, accessRequestsRegister, request, version)) as unknown as AccessRequestRow;
}

export function openAccessRequest(key: CryptoKey, row: AccessRequestRow): Promise<AccessRequest> {
  return openRow<AccessRequest>(key, accessRequestsRegister, row as unknown as RegisterRow);
}

export function openAccessRequests(key: CryptoKey, rows: readonly AccessRequestRow[]): Promise<AccessRequest[]> {
  return openRows<AccessRequest>(key, accessRequestsRegister, rows as unknown as RegisterRow[]);
}

/** `versionOf` keeps each row's version when re-sealing (new records are version 1). */
export async function sealAccessRequests(key: CryptoKey, requests: readonly AccessRequest[], versionOf: (id: string) => number = () => 1): Promise<AccessRequestRow[]> {
  return (await sealRows(key, accessRequestsRegister, requests, versionOf)) as unknown as AccessRequestRow[];
}

// Issued letters and attachments: the shared sealed-document module.
export { openDocument, sealDocument, sha256Hex } from './sealedDocuments';
