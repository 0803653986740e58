// What the store accepts as settings. Auto-lock cannot be switched off: an unattended, unlocked
// record book is the breach this app exists to prevent.
import { z } from 'zod';
import type { Commissioner } from '../domain/commissioners';
import { isIsoDate } from '../domain/isoDate';
import { REGIMES } from '../domain/regime';
import { DEFAULT_POLICY_PROMISE, policyPromiseSchema } from '../domain/policyPromise';

export const LANGUAGES = ['en', 'fr'] as const;

const line = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
/** The same shape as the organisation's phone (domain/organisation.ts): digits and the usual marks. */
const phone = line(40).regex(/^[+()0-9 .\-x]{7,40}$/, 'validation.phone');
/** An envelope holds about six lines; a line longer than this would wrap in the letter's contact block. */
export const COMMISSIONER_ADDRESS_MAX_LINES = 6;
export const COMMISSIONER_ADDRESS_LINE_MAX = 120;
const addressLines = z.array(line(COMMISSIONER_ADDRESS_LINE_MAX)).min(1, 'validation.required').max(COMMISSIONER_ADDRESS_MAX_LINES, 'validation.tooManyLines');
const bilingual = (max: number) => z.object({ en: line(max), fr: line(max) });

/** One commissioner's details as the officer corrected them (domain/commissioners.ts, Commissioner). */
export const commissionerSchema = z.object({
  name: bilingual(200),
  address: z.object({ en: addressLines, fr: addressLines }),
  phone,
  tollFree: phone.optional(),
  tollFreeNote: bilingual(300).optional(),
});
// The schema's output must stay a Commissioner, or letters could receive something they cannot print.
commissionerSchema satisfies z.ZodType<Commissioner>;

export const appSettingsSchema = z.object({
  autoLockMinutes: z.number().int('validation.invalid').min(1, 'validation.tooSmall').max(240, 'validation.tooLarge'),
  language: z.enum(LANGUAGES),
  officeClosures: z.array(z.string().refine(isIsoDate, 'validation.date')).max(366, 'validation.tooLong').default([]),
  backupReminderDays: z.number().int('validation.invalid').min(1, 'validation.tooSmall').max(365, 'validation.tooLarge').default(7),
  commissioners: z.partialRecord(z.enum(REGIMES), commissionerSchema).default({}),
  // Vaults and backups from before this setting read as the policy's own 30 business days.
  policyPromise: policyPromiseSchema.default({ ...DEFAULT_POLICY_PROMISE }),
});

/** The sealed part of the settings; language lives in the clear prefs row (see database.ts). */
export const sealedSettingsSchema = appSettingsSchema.omit({ language: true });
export type SealedSettings = z.infer<typeof sealedSettingsSchema>;
