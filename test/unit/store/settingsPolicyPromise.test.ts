// The policy's time to answer is a setting: sealed with the others, read as the policy's own 30
// business days from a vault or a backup made before the setting existed (the archive round trip
// is in test/unit/archive/policyPromiseSetting.test.ts).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { profileSchema } from '../../../renderer/src/archive/recordSchemas';
import { ValidationError } from '../../../renderer/src/store';
import { appSettingsSchema, sealedSettingsSchema } from '../../../renderer/src/store/settingsSchema';
import { createTestVault, PASSPHRASE } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

/** Settings exactly as a vault written before the policy setting holds them. */
const OLD_SETTINGS = { autoLockMinutes: 10, language: 'en', officeClosures: [], commissioners: {}, backupReminderDays: 7 };

describe('settings: the policy’s time to answer', () => {
  it('reads an old vault’s and an old backup’s settings, which lack it, as the policy’s 30 business days', () => {
    expect(appSettingsSchema.parse(OLD_SETTINGS).policyPromise).toEqual({ days: 30, unit: 'businessDays' });
    const { language: _language, ...sealed } = OLD_SETTINGS;
    expect(sealedSettingsSchema.parse(sealed).policyPromise).toEqual({ days: 30, unit: 'businessDays' });
    // The archive's profile is strict: an old profile.json must still pass, and a new one round-trip.
    expect(profileSchema.shape.settings.parse(OLD_SETTINGS).policyPromise).toEqual({ days: 30, unit: 'businessDays' });
    expect(profileSchema.shape.settings.parse({ ...OLD_SETTINGS, policyPromise: { days: 20, unit: 'calendarDays' } }).policyPromise).toEqual({ days: 20, unit: 'calendarDays' });
  });

  it('refuses 0, 366, a fraction and an unknown unit', () => {
    for (const policyPromise of [{ days: 0, unit: 'businessDays' }, { days: 366, unit: 'businessDays' }, { days: 1.5, unit: 'calendarDays' }, { days: 30, unit: 'weeks' }]) {
      expect(appSettingsSchema.safeParse({ ...OLD_SETTINGS, policyPromise }).success).toBe(false);
    }
  });

  it('starts at 30 business days, seals a change, reads it back after a restart, and keeps it when bad input is refused', async () => {
    const { session, reopen } = await createTestVault();
    expect(session.settings().policyPromise).toEqual({ days: 30, unit: 'businessDays' });
    await session.updateSettings({ policyPromise: { days: 20, unit: 'calendarDays' } });
    session.lock();

    const again = await reopen().unlock(PASSPHRASE);
    expect(again.settings().policyPromise).toEqual({ days: 20, unit: 'calendarDays' });
    const error = await again.updateSettings({ policyPromise: { days: 0, unit: 'businessDays' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.values((error as ValidationError).fields)).toContain('validation.policyPromiseRange');
    expect(again.settings().policyPromise).toEqual({ days: 20, unit: 'calendarDays' });
  });

});
