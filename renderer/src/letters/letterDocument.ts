// One Letter-size document in the letters' own fonts, shared by the access-request letters and the
// audit-trail export: same margins, fonts and metadata; `draw` lays out the pages.
import type { LetterLanguage } from '../domain/accessRequest';
import { loadLetterFonts, registerLetterFonts } from './letterFonts';
import { PAGE } from './letterLayout';
import { loadPdfRuntime } from './pdfRuntime';
import type { PdfOptions } from './recoveryKit';

export interface LetterDocumentInfo {
  language: LetterLanguage;
  title: string;
  subject: string;
  author: string;
}

/** pdfkit went asynchronous (an image it decodes itself), which in the browser can wait forever. */
export class LetterUnfinishedError extends Error {
  readonly code = 'letterUnfinished';
  constructor() {
    super('The letter could not be finished: an image in it could not be prepared. Choose the signature image again in Settings, or remove it, and try again.');
    this.name = 'LetterUnfinishedError';
  }
}

export async function writeLetterDocument(info: LetterDocumentInfo, options: PdfOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const [{ PDFDocument, toBytes }, fonts] = await Promise.all([loadPdfRuntime(), loadLetterFonts()]);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginX, right: PAGE.marginX },
    bufferPages: true, // "Page X of Y" is written once every page exists
    compress: options.compress ?? true,
    // null: no default Helvetica (an AFM parse per document); every text call sets its font.
    font: null as unknown as string,
    lang: info.language === 'fr' ? 'fr-CA' : 'en-CA',
    info: { Title: info.title, Subject: info.subject, Author: info.author, Creator: 'Custodian' },
  });
  const bytes = toBytes(doc); // listen before anything is written
  try {
    registerLetterFonts(doc, fonts);
    draw(doc);
  } finally {
    doc.end();
  }
  // Everything here is synchronous (fonts loaded, signature flattened): a document still waiting after
  // end() would wait on a callback that may never come (a blocked Worker). Refuse rather than hang.
  if (((doc as unknown as { _waiting?: number })._waiting ?? 0) > 0) {
    void bytes.catch(() => undefined);
    throw new LetterUnfinishedError();
  }
  return bytes;
}
