// The size: 50,000 people + 20,000 requests + letters, through write and read, with the
// production scrypt work factor. Timed so a slowdown shows in the log.
import { describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { syntheticSnapshot } from '../../fixtures/accessRequests';
import { PASSPHRASE } from './helpers';

describe('archive at full size', () => {
  it('round-trips 50,000 people, 20,000 requests and 200 letters', { timeout: 120_000 }, async () => {
    const t0 = performance.now();
    const snapshot = await syntheticSnapshot({ people: 50_000, requests: 20_000, letters: 200, attachments: 20 });
    const t1 = performance.now();
    const bytes = await writeArchive(snapshot, PASSPHRASE, { appVersion: '0.1.0' });
    const t2 = performance.now();
    const { manifest, snapshot: back } = await readArchive(bytes, PASSPHRASE);
    const t3 = performance.now();
    console.warn(
      `archive 50k/20k: fixture ${Math.round(t1 - t0)} ms, write ${Math.round(t2 - t1)} ms, read ${Math.round(t3 - t2)} ms, ${(bytes.length / 1e6).toFixed(1)} MB`,
    );
    expect(manifest.counts).toMatchObject({ people: 50_000, accessRequests: 20_000, sequences: 2, documents: 220, audit: 70_220 });
    expect(back.people).toEqual(snapshot.people);
    expect(back.accessRequests).toEqual(snapshot.accessRequests);
    expect(back.audit).toEqual(snapshot.audit);
    expect(back.sequences).toEqual(snapshot.sequences);
    expect(back.documents.map((d) => [d.id, d.bytes.length])).toEqual(snapshot.documents.map((d) => [d.id, d.bytes.length]));
    expect(back.documents[7]!.bytes).toEqual(snapshot.documents[7]!.bytes);
  });
});
