// One access request's audit trail as a PDF: the letterhead, a title naming the reference, what the
// trail is, the whole chain's verification at export time, then a table of the request's entries
// (and its letters' and attachments'), oldest first, each with the first characters of its hash.
// Every page carries the confidentiality line and "Page X of Y" (pages are buffered so the total is
// known when the footers are drawn). Built with the letters' fonts and layout helpers.
import type { LetterLanguage } from '../domain/accessRequest';
import type { AuditEntry } from '../domain/audit';
import type { AuditChainResult } from '../domain/auditChain';
import { lines, withColon } from '../domain/letters/format';
import type { OrganisationProfile } from '../domain/organisation';
import { AUDIT_TRAIL_TEXT, type AuditTrailText } from './auditTrailText';
import { writeLetterDocument } from './letterDocument';
import { bodyFont, COLOR, drawBlock, FONT, PAGE, textWidth } from './letterLayout';
import type { PdfOptions } from './recoveryKit';

type Doc = PDFKit.PDFDocument;

/** Characters of each entry's SHA-256 printed: 48 bits, enough to match an entry by eye. */
export const HASH_PREFIX_LENGTH = 12;

export interface AuditTrailPdfInput {
  language: LetterLanguage;
  organisation: OrganisationProfile;
  /** AR-YYYY-NNNN */
  reference: string;
  /** The request's entries, in any order; printed oldest first. */
  entries: readonly AuditEntry[];
  /** The whole trail's verification, run just before the export. */
  verification: AuditChainResult;
  exportedAt: Date;
  /** The officer's time zone (IANA); the machine's when absent. */
  timeZone?: string;
  /** Field names and details in words; the recorded names when absent. */
  describe?: { fields(entry: AuditEntry): string; detail(entry: AuditEntry): string };
}

/** "2026-03-16 14:05:09" on the officer's clock: unambiguous in both languages, sorts as it reads. */
export function clockTime(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

function letterhead(doc: Doc, organisation: OrganisationProfile, language: LetterLanguage): void {
  const top = 44;
  doc.font(FONT.bold).fontSize(15).fillColor(COLOR.accent).text(organisation.legalName, PAGE.marginX, top, { width: textWidth(doc) });
  doc.font(FONT.regular).fontSize(9).fillColor(COLOR.muted);
  const telephone = language === 'fr' ? 'Téléphone' : 'Telephone';
  const email = language === 'fr' ? 'Courriel' : 'Email';
  for (const line of [...lines(organisation.address), `${withColon(telephone, language)} ${organisation.phone}   ·   ${withColon(email, language)} ${organisation.email}`]) {
    doc.text(line, PAGE.marginX, doc.y, { width: textWidth(doc) });
  }
  doc.y += 5;
  doc.lineWidth(1.2).strokeColor(COLOR.accent).moveTo(PAGE.marginX, doc.y).lineTo(doc.page.width - PAGE.marginX, doc.y).stroke();
  doc.y += 13;
}

function verificationLine(text: AuditTrailText, verification: AuditChainResult): { value: string; strong: boolean } {
  if (verification.ok) return { value: text.intact(verification.entries), strong: false };
  return { value: `${text.broken(verification.brokenAt, verification.entries, verification.reason)} ${text.brokenAdvice}`, strong: true };
}

function footers(doc: Doc, text: AuditTrailText, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const margins = doc.page.margins;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins = { ...margins, bottom: 0 };
    const width = textWidth(doc);
    const footerTop = doc.page.height - PAGE.marginBottom + 14;
    doc.lineWidth(0.6).strokeColor(COLOR.rule).moveTo(PAGE.marginX, footerTop - 6).lineTo(PAGE.marginX + width, footerTop - 6).stroke();
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted).text(text.confidentiality, PAGE.marginX, footerTop, { width });
    const labelTop = doc.page.height - 36;
    doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted).text(title, PAGE.marginX, labelTop, { width: width / 2, lineBreak: false });
    doc.font(FONT.bold).fontSize(8).fillColor(COLOR.ink).text(text.pageLabel(i + 1, range.count), PAGE.marginX + width / 2, labelTop, { width: width / 2, align: 'right', lineBreak: false });
    doc.page.margins = margins;
  }
}

export async function buildAuditTrailPdf(input: AuditTrailPdfInput, options: PdfOptions = {}): Promise<Uint8Array> {
  const text = AUDIT_TRAIL_TEXT[input.language];
  const timeZone = input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const title = text.title(input.reference);
  const describe = input.describe ?? { fields: (e: AuditEntry) => e.fields.join(', '), detail: (e: AuditEntry) => e.detail ?? '' };
  const entries = [...input.entries].sort((a, b) => a.seq - b.seq);

  const info = { language: input.language, title, subject: title, author: input.organisation.legalName };
  return writeLetterDocument(info, options, (doc) => {
    letterhead(doc, input.organisation, input.language);
    doc.font(FONT.bold).fontSize(14).fillColor(COLOR.ink).text(title, PAGE.marginX, doc.y, { width: textWidth(doc) });
    doc.y += 6;
    drawBlock(doc, { type: 'paragraph', text: text.intro });
    const verification = verificationLine(text, input.verification);
    drawBlock(doc, {
      type: 'fields',
      rows: [
        { label: text.labels.request, value: input.reference, strong: true },
        { label: text.labels.exported, value: `${clockTime(input.exportedAt, timeZone)} — ${text.timeZone(timeZone)}` },
        { label: text.labels.entries, value: text.number(entries.length) },
        { label: text.labels.verification, value: verification.value, strong: verification.strong },
        ...(input.verification.ok ? [{ label: text.labels.lastHash, value: input.verification.lastHash.slice(0, 2 * HASH_PREFIX_LENGTH) }] : []),
      ],
    });
    if (entries.length === 0) {
      drawBlock(doc, { type: 'paragraph', text: text.none });
    } else {
      const c = text.columns;
      drawBlock(doc, {
        type: 'table',
        columns: [
          { header: c.seq, width: 0.05 },
          { header: c.time, width: 0.13 },
          { header: c.action, width: 0.14 },
          { header: c.record, width: 0.11 },
          { header: c.fields, width: 0.22 },
          { header: c.detail, width: 0.20 },
          { header: c.hash, width: 0.15 },
        ],
        rows: entries.map((entry) => [
          String(entry.seq),
          clockTime(entry.at, timeZone),
          text.actions[entry.action],
          // A register's kind without a printed name (added after this text) prints as its id.
          text.entityKinds[entry.entityKind] ?? entry.entityKind,
          describe.fields(entry),
          describe.detail(entry),
          entry.hash.slice(0, HASH_PREFIX_LENGTH),
        ]),
      });
    }
    bodyFont(doc); // leave the document in the body font for anything drawn after
    footers(doc, text, title);
  });
}
