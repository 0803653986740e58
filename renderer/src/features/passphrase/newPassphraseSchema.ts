import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from './strength';

/** A new passphrase and its confirmation. Strength is checked separately (it loads lazily). */
export const newPassphraseShape = {
  passphrase: z.string().min(MIN_PASSPHRASE_LENGTH, 'validation.passphraseTooShort'),
  confirmation: z.string().min(1, 'validation.required'),
};

type Pair = { passphrase: string; confirmation: string };

export function refineMatchingPassphrases<S extends z.ZodType<Pair, Pair>>(schema: S): S {
  return schema.refine((v) => v.passphrase === v.confirmation, { path: ['confirmation'], message: 'validation.passphraseMismatch' });
}

export const newPassphraseSchema = refineMatchingPassphrases(z.object(newPassphraseShape));
export type NewPassphrase = z.infer<typeof newPassphraseSchema>;
