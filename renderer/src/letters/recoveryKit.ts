// The recovery kit: one Letter-size page the officer prints or saves once, at first run.
// Standard fonts only (Helvetica, Courier): they cover French (WinAnsi) and need no embedding.
import type { Language } from '../domain/language';
import { loadPdfRuntime } from './pdfRuntime';
import { recoveryKeyGroups } from './recoveryKeyGroups';
import { RECOVERY_KIT_TEXT } from './recoveryKitText';

export interface RecoveryKitInput {
  language: Language;
  organisationName: string;
  recoveryKey: string;
  createdAt: Date;
}

export interface PdfOptions {
  /** Tests turn compression off so they can read the text back. */
  compress?: boolean;
}

const MARGIN = 72; // one inch
const INK = '#1b2528';
const MUTED = '#46555a';

export async function buildRecoveryKitPdf(input: RecoveryKitInput, options: PdfOptions = {}): Promise<Uint8Array> {
  const { PDFDocument, toBytes } = await loadPdfRuntime();
  const text = RECOVERY_KIT_TEXT[input.language];
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    compress: options.compress ?? true,
    lang: input.language === 'fr' ? 'fr-CA' : 'en-CA',
    info: { Title: text.title, Creator: 'Custodian' },
  });
  const bytes = toBytes(doc); // listen before anything is written
  const width = doc.page.width - 2 * MARGIN;
  const created = new Intl.DateTimeFormat(input.language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' }).format(input.createdAt);

  doc.fillColor(INK).font('Helvetica-Bold').fontSize(22).text(text.title);
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11).fillColor(MUTED);
  const colon = input.language === 'fr' ? '\u00a0: ' : ': ';
  doc.text(`${text.organisation}${colon}${input.organisationName}`);
  doc.text(`${text.created}${colon}${created}`);
  doc.moveDown(1);

  // The key, boxed, in large monospace groups (four groups to a line keeps each line readable).
  const groups = recoveryKeyGroups(input.recoveryKey);
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join('  '));
  const boxTop = doc.y;
  const boxHeight = 34 + lines.length * 28;
  doc.lineWidth(1.5).strokeColor(INK).rect(MARGIN, boxTop, width, boxHeight).stroke();
  doc.fillColor(MUTED).font('Helvetica-Bold').fontSize(10).text(text.keyHeading.toUpperCase(), MARGIN + 14, boxTop + 10);
  doc.fillColor(INK).font('Courier-Bold').fontSize(20);
  lines.forEach((line, i) => doc.text(line, MARGIN + 14, boxTop + 28 + i * 28, { lineBreak: false }));
  doc.x = MARGIN;
  doc.y = boxTop + boxHeight + 18;

  section(doc, text.whatTitle, [text.what], width, false);
  section(doc, text.safeTitle, text.safe, width, true);
  section(doc, text.useTitle, text.use, width, true, true);

  doc.moveDown(1);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(11).text(text.storedAt, MARGIN, doc.y, { continued: true });
  doc.font('Helvetica').text(' ________________________________________________');

  doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(text.confidential, MARGIN, doc.page.height - MARGIN - 24, { width, align: 'center' });
  doc.end();
  return bytes;
}

function section(doc: PDFKit.PDFDocument, title: string, paragraphs: string[], width: number, list: boolean, numbered = false) {
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(13).text(title, MARGIN, doc.y, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(11);
  paragraphs.forEach((paragraph, i) => {
    const bullet = list ? (numbered ? `${i + 1}. ` : '•  ') : '';
    doc.text(`${bullet}${paragraph}`, MARGIN + (list ? 12 : 0), doc.y, { width: width - (list ? 12 : 0), paragraphGap: 4 });
  });
  doc.moveDown(0.8);
}
