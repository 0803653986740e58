// The request form's values and their checks, for a new request and for correcting one. The store
// checks everything again (accessRequestInputSchema, the date, the person, and for a correction the
// rules of update()); this catches mistakes before the officer leaves the field, with the same messages.
import { z } from 'zod';
import { CHANNELS, IDENTITY_METHODS, LANGUAGES, type AccessRequest, type AccessRequestInput } from '../../domain/accessRequest';
import { isIsoDate, type IsoDate } from '../../domain/isoDate';
import { LIMITS } from '../../domain/limits';
import { boundedText } from '../../domain/plainText';
import { REGIMES, type Regime } from '../../domain/regime';

export function newRequestSchema(today: IsoDate) {
  const pastDate = z
    .string()
    .refine(isIsoDate, 'validation.date')
    .refine((d) => !isIsoDate(d) || d <= today, 'validation.futureDate');
  return z
    .object({
      personId: z.string().min(1, 'validation.personRequired'),
      receivedOn: pastDate,
      channel: z.enum(CHANNELS),
      inWriting: z.enum(['yes', 'no']),
      oralConfirmed: z.boolean(),
      informationSought: boundedText(LIMITS.informationSought, { check: 'entered', multiline: true }, true),
      language: z.enum(LANGUAGES),
      regime: z.enum(REGIMES),
      identityVerified: z.boolean(),
      identityMethod: z.enum(IDENTITY_METHODS),
      identityVerifiedOn: z.string(),
      identityNote: boundedText(LIMITS.identityNote, { check: 'entered', multiline: true }),
      notes: boundedText(LIMITS.requestNotes, { check: 'entered', multiline: true }),
    })
    .superRefine((value, ctx) => {
      if (value.inWriting === 'no' && !value.oralConfirmed) {
        ctx.addIssue({ code: 'custom', path: ['oralConfirmed'], message: 'validation.oralConfirm' });
      }
      if (value.identityVerified) {
        const on = value.identityVerifiedOn;
        if (!isIsoDate(on)) ctx.addIssue({ code: 'custom', path: ['identityVerifiedOn'], message: 'validation.date' });
        else if (on > today) ctx.addIssue({ code: 'custom', path: ['identityVerifiedOn'], message: 'validation.futureDate' });
      }
    })
    .transform(
      (v): AccessRequestInput => ({
        personId: v.personId,
        regime: v.regime,
        receivedOn: v.receivedOn,
        channel: v.channel,
        inWriting: v.inWriting === 'yes',
        ...(v.inWriting === 'no' ? { oralConfirmed: v.oralConfirmed } : {}),
        informationSought: v.informationSought,
        language: v.language,
        ...(v.identityVerified ? { identity: { method: v.identityMethod, verifiedOn: v.identityVerifiedOn, note: v.identityNote } } : {}),
        notes: v.notes,
      }),
    );
}

export type NewRequestValues = z.input<ReturnType<typeof newRequestSchema>>;

export function newRequestDefaults(today: IsoDate, regime: Regime, language: NewRequestValues['language']): NewRequestValues {
  return {
    personId: '',
    receivedOn: today,
    channel: 'email',
    inWriting: 'yes',
    oralConfirmed: false,
    informationSought: '',
    language,
    regime,
    identityVerified: false,
    identityMethod: 'photoId',
    identityVerifiedOn: today,
    identityNote: '',
    notes: '',
  };
}

/** The form as the request stands, to correct it. */
export function requestFormValues(request: AccessRequest, today: IsoDate): NewRequestValues {
  return {
    personId: request.personId,
    receivedOn: request.receivedOn,
    channel: request.channel,
    inWriting: request.inWriting ? 'yes' : 'no',
    oralConfirmed: request.oralConfirmed ?? false,
    informationSought: request.informationSought,
    language: request.language,
    regime: request.regime,
    identityVerified: request.identity !== undefined,
    identityMethod: request.identity?.method ?? 'photoId',
    identityVerifiedOn: request.identity?.verifiedOn ?? today,
    identityNote: request.identity?.note ?? '',
    notes: request.notes ?? '',
  };
}

/** Where the store's field paths land on this form. */
export const NEW_REQUEST_FIELDS = {
  personId: 'personId',
  receivedOn: 'receivedOn',
  channel: 'channel',
  inWriting: 'inWriting',
  oralConfirmed: 'oralConfirmed',
  informationSought: 'informationSought',
  language: 'language',
  regime: 'regime',
  identity: 'identityMethod',
  'identity.method': 'identityMethod',
  'identity.verifiedOn': 'identityVerifiedOn',
  'identity.note': 'identityNote',
  notes: 'notes',
} as const;
