// The commissioner form's values and their checks. Each value is checked with the store's own rule
// (store/settingsSchema.ts, commissionerSchema) so the form and the store agree; addresses are typed
// one line per line and become the lines the letter prints.
import { z } from 'zod';
import { DEFAULT_COMMISSIONERS, type Commissioner } from '../../domain/commissioners';
import type { Regime } from '../../domain/regime';
import { COMMISSIONER_ADDRESS_LINE_MAX, COMMISSIONER_ADDRESS_MAX_LINES, commissionerSchema } from '../../store/settingsSchema';

export interface CommissionerValues {
  nameEn: string;
  nameFr: string;
  addressEn: string;
  addressFr: string;
  phone: string;
  tollFree: string;
  tollFreeNoteEn: string;
  tollFreeNoteFr: string;
}

export type CommissionerField = keyof CommissionerValues;

/** The lines an address prints: trimmed, blank lines dropped. */
export function addressLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const shape = commissionerSchema.shape;
const name = shape.name.shape.en;
const note = shape.tollFreeNote.unwrap().shape.en;
/** Empty, or what the store's rule accepts (with the store's message, not a union's generic one). */
const optional = (schema: z.ZodType<string, string>) =>
  z.string().superRefine((text, ctx) => {
    if (text.trim() === '') return;
    const result = schema.safeParse(text);
    if (!result.success) ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'validation.invalid' });
  });
const address = z.string().superRefine((text, ctx) => {
  const lines = addressLines(text);
  if (lines.length === 0) ctx.addIssue({ code: 'custom', message: 'validation.required' });
  else if (lines.length > COMMISSIONER_ADDRESS_MAX_LINES) ctx.addIssue({ code: 'custom', message: 'validation.tooManyLines' });
  else if (lines.some((line) => line.length > COMMISSIONER_ADDRESS_LINE_MAX)) ctx.addIssue({ code: 'custom', message: 'validation.lineTooLong' });
});

export const commissionerFormSchema = z
  .object({
    nameEn: name,
    nameFr: name,
    addressEn: address,
    addressFr: address,
    phone: shape.phone,
    tollFree: optional(shape.tollFree.unwrap()),
    tollFreeNoteEn: optional(note),
    tollFreeNoteFr: optional(note),
  })
  .superRefine((v, ctx) => {
    // The note prints in the letter's language, so it exists in both or in neither.
    const [en, fr, tollFree] = [v.tollFreeNoteEn.trim(), v.tollFreeNoteFr.trim(), v.tollFree.trim()];
    if (en && !fr) ctx.addIssue({ code: 'custom', path: ['tollFreeNoteFr'], message: 'validation.bothLanguages' });
    if (fr && !en) ctx.addIssue({ code: 'custom', path: ['tollFreeNoteEn'], message: 'validation.bothLanguages' });
    if ((en || fr) && !tollFree) ctx.addIssue({ code: 'custom', path: ['tollFree'], message: 'validation.tollFreeForNote' });
  })
  .transform((v): Commissioner => {
    const tollFree = v.tollFree.trim();
    const noteEn = v.tollFreeNoteEn.trim();
    const noteFr = v.tollFreeNoteFr.trim();
    return {
      name: { en: v.nameEn, fr: v.nameFr },
      address: { en: addressLines(v.addressEn), fr: addressLines(v.addressFr) },
      phone: v.phone,
      ...(tollFree ? { tollFree } : {}),
      ...(noteEn && noteFr ? { tollFreeNote: { en: noteEn, fr: noteFr } } : {}),
    };
  });

export function commissionerValues(commissioner: Commissioner): CommissionerValues {
  return {
    nameEn: commissioner.name.en,
    nameFr: commissioner.name.fr,
    addressEn: commissioner.address.en.join('\n'),
    addressFr: commissioner.address.fr.join('\n'),
    phone: commissioner.phone,
    tollFree: commissioner.tollFree ?? '',
    tollFreeNoteEn: commissioner.tollFreeNote?.en ?? '',
    tollFreeNoteFr: commissioner.tollFreeNote?.fr ?? '',
  };
}

/** True when the details are exactly the ones Custodian came with: no correction needs keeping. */
export function isDefaultCommissioner(regime: Regime, commissioner: Commissioner): boolean {
  const same = (a: Commissioner) => JSON.stringify(commissionerValues(a));
  return same(commissioner) === same(DEFAULT_COMMISSIONERS[regime]);
}

const STORE_FIELDS: Record<string, CommissionerField> = {
  'name.en': 'nameEn',
  'name.fr': 'nameFr',
  'address.en': 'addressEn',
  'address.fr': 'addressFr',
  phone: 'phone',
  tollFree: 'tollFree',
  'tollFreeNote.en': 'tollFreeNoteEn',
  'tollFreeNote.fr': 'tollFreeNoteFr',
};

/** Where the store's path (`commissioners.BC_PIPA.address.en.2`) lands on this form, if anywhere. */
export function commissionerFieldOf(regime: Regime, storePath: string): CommissionerField | undefined {
  const prefix = `commissioners.${regime}.`;
  if (!storePath.startsWith(prefix)) return undefined;
  const path = storePath.slice(prefix.length).replace(/\.\d+$/, '');
  return STORE_FIELDS[path];
}
