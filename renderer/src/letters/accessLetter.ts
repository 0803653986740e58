// An access-request letter as a PDF the officer signs and sends: letterhead, date, recipient,
// reference and subject, the body, the signature block, and on every page a confidentiality line and
// "Page X of Y" (pages are buffered so the total is known when the footers are drawn).
import { accessLetterContent, type AccessLetterInput, type LetterContent } from '../domain/letters/accessLetterContent';
import { writeLetterDocument } from './letterDocument';
import { COLOR, FONT, PAGE, drawBlocks, ensureSpace, textWidth, bodyFont } from './letterLayout';
import { isPng } from './flattenSignature';
import { PngFormatError } from './pngPixels';
import { signatureImage } from './signatureImage';
import type { PdfOptions } from './recoveryKit';

type Doc = PDFKit.PDFDocument;
/** What the layout reads: any letter's content (access, consent, correction), whatever its kind. */
export type LaidOutLetter = Omit<LetterContent, 'kind'>;

const SIGNATURE = { width: 170, height: 42 } as const;

export class SignatureImageError extends Error {
  readonly code = 'signatureImage';
  constructor(readonly reason: 'type' | 'unreadable' = 'type') {
    super(
      reason === 'type'
        ? 'The signature image is not a PNG or JPEG file. Choose another image in Settings, or remove it to sign by hand.'
        : 'The signature image cannot be read (the file is damaged or of an unusual kind). Choose another image in Settings, or remove it to sign by hand.',
    );
    this.name = 'SignatureImageError';
  }
}

function isPngOrJpeg(bytes: Uint8Array): boolean {
  return isPng(bytes) || (bytes[0] === 0xff && bytes[1] === 0xd8);
}

function embeddable(doc: Doc, image: Uint8Array): ReturnType<typeof signatureImage> {
  if (!isPngOrJpeg(image)) throw new SignatureImageError('type');
  try {
    return signatureImage(doc, image);
  } catch (error) {
    if (error instanceof PngFormatError) throw new SignatureImageError('unreadable');
    throw error;
  }
}

function letterhead(doc: Doc, content: LaidOutLetter): void {
  const [name = '', ...rest] = content.letterhead;
  const top = 44;
  doc.font(FONT.bold).fontSize(15).fillColor(COLOR.accent).text(name, PAGE.marginX, top, { width: textWidth(doc) });
  doc.font(FONT.regular).fontSize(9).fillColor(COLOR.muted);
  for (const line of rest) doc.text(line, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 5;
  doc.lineWidth(1.2).strokeColor(COLOR.accent).moveTo(PAGE.marginX, doc.y).lineTo(doc.page.width - PAGE.marginX, doc.y).stroke();
  doc.y += 13;
}

function heading(doc: Doc, content: LaidOutLetter): void {
  bodyFont(doc).text(content.dateLine, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 10;
  for (const line of content.recipient) bodyFont(doc).text(line, PAGE.marginX, doc.y, { width: textWidth(doc) * 0.6 });
  doc.y += 10;
  bodyFont(doc, true).text(content.reference, PAGE.marginX, doc.y, { width: textWidth(doc) });
  bodyFont(doc, true).text(content.subject, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 10;
  bodyFont(doc).text(content.salutation, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 6;
}

function signatureHeight(doc: Doc): number {
  return bodyFont(doc).currentLineHeight(true) * 3 + SIGNATURE.height + 12;
}

function signature(doc: Doc, content: LaidOutLetter): void {
  const { signatory } = content;
  // Parsed before anything is drawn: a bad image fails the letter, never leaves half a signature.
  const image = signatory.signatureImage ? embeddable(doc, signatory.signatureImage) : undefined;
  // Closing, signature (or room to sign by hand), name and title stay together.
  ensureSpace(doc, signatureHeight(doc));
  doc.y += 4;
  bodyFont(doc).text(content.closing, PAGE.marginX, doc.y, { width: textWidth(doc) });
  doc.y += 4;
  // pdfkit takes an image object where it takes image bytes (@types/pdfkit does not say so).
  if (image) doc.image(image as unknown as ArrayBuffer, PAGE.marginX, doc.y, { fit: [SIGNATURE.width, SIGNATURE.height], valign: 'bottom' });
  doc.y += SIGNATURE.height + 4;
  bodyFont(doc, true).text(signatory.name, PAGE.marginX, doc.y, { width: textWidth(doc) });
  bodyFont(doc).fillColor(COLOR.muted).text(signatory.title, PAGE.marginX, doc.y, { width: textWidth(doc) });
}

/** Footer on every page, continuation line on every page after the first; drawn once the count is known. */
function pageFurniture(doc: Doc, content: LaidOutLetter): void {
  const range = doc.bufferedPageRange();
  const pages = range.count;
  for (let i = 0; i < pages; i += 1) {
    doc.switchToPage(range.start + i);
    const margins = doc.page.margins;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins = { ...margins, bottom: 0 };
    const width = textWidth(doc);
    // Rule, confidentiality (up to two lines), then reference and page number on the last line.
    const footerTop = doc.page.height - PAGE.marginBottom + 14;
    doc.lineWidth(0.6).strokeColor(COLOR.rule).moveTo(PAGE.marginX, footerTop - 6).lineTo(PAGE.marginX + width, footerTop - 6).stroke();
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted).text(content.confidentiality, PAGE.marginX, footerTop, { width, align: 'left' });
    const labelTop = doc.page.height - 36;
    doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted).text(content.reference, PAGE.marginX, labelTop, { width: width / 2, lineBreak: false });
    doc.font(FONT.bold).fontSize(8).fillColor(COLOR.ink).text(content.pageLabel(i + 1, pages), PAGE.marginX + width / 2, labelTop, { width: width / 2, align: 'right', lineBreak: false });
    if (i > 0) {
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted).text(content.continuation, PAGE.marginX, 34, { width, lineBreak: false });
    }
    doc.page.margins = margins;
  }
}

/** Renders prepared content; `buildAccessLetterPdf` is the usual entry point. */
export async function renderLetterPdf(content: LaidOutLetter, options: PdfOptions = {}): Promise<Uint8Array> {
  const info = { language: content.language, title: content.title, subject: content.subject, author: content.signatory.name };
  return writeLetterDocument(info, options, (doc) => {
    letterhead(doc, content);
    heading(doc, content);
    // The closing and signature never start a page alone: the letter's last block goes with them.
    drawBlocks(doc, content.blocks, { height: signatureHeight(doc), draw: () => signature(doc, content) });
    pageFurniture(doc, content);
  });
}

export async function buildAccessLetterPdf(input: AccessLetterInput, options: PdfOptions = {}): Promise<Uint8Array> {
  return renderLetterPdf(accessLetterContent(input), options);
}
