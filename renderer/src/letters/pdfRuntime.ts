// One way to get a pdfkit document in Node (tests) and in the browser bundle (Electron renderer and
// browser mode). `import('pdfkit')` resolves to pdfkit's browser build under Vite — no fs, no Buffer,
// no Node shims — and to its Node build under Vitest. The browser build has no font files on disk,
// so the standard fonts must be registered; the Node build reads them itself and has no
// registerStdFonts export, hence the optional call. Loaded lazily: pdfkit stays out of the first
// screen's bundle.
type PdfDocumentConstructor = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

export interface PdfRuntime {
  PDFDocument: PdfDocumentConstructor;
  toBytes(document: PDFKit.PDFDocument): Promise<Uint8Array>;
}

let runtime: Promise<PdfRuntime> | null = null;

export function loadPdfRuntime(): Promise<PdfRuntime> {
  runtime ??= (async () => {
    const [pdfkit, output, helvetica, helveticaBold, courier, courierBold] = await Promise.all([
      import('pdfkit'),
      import('pdfkit/output'),
      import('pdfkit/standard-fonts/Helvetica'),
      import('pdfkit/standard-fonts/HelveticaBold'),
      import('pdfkit/standard-fonts/Courier'),
      import('pdfkit/standard-fonts/CourierBold'),
    ]);
    const registerStdFonts = (pdfkit as unknown as { registerStdFonts?: (...fonts: unknown[]) => void }).registerStdFonts;
    registerStdFonts?.(helvetica.default, helveticaBold.default, courier.default, courierBold.default);
    return { PDFDocument: pdfkit.default as unknown as PdfDocumentConstructor, toBytes: output.toBytes };
  })();
  return runtime;
}
