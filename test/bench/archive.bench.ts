// The archive benchmark (`npm run bench`, or `BENCH_ONLY=archive npm run bench`): write and read of
// a 50,000-person vault (BENCH_PEOPLE; with 20,000 requests, 200 letters and an audit chain) through
// the real modules in Node, and Debian's `age -p` / `age -d` on the very same ZIP plaintext, for the
// ratio. Both sides pay one scrypt at age's default work factor (2^18), as a real backup does.
// Target: within 1.5x of the stock tool. Loaded by scripts/bench.mjs through Vite's SSR loader; the
// same write and read are timed in Chromium by test/bench/page/archiveBench.ts (those are the targets).
//
// Why the whole pipeline misses 1.5x on 2 cores (Chromium, measured 2026-11-25, 54 MB of JSON Lines;
// `age -p`/`age -d` took ~0.72 s, so 1.5x is ~1.08 s):
//   write: scrypt 0.83 s (own Worker), JSON.stringify 0.31, UTF-8 encoding 0.42, CRC-32 0.13, SHA-256
//     0.07, deflate level 1 1.0 (own Worker; CompressionStream: 0.82), ChaCha20-Poly1305 0.11. 2.9 s
//     of CPU: at least 1.45 s (2.0x) on two cores, even if perfectly parallel.
//   read: nothing can start before scrypt (0.83 s); then decrypt 0.11, inflate 0.56, UTF-8 decoding
//     0.49, JSON.parse 0.27, zod on every record 0.93 (jitless: the CSP forbids eval). At least
//     0.83 + 1.18 = 2.0 s (2.8x) on two cores.
// The age layer alone (below) is within 1.5x.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArchive, writeArchive } from '../../renderer/src/archive';
import { decryptAge, encryptAge } from '../../renderer/src/archive/ageEnvelope';
import { syntheticSnapshot } from '../fixtures/accessRequests';

const round = (n: number) => Math.round(n * 100) / 100;
const TARGET_RATIO = 1.5;
const RUNS = 3;
const PASSPHRASE = 'bench passphrase: not a secret';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

/** age takes a passphrase only from a terminal: typed through `script`'s pseudo-terminal. */
function ageMs(args: string[], times: number): number | null {
  const command = ['age', ...args].map((a) => `'${a}'`).join(' ');
  const t0 = performance.now();
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { input: `${PASSPHRASE}\n`.repeat(times) });
  const ms = performance.now() - t0;
  return result.status === 0 ? ms : null;
}

export async function benchArchive(people = Number(process.env.BENCH_PEOPLE ?? 50_000)) {
  const requests = Math.round(people * 0.4);
  const snapshot = await syntheticSnapshot({ people, requests, letters: 200, attachments: 20, registerRecords: Math.round(requests / 10) });

  const writes: number[] = [];
  const reads: number[] = [];
  let archive: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < RUNS; i++) {
    const w = await timed(() => writeArchive(snapshot, PASSPHRASE, { appVersion: 'bench' }));
    writes.push(w.ms);
    archive = w.value;
    reads.push((await timed(() => readArchive(archive, PASSPHRASE))).ms);
  }
  const zip = await decryptAge(archive, PASSPHRASE);
  // The age layer alone, like for like with the stock tool: the same ZIP in, scrypt 2^18 included.
  const layerEnc: number[] = [];
  const layerDec: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const sealed = await timed(() => encryptAge(new ReadableStream({ start: (c) => (c.enqueue(zip), c.close()) }), PASSPHRASE));
    layerEnc.push(sealed.ms);
    layerDec.push((await timed(() => decryptAge(sealed.value, PASSPHRASE))).ms);
  }
  const writeMs = median(writes);
  const readMs = median(reads);
  const mb = archive.length / 1e6;

  let stock: { encryptMs: number | null; decryptMs: number | null; note?: string } = { encryptMs: null, decryptMs: null, note: '`age` or `script` not installed' };
  const hasAge = spawnSync('sh', ['-c', 'command -v age && command -v script']).status === 0;
  if (hasAge) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custodian-bench-'));
    try {
      writeFileSync(path.join(dir, 'plain.zip'), zip);
      const enc: number[] = [];
      const dec: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        enc.push(ageMs(['-p', '-o', path.join(dir, 'out.age'), path.join(dir, 'plain.zip')], 2) ?? NaN);
        dec.push(ageMs(['-d', '-o', path.join(dir, 'back.zip'), path.join(dir, 'out.age')], 1) ?? NaN);
      }
      stock = { encryptMs: round(median(enc)), decryptMs: round(median(dec)) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const writeRatio = stock.encryptMs ? round(writeMs / stock.encryptMs) : null;
  const readRatio = stock.decryptMs ? round(readMs / stock.decryptMs) : null;
  const layerEncryptRatio = stock.encryptMs ? round(median(layerEnc) / stock.encryptMs) : null;
  const layerDecryptRatio = stock.decryptMs ? round(median(layerDec) / stock.decryptMs) : null;
  return {
    dataset: { people, requests, letters: 200, attachments: 20, auditEntries: snapshot.audit.length, registerRecords: Object.fromEntries(Object.entries(snapshot.registers).map(([name, records]) => [name, records.length])) },
    archiveMB: round(mb),
    zipPlaintextMB: round(zip.length / 1e6),
    write: { ms: round(writeMs), archiveMBps: round(mb / (writeMs / 1000)), runs: writes.map(round) },
    read: { ms: round(readMs), archiveMBps: round(mb / (readMs / 1000)), runs: reads.map(round), includes: 'decrypt, unzip, manifest hashes, zod on every record, cross-checks' },
    ageLayer: { encryptMs: round(median(layerEnc)), decryptMs: round(median(layerDec)), includes: 'scrypt 2^18 (hash-wasm), ChaCha20-Poly1305 (@noble/ciphers) over the same ZIP, in-process' },
    stockAge: { ...stock, version: hasAge ? spawnSync('age', ['--version'], { encoding: 'utf8' }).stdout.trim() : null, includes: 'process start, scrypt 2^18, ChaCha20-Poly1305 over the same ZIP' },
    target: {
      // The whole pipeline also serialises, deflates, hashes and validates 70,000+ records, which age does not.
      archiveAgeLayerEncryptWithin1_5xOfAge: { value: layerEncryptRatio, target: TARGET_RATIO, met: layerEncryptRatio !== null && layerEncryptRatio <= TARGET_RATIO },
      archiveAgeLayerDecryptWithin1_5xOfAge: { value: layerDecryptRatio, target: TARGET_RATIO, met: layerDecryptRatio !== null && layerDecryptRatio <= TARGET_RATIO },
      archiveWriteWithin1_5xOfAge: { value: writeRatio, target: TARGET_RATIO, met: writeRatio !== null && writeRatio <= TARGET_RATIO },
      archiveReadWithin1_5xOfAge: { value: readRatio, target: TARGET_RATIO, met: readRatio !== null && readRatio <= TARGET_RATIO },
    },
  };
}
