#!/usr/bin/env node
// Run by `npm test` before anything else: the tests drive Debian's Chromium and read PDFs and
// archives with stock tools that `npm ci` cannot install. Without this a newcomer's first run ends
// in a launch error deep inside Playwright; with it, one line names what is missing and how to get it.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each command the tests run, and the Debian package that provides it. */
export const PREREQUISITES = Object.freeze([
  { command: 'chromium', pkg: 'chromium', why: 'the end-to-end tests (Playwright drives /usr/bin/chromium)' },
  { command: 'pdftotext', pkg: 'poppler-utils', why: 'reading letters back as a PDF reader does' },
  { command: 'pdfinfo', pkg: 'poppler-utils', why: 'checking the letters’ PDF metadata' },
  { command: 'pdftoppm', pkg: 'poppler-utils', why: 'rendering letters to images' },
  { command: 'qpdf', pkg: 'qpdf', why: 'checking the letters’ PDF structure' },
  { command: 'age', pkg: 'age', why: 'opening a backup with the stock tool' },
  { command: 'unzip', pkg: 'unzip', why: 'opening a backup with the stock tool' },
]);

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The prerequisites whose command is on no directory of PATH. */
export function missingPrerequisites({ env = process.env, executable = isExecutable } = {}) {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return PREREQUISITES.filter(({ command }) => !dirs.some((dir) => executable(path.join(dir, command))));
}

/** The one command that installs every missing package (each package named once). */
export function installCommand(missing) {
  const packages = [...new Set(missing.map(({ pkg }) => pkg))];
  return `sudo apt-get install -y ${packages.join(' ')}`;
}

/** What to print: null when nothing is missing. */
export function report(missing) {
  if (missing.length === 0) return null;
  const lines = missing.map(({ command, pkg, why }) => `  - ${command} (package ${pkg}): ${why}`);
  return [
    'npm test: system tools missing:',
    ...lines,
    'Install them (Debian/Ubuntu) with:',
    `  ${installCommand(missing)}`,
    'then run npm test again. (.ci/run installs them the same way.)',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const message = report(missingPrerequisites());
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
