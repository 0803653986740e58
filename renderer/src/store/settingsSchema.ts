// What the store accepts as settings. Auto-lock cannot be switched off: an unattended, unlocked
// record book is the breach this app exists to prevent.
import { z } from 'zod';

export const LANGUAGES = ['en', 'fr'] as const;

export const appSettingsSchema = z.object({
  autoLockMinutes: z.number().int('validation.invalid').min(1, 'validation.tooSmall').max(240, 'validation.tooLarge'),
  language: z.enum(LANGUAGES),
});

/** The sealed part of the settings; language lives in the clear prefs row (see database.ts). */
export const sealedSettingsSchema = appSettingsSchema.omit({ language: true });
export type SealedSettings = z.infer<typeof sealedSettingsSchema>;
