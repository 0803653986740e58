// The officer's corrections of the commissioners' details: sealed with the other settings, checked
// before they are written, and read back after a restart.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_COMMISSIONERS, type Commissioner } from '../../../renderer/src/domain/commissioners';
import { ValidationError } from '../../../renderer/src/store';
import { readRawDatabase } from './rawDatabase';
import { createTestVault, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const MOVED_BC: Commissioner = {
  ...DEFAULT_COMMISSIONERS.BC_PIPA,
  address: { en: ['PO Box 9999 Synthetic Stn', 'Victoria, BC  V8W 0Z9'], fr: ['C.P. 9999, succ. Synthétique', 'Victoria (C.-B.)  V8W 0Z9'] },
  phone: '250-555-0142',
};

async function validationFields(work: Promise<unknown>): Promise<Record<string, string>> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
}

describe('settings: commissioners (for letters)', () => {
  it('starts with no correction, so every letter uses the defaults', async () => {
    const { session } = await createTestVault();
    expect(session.settings().commissioners).toEqual({});
  });

  it('seals a correction with the other settings and reads it back after a restart', async () => {
    const { session, reopen, dbName } = await createTestVault();
    await session.updateSettings({ commissioners: { BC_PIPA: MOVED_BC } });
    expect(session.settings().commissioners.BC_PIPA).toEqual(MOVED_BC);

    const rows = (await readRawDatabase(dbName)).settings as { id: string; sealed: Uint8Array }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealed).toBeInstanceOf(Uint8Array);
    const onDisk = new TextDecoder('utf-8', { fatal: false }).decode(rows[0]!.sealed);
    expect(onDisk).not.toContain('Synthetic Stn');
    expect(onDisk).not.toContain('"commissioners"');

    session.lock();
    const again = await reopen().unlock(PASSPHRASE);
    expect(again.settings().commissioners).toEqual({ BC_PIPA: MOVED_BC });
    // Changing another setting keeps the correction.
    await again.updateSettings({ autoLockMinutes: 15 });
    expect(again.settings().commissioners.BC_PIPA?.phone).toBe('250-555-0142');
  });

  it('trims what the officer typed', async () => {
    const { session } = await createTestVault();
    await session.updateSettings({ commissioners: { QC: { ...DEFAULT_COMMISSIONERS.QC, phone: '  418-555-0100 ' } } });
    expect(session.settings().commissioners.QC?.phone).toBe('418-555-0100');
  });

  it('refuses an empty name, a bad phone, a blank address line and too many lines, naming each field, and keeps the old settings', async () => {
    const { session } = await createTestVault();
    await session.updateSettings({ commissioners: { BC_PIPA: MOVED_BC } });
    const broken: Commissioner = {
      ...MOVED_BC,
      name: { en: ' ', fr: MOVED_BC.name.fr },
      phone: 'call us',
      tollFree: '12',
      address: { en: ['1', '2', '3', '4', '5', '6', '7'], fr: ['Victoria', ''] },
    };
    expect(await validationFields(session.updateSettings({ commissioners: { BC_PIPA: broken } }))).toEqual({
      'commissioners.BC_PIPA.name.en': 'validation.required',
      'commissioners.BC_PIPA.phone': 'validation.phone',
      'commissioners.BC_PIPA.tollFree': 'validation.phone',
      'commissioners.BC_PIPA.address.en': 'validation.tooManyLines',
      'commissioners.BC_PIPA.address.fr.1': 'validation.required',
    });
    expect(session.settings().commissioners).toEqual({ BC_PIPA: MOVED_BC });
  });

  it('refuses over-long values and an unknown regime', async () => {
    const { session } = await createTestVault();
    const long: Commissioner = { ...MOVED_BC, name: { en: 'x'.repeat(201), fr: 'y' }, address: { en: ['z'.repeat(121)], fr: ['Victoria'] } };
    expect(await validationFields(session.updateSettings({ commissioners: { AB_PIPA: long } }))).toEqual({
      'commissioners.AB_PIPA.name.en': 'validation.tooLong',
      'commissioners.AB_PIPA.address.en.0': 'validation.tooLong',
    });
    const unknown = { XX: MOVED_BC } as unknown as Record<'QC', Commissioner>;
    await expect(session.updateSettings({ commissioners: unknown })).rejects.toThrow(ValidationError);
    expect(session.settings().commissioners).toEqual({});
  });
});
