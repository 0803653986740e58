// The prerequisite check `npm test` runs first, against a fake PATH of stub executables.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installCommand, missingPrerequisites, PREREQUISITES, report } from '../../../scripts/check-prereqs.mjs';

const script = path.resolve(__dirname, '../../../scripts/check-prereqs.mjs');
const dirs: string[] = [];

function fakePath(...commands: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'prereqs-'));
  dirs.push(dir);
  for (const command of commands) {
    writeFileSync(path.join(dir, command), '#!/bin/sh\n');
    chmodSync(path.join(dir, command), 0o755);
  }
  return dir;
}

const everything = () => PREREQUISITES.map(({ command }) => command);

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-prereqs', () => {
  it('finds nothing missing when every tool is on PATH', () => {
    expect(missingPrerequisites({ env: { PATH: fakePath(...everything()) } })).toEqual([]);
    expect(report([])).toBeNull();
  });

  it('names exactly the missing tools and the one apt-get command that installs them', () => {
    const present = everything().filter((c) => c !== 'qpdf' && c !== 'age');
    const missing = missingPrerequisites({ env: { PATH: fakePath(...present) } });
    expect(missing.map((m) => m.command)).toEqual(['qpdf', 'age']);
    expect(installCommand(missing)).toBe('sudo apt-get install -y qpdf age');
  });

  it('names poppler-utils once when all its commands are missing, and finds tools across PATH entries', () => {
    const env = { PATH: [fakePath('chromium', 'qpdf'), fakePath('age', 'unzip')].join(path.delimiter) };
    const missing = missingPrerequisites({ env });
    expect(missing.map((m) => m.command)).toEqual(['pdftotext', 'pdfinfo', 'pdftoppm']);
    expect(installCommand(missing)).toBe('sudo apt-get install -y poppler-utils');
  });

  it('on an empty machine asks for the whole documented command', () => {
    expect(installCommand(missingPrerequisites({ env: { PATH: fakePath() } }))).toBe('sudo apt-get install -y chromium poppler-utils qpdf age unzip');
  });

  it('does not count a file that is not executable', () => {
    const dir = fakePath(...everything());
    chmodSync(path.join(dir, 'unzip'), 0o644);
    expect(missingPrerequisites({ env: { PATH: dir } }).map((m) => m.command)).toEqual(['unzip']);
  });

  it('as a script exits non-zero naming what is missing, and exits 0 when all is there', () => {
    const missingRun = spawnSync(process.execPath, [script], { env: { PATH: fakePath('chromium') }, encoding: 'utf8' });
    expect(missingRun.status).toBe(1);
    expect(missingRun.stderr).toContain('qpdf (package qpdf)');
    expect(missingRun.stderr).toContain('sudo apt-get install -y poppler-utils qpdf age unzip');
    expect(missingRun.stderr).not.toContain('chromium (package');
    expect(execFileSync(process.execPath, [script], { env: { PATH: fakePath(...everything()) }, encoding: 'utf8' })).toBe('');
  });
});
