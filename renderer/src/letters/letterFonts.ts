// Noto Sans, embedded in every letter: names and addresses may hold any Latin, Greek or Cyrillic
// letter (Nguyễn Thị Ánh, Łukasz, Ďurčová), which the 14 standard PDF fonts (WinAnsi only) print
// as garbage. The TTFs come from an npm package and are inlined by Vite (`?inline`, a data: URL in
// a lazy chunk): no fetch, so nothing to allow in the CSP and the same code in Vitest, the Vite
// bundle and Electron. pdfkit subsets them, so a letter carries only the glyphs it uses (~10 KB).
//
// Measured (Node 20, 2 cores): parsing the 630 KB TTF for each document costs ~70 ms a letter;
// parsing once and passing the parsed font costs ~5 ms, most of it shaping (GSUB/GPOS lookups) of
// words every letter repeats. Keeping the shaped words across documents brings that to ~3 ms, and
// keeping them in the form pdfkit uses (scaled, `registerLetterFonts`) saves another ~1 ms.
import { create, type Font, type Glyph, type GlyphRun } from 'fontkit';
import { registerLetterCache } from './letterCaches';
import { FONT } from './letterLayout';

type Doc = PDFKit.PDFDocument;

export interface LetterFonts {
  regular: Font;
  bold: Font;
}

/** Words kept per font; past this, the next letter starts a new cache (a letter adds a few dozen at most). */
const MAX_CACHED_RUNS = 20_000;

/** pdfkit's laid-out words (EmbeddedFont.layoutCache: text → run scaled to 1000 units), shared by letters. */
interface SharedRuns {
  runs: Record<string, unknown>;
  shaped: number;
}

const sharedRuns = new WeakMap<Font, SharedRuns>();
/** The same runs, iterable: a lock empties them (the words are names and request text). */
const allRuns: SharedRuns[] = [];
registerLetterCache('shapedWords', {
  size: () => allRuns.reduce((total, shared) => total + Object.keys(shared.runs).length, 0),
  clear: () => {
    for (const shared of allRuns) {
      shared.runs = Object.create(null) as Record<string, unknown>;
      shared.shaped = 0;
    }
  },
});

/**
 * Noto Sans's ccmp feature decomposes some letters for mark positioning (ị becomes i + combining dot
 * below) and fontkit gives the mark glyph no code point, so pdfkit's ToUnicode map would drop it and
 * a copied or searched name would read "Thi". Text is therefore shaped in NFC with ccmp off, which
 * picks the font's precomposed glyphs (ị, ễ, Ł, Ď, Greek, Cyrillic all have one). Should a glyph
 * still come back without a code point, it gets the one it stands for in the decomposed (NFD) text.
 * pdfkit reads only `id`, `advanceWidth` and `codePoints` of a glyph.
 */
const SHAPING = { ccmp: false };

function withCodePoints(text: string, glyphs: Glyph[]): Glyph[] {
  if (glyphs.every((g) => g.codePoints.length > 0)) return glyphs;
  const decomposed = [...text.normalize('NFD')].map((c) => c.codePointAt(0)!);
  let at = 0;
  return glyphs.map((glyph) => {
    if (glyph.codePoints.length > 0) {
      at += [...String.fromCodePoint(...glyph.codePoints).normalize('NFD')].length;
      return glyph;
    }
    const codePoint = decomposed[at];
    if (codePoint === undefined) return glyph;
    at += 1;
    return { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] };
  });
}

/**
 * The font as the letters shape it (NFC, ccmp off, every glyph with a code point). Shaped words are
 * remembered by pdfkit itself, in the layout cache shared across documents (`registerLetterFonts`), so
 * this runs only for a word no letter has used yet.
 */
export function letterFont(font: Font, onShape: () => void = () => {}): Font {
  const layout = (text: string, features?: unknown, ...rest: unknown[]): GlyphRun => {
    if (features !== undefined || rest.length > 0) return font.layout(text, features);
    onShape();
    const shaped = font.layout(text.normalize('NFC'), SHAPING);
    return { glyphs: withCodePoints(text, shaped.glyphs), positions: shaped.positions, advanceWidth: shaped.advanceWidth };
  };
  // Subsetting decodes every glyph it includes (to find composite parts): fontkit's
  // TTFSubset._addGlyph calls glyph._decode() in every document. The decoded glyph never changes,
  // so it is kept on the glyph, which fontkit itself caches per font: ~0.5 ms a letter saved.
  const patched = new WeakSet<object>();
  const getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = (font as unknown as { getGlyph(id: number, codePoints?: number[]): { _decode(): unknown } }).getGlyph(id, codePoints);
    if (!patched.has(glyph) && typeof glyph._decode === 'function') {
      const decode = glyph._decode.bind(glyph);
      let decoded: unknown;
      let done = false;
      glyph._decode = () => {
        if (!done) {
          decoded = decode();
          done = true;
        }
        return decoded;
      };
      patched.add(glyph);
    }
    return glyph;
  };
  const own: Record<PropertyKey, unknown> = { layout, getGlyph };
  // Every other property is read from the real font, getters run against it (fontkit caches on `this`).
  const letters: Font = new Proxy(font, {
    get: (target, key) => (Object.hasOwn(own, key) ? own[key] : Reflect.get(target, key, target)),
  });
  return letters;
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let fonts: Promise<LetterFonts> | null = null;

/** Loaded on the first letter, then kept: the parsed fonts and their shaped words are reused. */
export function loadLetterFonts(): Promise<LetterFonts> {
  fonts ??= (async () => {
    allRuns.length = 0; // a retry after a failed load starts the list again
    const [regular, bold] = await Promise.all([
      import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?inline'),
      import('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?inline'),
    ]);
    const shared = (bytes: Uint8Array): Font => {
      const runs: SharedRuns = { runs: Object.create(null) as Record<string, unknown>, shaped: 0 };
      const font = letterFont(create(bytes), () => (runs.shaped += 1));
      sharedRuns.set(font, runs);
      allRuns.push(runs);
      return font;
    };
    return { regular: shared(dataUrlBytes(regular.default)), bold: shared(dataUrlBytes(bold.default)) };
  })().catch((error: unknown) => {
    fonts = null; // let the next letter try again
    throw error;
  });
  return fonts;
}

/**
 * Registers the letter fonts with `doc`, handing each pdfkit font the words already laid out by
 * earlier letters. pdfkit lays out every word once per document (fontkit run, then a `for…in` over
 * each glyph position to scale it) and never changes a cached run afterwards: it concatenates
 * glyphs and positions into new arrays and copies a position before adding word spacing. Sharing
 * the cache took ~1.2 ms off a ~5 ms letter (CPU profile, 1,000 letters: layoutCached 2.3 s → 0.1 s).
 * Bold first: the letterhead uses it first, so the fonts keep the resource names F1 and F2.
 */
export function registerLetterFonts(doc: Doc, fonts: LetterFonts): void {
  for (const [name, font] of [[FONT.bold, fonts.bold], [FONT.regular, fonts.regular]] as const) {
    doc.registerFont(name, font as unknown as string); // pdfkit takes a parsed fontkit font (@types/pdfkit does not say so)
    const shared = sharedRuns.get(font);
    const embedded = (doc.font(name) as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font;
    if (!shared || !embedded.layoutCache) continue;
    if (shared.shaped > MAX_CACHED_RUNS) {
      shared.runs = Object.create(null) as Record<string, unknown>;
      shared.shaped = 0;
    }
    embedded.layoutCache = shared.runs;
  }
}

/** Characters of `text` the letter font has no glyph for (they would print as empty boxes). */
export async function unprintableCharacters(text: string): Promise<string[]> {
  const { regular } = await loadLetterFonts();
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0x20 && !regular.hasGlyphForCodePoint(code)) missing.add(char);
  }
  return [...missing];
}
