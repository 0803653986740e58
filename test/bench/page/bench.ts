// Benchmarks that must run in a real browser (real IndexedDB, Chromium's WebCrypto). The page exposes
// `window.custodianBench`; scripts/bench.mjs drives it with Playwright and prints the JSON.
import { argon2id } from 'hash-wasm';
import { openVaultGate, DEFAULT_DB_NAME, type StoreSession } from '../../../renderer/src/store';
import { DEFAULT_KDF } from '../../../renderer/src/vault/kdfParams';
import { deleteStoreDatabase, plainBulkInsert } from '../../../renderer/src/store/benchSupport';
import { CustodianDatabase } from '../../../renderer/src/store/database';
import { SYNTHETIC_OFFICER, SYNTHETIC_ORGANISATION, syntheticPeople } from '../../fixtures/people';
import type { PersonInput } from '../../../renderer/src/domain/person';
import { archiveInChromium } from './archiveBench';
import { seedScale } from './scaleBench';

export const BENCH_PASSPHRASE = 'correct horse battery staple bench';

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}
const round = (n: number) => Math.round(n * 100) / 100;

async function kdfMs(runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await argon2id({
      password: BENCH_PASSPHRASE,
      salt: crypto.getRandomValues(new Uint8Array(16)),
      parallelism: DEFAULT_KDF.parallelism,
      iterations: DEFAULT_KDF.iterations,
      memorySize: DEFAULT_KDF.memoryKiB,
      hashLength: 32,
      outputType: 'binary',
    });
    times.push(performance.now() - t0);
  }
  return round(times.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

/** How long reading each table takes on its own (no key, no decryption): where unlock's read time goes. */
async function tableReads(): Promise<Record<string, { rows: number; ms: number }>> {
  const db = new CustodianDatabase(DEFAULT_DB_NAME);
  try {
    await db.open();
    const out: Record<string, { rows: number; ms: number }> = {};
    for (const table of db.tables) {
      const t0 = performance.now();
      const rows = await table.toArray();
      out[table.name] = { rows: rows.length, ms: round(performance.now() - t0) };
    }
    return out;
  } finally {
    db.close();
  }
}

/** Unlock through the store alone (no UI), step by step. */
async function unlockStore(): Promise<{ unlockMs: number; listMs: number; steps: Record<string, number> }> {
  const gate = openVaultGate();
  const t0 = performance.now();
  const session = await gate.unlock(BENCH_PASSPHRASE);
  const t1 = performance.now();
  const listed = session.people.list().length;
  const t2 = performance.now();
  // The trail is opened and its chain checked after the first screen: how much later it is ready.
  await session.audit.ready();
  const steps = { ...session.unlockTimings, listed, auditReadyAfterUnlockMs: round(performance.now() - t1), auditEntries: session.audit.list().length };
  await searchSession(session); // warm
  session.lock();
  gate.close();
  return { unlockMs: round(t1 - t0), listMs: round(t2 - t1), steps };
}

function searchQueries(people: PersonInput[], n: number): string[] {
  const queries: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = people[(i * 7919) % people.length]!;
    const kind = i % 4;
    if (kind === 0) queries.push(p.familyName.slice(0, 3));
    else if (kind === 1) queries.push(`${p.givenName.slice(0, 2)} ${p.familyName.slice(0, 4)}`);
    else if (kind === 2) queries.push(p.email?.slice(0, 8) ?? p.givenName);
    else queries.push(p.familyName.toUpperCase());
  }
  return queries;
}

async function searchSession(session: StoreSession, n = 400): Promise<{ p50: number; p95: number; max: number; queries: number }> {
  // The seed syntheticSnapshot (scaleBench.ts) made the people with: the queries find them.
  const queries = searchQueries(syntheticPeople(2_000, 1), n);
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    session.people.search(q);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times.at(-1)!), queries: n };
}

async function search(): Promise<{ p50: number; p95: number; max: number; queries: number; people: number }> {
  const gate = openVaultGate();
  const session = await gate.unlock(BENCH_PASSPHRASE);
  const result = { ...(await searchSession(session)), people: session.people.count({ includeArchived: true }) };
  session.lock();
  gate.close();
  return result;
}

/** Plain Dexie bulkPut vs the encrypted repository's bulkAdd of the same records. */
async function insertRatio(count: number): Promise<{ rawMs: number; encryptedMs: number; ratio: number; records: number }> {
  const inputs = syntheticPeople(count, 11);
  await deleteStoreDatabase('bench-raw');
  await deleteStoreDatabase('bench-encrypted');
  let t0 = performance.now();
  await plainBulkInsert('bench-raw', inputs);
  const rawMs = performance.now() - t0;
  const gate = openVaultGate({ dbName: 'bench-encrypted' });
  const { session } = await gate.create({
    passphrase: BENCH_PASSPHRASE,
    organisation: { ...SYNTHETIC_ORGANISATION },
    officer: { ...SYNTHETIC_OFFICER },
  });
  t0 = performance.now();
  await session.people.bulkAdd(inputs);
  const encryptedMs = performance.now() - t0;
  session.lock();
  gate.close();
  await deleteStoreDatabase('bench-raw');
  await deleteStoreDatabase('bench-encrypted');
  return { rawMs: round(rawMs), encryptedMs: round(encryptedMs), ratio: round(encryptedMs / rawMs), records: count };
}

declare global {
  interface Window {
    custodianBench: typeof api;
  }
}
const api = { kdfMs, seedScale, tableReads, unlockStore, search, insertRatio, archiveInChromium, passphrase: BENCH_PASSPHRASE };
window.custodianBench = api;
document.body.dataset.ready = 'true';
