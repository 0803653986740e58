// @types/pdfkit describes the document API but not the entry points pdfkit 0.20 added for browsers.
declare module 'pdfkit/output' {
  export function toBytes(document: PDFKit.PDFDocument): Promise<Uint8Array>;
  export function toBlob(document: PDFKit.PDFDocument): Promise<Blob>;
}

declare module 'pdfkit/standard-fonts/*' {
  /** AFM metrics of one of the 14 standard PDF fonts, for registerStdFonts in the browser build. */
  const font: { name: string };
  export default font;
}
