// The letter benchmark (`npm run bench`, or `BENCH_ONLY=letters npm run bench`): time per
// access-request letter PDF in Node, warm, over 100 letters of every kind, regime and language; and,
// where LibreOffice is installed, the same letters written as DOCX and converted with
// `soffice --headless --convert-to pdf`, for the ratio. Target: under 5 ms a letter.
// Loaded by scripts/bench.mjs through Vite's SSR loader (the renderer code imports fonts `?inline`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync } from 'fflate';
import { LANGUAGES, LETTER_KINDS, type LetterKind } from '../../renderer/src/domain/accessRequest';
import { accessLetterContent, type AccessLetterInput, type LetterContent } from '../../renderer/src/domain/letters/accessLetterContent';
import { REGIMES, type Regime } from '../../renderer/src/domain/regime';
import { buildAccessLetterPdf } from '../../renderer/src/letters/accessLetter';
import { letterInput, requestFor, signaturePng, OFFICER } from '../unit/letters/accessLetterFixtures';

const round = (n: number) => Math.round(n * 1000) / 1000;
const TARGET_MS = 5;

/** Every kind × regime × language in turn (Quebec has no extension notice: PIPEDA stands in). */
function inputs(count: number): AccessLetterInput[] {
  const signature = signaturePng();
  return Array.from({ length: count }, (_, i) => {
    const kind = LETTER_KINDS[i % LETTER_KINDS.length] as LetterKind;
    const regime = REGIMES[Math.floor(i / LETTER_KINDS.length) % REGIMES.length] as Regime;
    const language = LANGUAGES[Math.floor(i / (LETTER_KINDS.length * REGIMES.length)) % LANGUAGES.length]!;
    const usable = kind === 'extensionNotice' && regime === 'QC' ? 'PIPEDA' : regime;
    const input = letterInput(kind, usable, language, { officer: { ...OFFICER, signatureImage: signature } });
    return { ...input, request: { ...requestFor(kind, usable, { language, sequence: 100 + i }) } };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;

/** The same letter as a minimal DOCX (content types, package rels, one document part). */
export function letterDocx(content: LetterContent): Uint8Array {
  const body: string[] = [];
  content.letterhead.forEach((line, i) => body.push(para(line, i === 0)));
  body.push(para(content.dateLine), ...content.recipient.map((l) => para(l)), para(content.reference, true), para(content.subject, true), para(content.salutation));
  for (const block of content.blocks) {
    if (block.type === 'paragraph') body.push(para(block.text, block.strong));
    else if (block.type === 'heading') body.push(para(block.text, true));
    else if (block.type === 'fields') body.push(...block.rows.map((r) => para(`${r.label} ${r.value}`)));
    else if (block.type === 'list') body.push(...block.items.map((item) => para(`• ${item}`)));
    else if (block.type === 'contact') body.push(...block.lines.map((l, i) => para(l, i === 0)));
    else {
      const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;
      body.push(`<w:tbl>${row(block.columns.map((c) => c.header))}${block.rows.map(row).join('')}</w:tbl>`);
    }
  }
  body.push(para(content.closing), para(content.signatory.name, true), para(content.signatory.title), para(content.confidentiality));
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`),
  });
}

function sofficeVersion(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return probe.error || probe.status !== 0 ? null : probe.stdout.trim();
}

/** Converts the DOCX files in one soffice run (start-up paid once) and once alone; ms per letter. */
function sofficeTimes(letters: LetterContent[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'custodian-letters-'));
  try {
    const files = letters.map((content, i) => {
      const file = path.join(dir, `letter-${i}.docx`);
      writeFileSync(file, letterDocx(content));
      return file;
    });
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const run = (batch: string[], out: string) => {
      const t0 = performance.now();
      const result = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', out, ...batch], { encoding: 'utf8', timeout: 600_000 });
      if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr || result.stdout}`);
      return performance.now() - t0;
    };
    run(files.slice(0, 1), path.join(dir, 'warm')); // first start creates the profile
    const singleMs = run(files.slice(0, 1), path.join(dir, 'single'));
    const batchMs = run(files, path.join(dir, 'batch'));
    const converted = readdirSync(path.join(dir, 'batch')).filter((f) => f.endsWith('.pdf')).length;
    return { letters: files.length, converted, singleLetterMs: round(singleMs), perLetterInBatchMs: round(batchMs / files.length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchLetters(options: { letters?: number; sofficeLetters?: number } = {}) {
  const count = options.letters ?? 100;
  const all = inputs(count);
  for (const input of all.slice(0, 40)) await buildAccessLetterPdf(input); // warm: fonts parsed, words shaped
  const times: number[] = [];
  let bytes = 0;
  for (const input of all) {
    const t0 = performance.now();
    const pdf = await buildAccessLetterPdf(input);
    times.push(performance.now() - t0);
    bytes += pdf.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
  const version = sofficeVersion();
  let soffice: Record<string, unknown> | string = 'soffice: not installed';
  if (version) {
    const timesSoffice = sofficeTimes(all.slice(0, options.sofficeLetters ?? 10).map(accessLetterContent));
    soffice = { version, ...timesSoffice, ratioPerLetterInBatch: round(timesSoffice.perLetterInBatchMs / meanMs), ratioSingleLetter: round(timesSoffice.singleLetterMs / meanMs) };
  }
  return {
    letters: count,
    perLetterMs: round(meanMs),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1)!),
    averageBytes: Math.round(bytes / count),
    notes: 'Node, warm (40 letters first), compressed as issued, every kind × regime × language, with a signature image',
    soffice,
    target: { perLetterUnder5ms: { value: round(meanMs), target: TARGET_MS, met: meanMs < TARGET_MS } },
  };
}
