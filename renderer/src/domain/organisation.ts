// The office's profile and its privacy officer: they head every letter and sign it.
import { z } from 'zod';
import { LIMITS } from './limits';
import { optionalText, requiredText, type TextCheck } from './plainText';
import { REGIMES } from './regime';

// Error messages are i18n keys (see i18n/*.json, "validation"), translated by the form.
function organisationShape(check: TextCheck) {
  return {
    legalName: requiredText(LIMITS.organisationName, { check }),
    address: requiredText(LIMITS.address, { check, multiline: true }),
    phone: requiredText(LIMITS.organisationPhone, { check }).regex(/^[+()0-9 .\-x]{7,40}$/, 'validation.phone'),
    email: z.string().trim().email('validation.email').max(LIMITS.email, 'validation.tooLong'),
    defaultRegime: z.enum(REGIMES),
  };
}

function officerShape(check: TextCheck) {
  return {
    name: requiredText(LIMITS.officerName, { check }),
    title: requiredText(LIMITS.officerTitle, { check }),
    /** The title in French, for French letters; without it they print `title` as entered. */
    titleFr: optionalText(LIMITS.officerTitle, { check }),
    /** PNG or JPEG bytes of a scanned signature, printed above the name on letters. */
    signatureImage: z.instanceof(Uint8Array).optional(),
  };
}

/** What the officer enters: hidden control and direction characters are refused (plainText.ts). */
export const organisationProfileSchema = z.object(organisationShape('entered'));
/** As already kept (archive, snapshot): only the limits, so older profiles still open. */
export const storedOrganisationProfileSchema = z.object(organisationShape('stored'));
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

export const privacyOfficerSchema = z.object(officerShape('entered'));
export const storedPrivacyOfficerSchema = z.object(officerShape('stored'));
export type PrivacyOfficer = z.infer<typeof privacyOfficerSchema>;
