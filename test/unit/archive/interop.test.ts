// The emergency path the README promises: Debian's stock `age` and `unzip` open a project archive,
// and an archive sealed by `age -p` opens in Custodian. age reads a passphrase only from a terminal,
// so it is typed through a pseudo-terminal (`script`, util-linux). Skipped where the tools are
// missing, except on CI (which installs them), where their absence fails the run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../../../renderer/src/archive';
import { FIXED_NOW, PASSPHRASE, smallSnapshot } from './helpers';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = ['age', 'unzip', 'script'].filter((t) => !has(t));
if (tools.length && process.env.CI) throw new Error(`CI must install ${tools.join(', ')} (apt-get install -y age unzip bsdutils).`);

const dir = mkdtempSync(path.join(tmpdir(), 'custodian-interop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs age with the passphrase typed on a pseudo-terminal; `times` for encryption's confirmation. */
function ageWithPassphrase(args: string[], passphrase: string, times = 1): void {
  const command = ['age', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { input: `${passphrase}\n`.repeat(times), timeout: 60_000 });
  if (result.status !== 0) throw new Error(`age ${args[0]} failed (${result.status}): ${result.stdout}${result.stderr}`);
}

describe.skipIf(tools.length > 0)('interop with the stock age and unzip', () => {
  it('age -d then unzip opens an archive written with the default settings', { timeout: 60_000 }, async () => {
    const snapshot = await smallSnapshot();
    const archive = path.join(dir, 'backup.custodian');
    writeFileSync(archive, await writeArchive(snapshot, PASSPHRASE, { appVersion: '0.1.0', now: FIXED_NOW }));

    ageWithPassphrase(['-d', '-o', path.join(dir, 'backup.zip'), archive], PASSPHRASE);
    execFileSync('unzip', ['-q', '-t', path.join(dir, 'backup.zip')]); // every entry's CRC
    execFileSync('unzip', ['-q', '-o', path.join(dir, 'backup.zip'), '-d', path.join(dir, 'out')]);

    const manifest = JSON.parse(readFileSync(path.join(dir, 'out', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'custodian-archive', formatVersion: 2, createdAt: '2026-03-14T15:09:26.000Z', counts: { people: 40, accessRequests: 12 } });
    const people = readFileSync(path.join(dir, 'out', 'tables', 'people.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(people).toHaveLength(40);
    expect(people[0]).toMatchObject({ id: snapshot.people[0]!.id, familyName: snapshot.people[0]!.familyName });
    const letter = snapshot.documents.find((d) => d.kind === 'letter')!;
    const pdf = readFileSync(path.join(dir, 'out', 'documents', letter.requestId, `${letter.id}.pdf`));
    expect(new Uint8Array(pdf)).toEqual(letter.bytes);
  });

  it('an archive sealed by age -p from one of our ZIPs opens with readArchive', { timeout: 60_000 }, async () => {
    const snapshot = await smallSnapshot();
    const zip = path.join(dir, 'plain.zip');
    writeFileSync(path.join(dir, 'first.custodian'), await writeArchive(snapshot, PASSPHRASE, { appVersion: '0.1.0', now: FIXED_NOW, scryptWorkFactor: 10 }));
    ageWithPassphrase(['-d', '-o', zip, path.join(dir, 'first.custodian')], PASSPHRASE);
    const sealed = path.join(dir, 'by-age.custodian');
    ageWithPassphrase(['-p', '-o', sealed, zip], PASSPHRASE, 2);
    expect(readFileSync(sealed).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');

    const { snapshot: back, manifest } = await readArchive(new Uint8Array(readFileSync(sealed)), PASSPHRASE);
    expect(manifest.counts.people).toBe(40);
    expect(back).toEqual(snapshot);
  });
});
