// Every register's rows, read in one go (inside the caller's transaction): what unlock opens,
// verify() checks against the pins, and key rotation re-seals. Derived from REGISTERS.
import { REGISTERS } from '../domain/registers';
import type { CustodianDatabase } from './database';
import type { RegisterRow } from './sealedTable';

export type RowsByRegister = Record<string, RegisterRow[]>;

/** The register tables, for a transaction's scope. */
export function registerTables(db: CustodianDatabase) {
  return REGISTERS.map((r) => db.register(r));
}

export async function readRegisterRows(db: CustodianDatabase): Promise<RowsByRegister> {
  const all = await Promise.all(REGISTERS.map((r) => db.register(r).toArray()));
  return Object.fromEntries(REGISTERS.map((r, i) => [r.name, all[i]!]));
}
