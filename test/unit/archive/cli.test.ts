// The command line as an administrator runs it: real processes, exit codes, and output that holds
// counts and dates but no personal information.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPersonRecords } from '../../fixtures/accessRequests';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'custodian-cli-'));
const archive = path.join(dir, 'demo.custodian');
const PASSPHRASE = 'cli test passphrase';

function run(script: string, args: string[], passphrase: string | null = PASSPHRASE) {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dir };
  delete env.CUSTODIAN_PASSPHRASE;
  if (passphrase !== null) env.CUSTODIAN_PASSPHRASE = passphrase;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], { cwd: root, env, encoding: 'utf8', timeout: 120_000, input: '' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  const seeded = run('seed.mjs', ['--people', '300', '--requests', '60', '--letters', '5', '--out', 'demo.custodian']);
  expect(seeded.err).toBe('');
  expect(seeded.code).toBe(0);
  expect(seeded.out).toContain('300 synthetic people, 60 requests, 5 letters');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run archive -- verify', () => {
  it('exits 0 on a good archive with counts, creation date and format version, and no personal information', () => {
    const { code, out } = run('archive.mjs', ['verify', 'demo.custodian']);
    expect(code).toBe(0);
    expect(out).toMatch(/custodian-archive version 2/);
    expect(out).toMatch(/created: +\d{4}-\d\d-\d\dT/);
    expect(out).toMatch(/people: 300, access requests: 60, documents: 8/);
    for (const person of syntheticPersonRecords(300).slice(0, 50)) {
      expect(out).not.toContain(person.familyName);
      if (person.email) expect(out).not.toContain(person.email);
    }
  });

  it('exits 2 with the reason on a wrong passphrase', () => {
    const { code, err } = run('archive.mjs', ['verify', archive], 'wrong');
    expect(code).toBe(2);
    expect(err).toMatch(/^Refused \(wrongPassphrase\): The passphrase does not open this archive/);
  });

  it('exits 2 with the reason on a damaged and on a truncated file', () => {
    const bytes = readFileSync(archive);
    const damaged = Uint8Array.from(bytes);
    damaged[damaged.length - 100]! ^= 0xff;
    writeFileSync(path.join(dir, 'damaged.custodian'), damaged);
    writeFileSync(path.join(dir, 'short.custodian'), bytes.subarray(0, bytes.length - 10));
    expect(run('archive.mjs', ['verify', path.join(dir, 'damaged.custodian')])).toMatchObject({ code: 2, err: expect.stringMatching(/^Refused \(damaged\)/) });
    expect(run('archive.mjs', ['verify', path.join(dir, 'short.custodian')])).toMatchObject({ code: 2, err: expect.stringMatching(/^Refused \(truncated\)/) });
  });

  it('exits 1 on a missing file, a missing passphrase, or bad usage', () => {
    expect(run('archive.mjs', ['verify', path.join(dir, 'nope.custodian')])).toMatchObject({ code: 1, err: expect.stringMatching(/no such file/) });
    expect(run('archive.mjs', ['verify', archive], null)).toMatchObject({ code: 1, err: expect.stringMatching(/No passphrase/) });
    expect(run('archive.mjs', ['check', archive])).toMatchObject({ code: 1, err: expect.stringMatching(/^Usage/) });
  });
});
