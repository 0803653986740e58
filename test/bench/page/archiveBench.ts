// The backup archive in Chromium, the engine the app runs in: write and read of a 50,000-person
// vault through the real modules (scrypt in its Worker, the ZIP built meanwhile), and how long the
// page's main thread was blocked at most while each ran: what the officer sees as a frozen window.
// scripts/bench.mjs sets these against the stock `age` tool, timed in Node on the same data set.
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { syntheticSnapshot } from '../../fixtures/accessRequests';

const round = (n: number) => Math.round(n * 100) / 100;
const PASSPHRASE = 'bench passphrase: not a secret';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `work` while a 5 ms heartbeat notes the longest gap between beats: the longest freeze. */
async function withLongestBlock<T>(work: () => Promise<T>): Promise<{ ms: number; longestBlockMs: number; value: T }> {
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const t0 = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - t0, longestBlockMs: Math.max(longest, performance.now() - last), value };
  } finally {
    clearInterval(beat);
  }
}

export async function archiveInChromium(people: number, runs = 3) {
  const requests = Math.round(people * 0.4);
  const snapshot = await syntheticSnapshot({ people, requests, letters: 200, attachments: 20, registerRecords: Math.round(requests / 10) });
  const writes: number[] = [];
  const reads: number[] = [];
  const writeBlocks: number[] = [];
  const readBlocks: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const written = await withLongestBlock(() => writeArchive(snapshot, PASSPHRASE, { appVersion: 'bench' }));
    writes.push(written.ms);
    writeBlocks.push(written.longestBlockMs);
    size = written.value.length;
    const read = await withLongestBlock(() => readArchive(written.value, PASSPHRASE));
    if (read.value.snapshot.people.length !== people) throw new Error('the archive read back holds another number of people');
    reads.push(read.ms);
    readBlocks.push(read.longestBlockMs);
  }
  const mb = size / 1e6;
  return {
    dataset: { people, requests, letters: 200, attachments: 20, auditEntries: snapshot.audit.length, registerRecords: Object.fromEntries(Object.entries(snapshot.registers).map(([name, records]) => [name, records.length])) },
    archiveMB: round(mb),
    write: { ms: round(median(writes)), archiveMBps: round(mb / (median(writes) / 1000)), runs: writes.map(round), longestMainThreadBlockMs: round(median(writeBlocks)) },
    read: { ms: round(median(reads)), archiveMBps: round(mb / (median(reads) / 1000)), runs: reads.map(round), longestMainThreadBlockMs: round(median(readBlocks)) },
  };
}
