// The "to whom your information has been disclosed" text of an access response, written from the
// disclosure log in the letter's language (not the screen's: it prints in the letter). One recipient
// a line, its address on the same line, then every date it received the information.
import type { LetterLanguage } from '../../domain/accessRequest';
import type { IsoDate } from '../../domain/isoDate';
import { formatDate, NBSP } from '../../domain/letters/format';
import { recipientsForAccessResponse, type AccessResponseRecipient, type Disclosure } from '../../domain/registers/disclosures';

export function recipientLine(recipient: AccessResponseRecipient, language: LetterLanguage): string {
  const address = (recipient.address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/,$/, ''))
    .filter(Boolean)
    .join(', ');
  // Dates already hold a comma in English ("January 10, 2026"), so they are set apart by semicolons;
  // French puts a no-break space before one.
  const separator = language === 'fr' ? `${NBSP}; ` : '; ';
  const dates = recipient.dates.map((d) => formatDate(d, language)).join(separator);
  // A bullet opens each recipient, so a line the letter wraps does not read as another recipient.
  return `• ${recipient.name}${address ? `, ${address}` : ''} — ${dates}`;
}

export interface ResponseRecipients {
  recipients: AccessResponseRecipient[];
  /** The field's text: one line per recipient, or '' when the log holds none. */
  text: string;
  organisations: number;
  individuals: number;
}

/** The prefill of a response's "disclosed to" field, from the person's disclosures up to `upTo`. */
export function responseRecipients(disclosures: readonly Disclosure[], personId: string, language: LetterLanguage, upTo?: IsoDate): ResponseRecipients {
  const recipients = recipientsForAccessResponse(disclosures, personId, upTo);
  return {
    recipients,
    text: recipients.map((r) => recipientLine(r, language)).join('\n'),
    organisations: recipients.filter((r) => r.kind === 'organisation').length,
    individuals: recipients.filter((r) => r.kind === 'individual').length,
  };
}
