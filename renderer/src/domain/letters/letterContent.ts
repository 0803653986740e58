// The shape of a letter before it is laid out: what the PDF prints, in order, and nothing about
// fonts or pages. Pure data, so the content can be tested, previewed or exported without pdfkit.
import type { AccessRequest, LetterKind, LetterLanguage } from '../accessRequest';
import type { Commissioner } from '../commissioners';
import type { PersonAnnotation } from '../corrections';
import type { IsoDate } from '../isoDate';
import type { OrganisationProfile, PrivacyOfficer } from '../organisation';
import type { Person } from '../person';
import type { ParagraphKey } from './letterText';

export interface AccessLetterInput {
  kind: LetterKind;
  language: LetterLanguage;
  issuedOn: IsoDate;
  /** The request as it stands after the action the letter goes with (extension recorded, decision made…). */
  request: AccessRequest;
  person: Person;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  /** The officer's correction of the commissioner's details (settings); defaults to DEFAULT_COMMISSIONERS. */
  commissioner?: Commissioner;
  /** The officer's edits of the free-text paragraphs, by key. Keys a letter does not have are ignored. */
  paragraphs?: Record<string, string>;
  /** Corrections the person asked for and the office did not make: a response gives them (domain/corrections.ts). */
  annotations?: readonly PersonAnnotation[];
}

export interface EditableParagraph {
  key: ParagraphKey;
  label: string;
  text: string;
}

export type LetterBlock =
  /** `key` marks a paragraph the officer wrote or may rewrite. */
  | { type: 'paragraph'; text: string; strong?: boolean; key?: ParagraphKey }
  | { type: 'heading'; text: string }
  /** Label–value pairs (reference, dates, amounts); `strong` values print in bold. */
  | { type: 'fields'; rows: { label: string; value: string; strong?: boolean }[] }
  | { type: 'list'; items: string[] }
  /** Widths are fractions of the text width and add up to 1. */
  | { type: 'table'; columns: { header: string; width: number }[]; rows: string[][] }
  /** A name and address to write to or call; the first line prints in bold. */
  | { type: 'contact'; lines: string[] };

export interface LetterContent {
  language: LetterLanguage;
  kind: LetterKind;
  /** Document title (PDF metadata, window title). */
  title: string;
  /** "Subject: …" / "Objet : …" */
  subject: string;
  /** "Our reference: AR-2026-0042" */
  reference: string;
  dateLine: string;
  /** Legal name first, then address lines, telephone and email. */
  letterhead: string[];
  recipient: string[];
  salutation: string;
  blocks: LetterBlock[];
  closing: string;
  signatory: { name: string; title: string; signatureImage?: Uint8Array };
  confidentiality: string;
  /** Top line of pages after the first, so a loose page can be put back with its letter. */
  continuation: string;
  pageLabel: (page: number, pages: number) => string;
}
