// The design's "never" directions between renderer/src folders, checked on the code itself: a lint
// rule can be switched off by a comment, this scan cannot. The table is the one in eslint.config.js
// (FORBIDDEN_IMPORTS); the last test lints a probe file per folder so the two cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'renderer/src');

const FORBIDDEN_IMPORTS: Record<string, readonly string[]> = {
  domain: ['store', 'vault', 'host', 'features', 'app', 'ui', 'archive', 'letters', 'i18n'],
  vault: ['store', 'letters', 'app', 'features', 'host', 'ui', 'archive', 'i18n'],
  letters: ['app', 'features', 'store', 'ui'],
  store: ['features', 'app', 'ui'],
  ui: ['features'],
  archive: ['features', 'app'],
  i18n: ['store', 'vault', 'app', 'features', 'ui', 'host', 'archive', 'letters'],
};

// `from '…'` (import, import type, export … from, over several lines) and `import('…')` or a bare
// `import '…'`. Only relative specifiers: the renderer has no path aliases.
const SPECIFIERS = [/\bfrom\s*['"](\.{1,2}\/[^'"]*)['"]/g, /\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g];

interface Violation {
  file: string;
  line: number;
  imports: string;
}

/** The top renderer/src folder of a path: 'store' for …/src/store and …/src/store/errors ('' for src itself). */
function folderOf(absolute: string): string {
  return path.relative(SRC, absolute).split(path.sep)[0]!;
}

/** The forbidden imports in one file's text. `file` is its path; nothing is read from disk. */
function forbiddenImports(file: string, text: string): Violation[] {
  const from = folderOf(path.dirname(file));
  const forbidden = FORBIDDEN_IMPORTS[from] ?? [];
  const found: Violation[] = [];
  for (const pattern of SPECIFIERS) {
    for (const match of text.matchAll(pattern)) {
      const to = folderOf(path.resolve(path.dirname(file), match[1]!));
      if (!forbidden.includes(to)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ file: path.relative(ROOT, file), line, imports: `${from}/ → ${to}/ (${match[1]})` });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('architecture: lower folders never import higher ones', () => {
  it('no file in renderer/src imports a folder it sits below', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50); // the walk really found the code
    const violations = files.flatMap((file) => forbiddenImports(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('catches every way of writing an import, including ones a lint comment would hide', () => {
    const file = path.join(SRC, 'vault/sub/probe.ts');
    const text = [
      "import { a } from '../../store/errors';",
      '// eslint-disable-next-line no-restricted-imports',
      'import {',
      '  b,',
      "} from '../../features/backup';",
      "export { c } from '../../app';",
      "type D = import('../../letters/letterDocument').LetterDocument;",
      "import '../../ui/format';",
      "import { ok } from '../bytes';", // vault/bytes: its own folder
      "import { fine } from '../../domain/letters/format';", // domain/letters is the domain, not letters/
    ].join('\n');
    expect(forbiddenImports(file, text).map((v) => `${v.line}: ${v.imports}`)).toEqual([
      "1: vault/ → store/ (../../store/errors)",
      "5: vault/ → features/ (../../features/backup)",
      "6: vault/ → app/ (../../app)",
      "7: vault/ → letters/ (../../letters/letterDocument)",
      "8: vault/ → ui/ (../../ui/format)",
    ]);
  });

  it('allows the directions the table does not forbid', () => {
    expect(forbiddenImports(path.join(SRC, 'store/x.ts'), "import { v } from '../vault/seal';")).toEqual([]);
    expect(forbiddenImports(path.join(SRC, 'features/x/y.tsx'), "import { s } from '../../store/contract';")).toEqual([]);
    expect(forbiddenImports(path.join(SRC, 'ui/x.tsx'), "import { u } from '../app/unlocked';")).toEqual([]);
  });

  it('eslint.config.js forbids the same directions (a probe file per folder)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const [from, targets] of Object.entries(FORBIDDEN_IMPORTS)) {
      const code = targets.map((to, i) => `import { x${i} } from '../${to}/probe';\nvoid x${i};`).join('\n') + '\n';
      const [result] = await eslint.lintText(code, { filePath: path.join(SRC, from, 'architectureProbe.ts') });
      const flagged = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => targets[(m.line - 1) / 2]);
      expect({ from, flagged }).toEqual({ from, flagged: [...targets] });
    }
  }, 60_000);
});
