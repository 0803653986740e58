// A backup carries the policy's time to answer, so a restore keeps the office's promise.
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../renderer/src/archive';
import { PASSPHRASE, smallSnapshot, write } from './helpers';

describe('archive: the policy’s time to answer', () => {
  it('round-trips a changed setting', { timeout: 60_000 }, async () => {
    const snapshot = await smallSnapshot();
    snapshot.settings = { ...snapshot.settings, policyPromise: { days: 15, unit: 'calendarDays' } };
    const { snapshot: back } = await readArchive(await write(snapshot), PASSPHRASE);
    expect(back.settings.policyPromise).toEqual({ days: 15, unit: 'calendarDays' });
  });
});
