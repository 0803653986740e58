import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openVaultGate, ValidationError, type AppSettings } from '../../../renderer/src/store';
import { syntheticPeople } from '../../fixtures/people';
import { createTestVault, PASSPHRASE, uniqueDbName } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

describe('a second gate on the same database (the app restarted)', () => {
  it('unlocks and sees the same people, profile and settings', async () => {
    const { session, reopen } = await createTestVault();
    const people = await session.people.bulkAdd(syntheticPeople(40, 12));
    await session.people.archive(people[3]!.id);
    await session.updateOrganisation({ ...session.organisation(), legalName: 'Renamed Example Ltd. (test)' });
    const signatureImage = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await session.updateOfficer({ ...session.officer(), signatureImage });
    await session.updateSettings({ autoLockMinutes: 25 });
    const listed = session.people.list({ includeArchived: true });
    session.lock();

    const again = await reopen().unlock(PASSPHRASE);
    expect(again.people.list({ includeArchived: true })).toEqual(listed);
    expect(again.people.count()).toBe(39);
    expect(again.organisation().legalName).toBe('Renamed Example Ltd. (test)');
    expect(again.officer().signatureImage).toEqual(signatureImage);
    expect(again.settings()).toEqual({ autoLockMinutes: 25, language: 'en', officeClosures: [], commissioners: {}, backupReminderDays: 7, policyPromise: { days: 30, unit: 'businessDays' } });
    expect(again.unlockTimings).toMatchObject({ people: 40 });
  });
});

describe('language before unlock', () => {
  it('is English without a vault, and follows setLanguage and updateSettings', async () => {
    const empty = openVaultGate({ dbName: uniqueDbName() });
    expect(await empty.language()).toBe('en');
    await empty.setLanguage('fr');
    expect(await empty.language()).toBe('fr');
    await expect(empty.setLanguage('de' as AppSettings['language'])).rejects.toThrow(ValidationError);

    const { session, reopen } = await createTestVault();
    await session.updateSettings({ language: 'fr' });
    session.lock();
    const gate = reopen();
    expect(await gate.language()).toBe('fr');
    await gate.setLanguage('en');
    expect((await gate.unlock(PASSPHRASE)).settings().language).toBe('en');
  });

  it('refuses settings out of range and keeps the old ones', async () => {
    const { session } = await createTestVault();
    await expect(session.updateSettings({ autoLockMinutes: 0 })).rejects.toThrow(ValidationError);
    await expect(session.updateOrganisation({ ...session.organisation(), email: 'nope' })).rejects.toThrow(ValidationError);
    expect(session.settings().autoLockMinutes).toBe(10);
  });
});
