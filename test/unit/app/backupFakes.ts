// What the backup screens' tests add to the fakes: a vault with a few people, archives made from
// it with the real archive code, and files as host.openFile returns them. Each test file lowers
// scrypt's work factor with its own vi.mock of the archive module (see backup.test.tsx); the format
// and every check are unchanged.
import { writeArchive } from '../../../renderer/src/archive';
import type { OpenedFile } from '../../../renderer/src/host/host';
import type { PersonInput } from '../../../renderer/src/domain/person';
import { FakeVaultGate, type FakeSession } from './fakes';

/** Strong by zxcvbn's measure, and not the vault's passphrase: the two may differ. */
export const ARCHIVE_PASSPHRASE = 'amber quarry velvet tundra';
export const FAST_SCRYPT = 10;

export const person = (givenName: string, familyName: string): PersonInput => ({ givenName, familyName, kind: 'client' });

/** An unlocked fake vault holding these people. */
export async function sessionWithPeople(people: PersonInput[]): Promise<{ gate: FakeVaultGate; session: FakeSession }> {
  const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
  gate.people().seed(people);
  const session = (await gate.unlock(gate.data!.passphrase)) as FakeSession;
  return { gate, session };
}

/** The vault as an archive file, as the officer would pick it. */
export async function archiveOf(session: FakeSession, passphrase = ARCHIVE_PASSPHRASE, name = 'Custodian-backup-2026-03-16.custodian'): Promise<OpenedFile> {
  const bytes = await writeArchive(await session.exportSnapshot(), passphrase, { appVersion: '0.1.0', scryptWorkFactor: FAST_SCRYPT, now: () => new Date('2026-03-16T17:30:00Z') });
  return { name, bytes };
}

/** "Family, Given" for every person, in the list's order: what the officer sees. */
export const namesIn = (session: FakeSession) => session.people.list({ includeArchived: true }).map((p) => `${p.familyName}, ${p.givenName}`);
