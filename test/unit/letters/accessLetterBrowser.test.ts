// The letter as the app ships it: renderer/src/letters/accessLetter.ts bundled by Vite for the
// browser (pdfkit's and fontkit's browser builds, Noto Sans inlined as lazy chunks, no fs, no fetch),
// then run. Vitest itself resolves pdfkit to its Node build, so only a real bundle proves this path.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { buildAccessLetterPdf as Build } from '../../../renderer/src/letters/accessLetter';
import { letterInput, OFFICER, PERSON, signaturePng } from './accessLetterFixtures';
import { pdfPageTexts } from './pdfText';

const root = join(import.meta.dirname, '../../..');
let out = '';
let bundled: { buildAccessLetterPdf: typeof Build };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'custodian-letter-bundle-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { outDir: out, write: true, minify: false, emptyOutDir: true, target: 'es2023', lib: { entry: join(root, 'renderer/src/letters/accessLetter.ts'), formats: ['es'], fileName: 'letter' } },
  });
  bundled = await import(pathToFileURL(join(out, 'letter.js')).href);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('access-request letter, browser bundle', () => {
  it('bundles without Node modules, the fonts in their own lazy chunks', () => {
    const files = readdirSync(out).filter((f) => f.endsWith('.js'));
    for (const file of files) expect(readFileSync(join(out, file), 'utf8')).not.toMatch(/from ["'](node:)?(fs|zlib|stream|path)["']/);
    expect(files.filter((f) => f.startsWith('NotoSans_'))).toHaveLength(2);
  });

  it('builds a signed French refusal with a Vietnamese name', async () => {
    const input = letterInput('refusal', 'QC', 'fr', {
      person: { ...PERSON, givenName: 'Nguyễn Thị', familyName: 'Ánh' },
      officer: { ...OFFICER, signatureImage: signaturePng() },
    });
    const pages = await pdfPageTexts(await bundled.buildAccessLetterPdf(input));
    expect(pages[0]).toContain('Nguyễn Thị Ánh');
    expect(pages.join(' ')).toContain('Commission d’accès à l’information du Québec');
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} de ${pages.length}`));
  });

  it('builds a letter signed with a transparent PNG, with no Worker and no soft mask (issue #14)', async () => {
    const input = letterInput('response', 'PIPEDA', 'en', { officer: { ...OFFICER, signatureImage: signaturePng(240, 70, { alpha: true }) } });
    const pdf = await bundled.buildAccessLetterPdf(input, { compress: false });
    expect(new TextDecoder('latin1').decode(pdf)).not.toContain('/SMask');
    expect((await pdfPageTexts(pdf)).join(' ')).toContain('Jordan Exampleton');
  });
});
