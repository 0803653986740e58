// The office's profile and its privacy officer: they head every letter and sign it.
import { z } from 'zod';
import { REGIMES } from './regime';

// Error messages are i18n keys (see i18n/*.json, "validation"), translated by the form.
const requiredText = (max: number) =>
  z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const organisationProfileSchema = z.object({
  legalName: requiredText(200),
  address: requiredText(500),
  phone: requiredText(40).regex(/^[+()0-9 .\-x]{7,40}$/, 'validation.phone'),
  email: z.string().trim().email('validation.email').max(254, 'validation.tooLong'),
  defaultRegime: z.enum(REGIMES),
});
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

export const privacyOfficerSchema = z.object({
  name: requiredText(200),
  title: requiredText(200),
  /** PNG or JPEG bytes of a scanned signature, printed above the name on letters. */
  signatureImage: z.instanceof(Uint8Array).optional(),
});
export type PrivacyOfficer = z.infer<typeof privacyOfficerSchema>;
