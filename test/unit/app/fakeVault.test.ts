// The fakes' vault is the real store over fake-indexeddb: seeds written before the first session,
// records kept across sessions on one vault, lock() refusing every call, the store's own refusals,
// audit entries and snapshots, for the registers, people, access requests and the trail alike.
import { describe, expect, it } from 'vitest';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { RuleViolation } from '../../../renderer/src/domain/ruleViolation';
import { ValidationError, VaultLockedError } from '../../../renderer/src/store/errors';
import { localNoon, seedAudit } from './auditFakes';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE, type FakeSession } from './fakes';

const unlock = async (gate: FakeVaultGate) => (await gate.unlock(STRONG_PASSPHRASE)) as FakeSession;
const PDF = new TextEncoder().encode('%PDF-1.7\n% a stand-in letter (synthetic)\n%%EOF\n');

describe('the fake vault’s registers', () => {
  it('start empty unless seeds are asked for', async () => {
    const plain = await unlock(FakeVaultGate.withVault());
    expect(plain.registers.get(purposesRegister).count()).toBe(0);
    const seededGate = FakeVaultGate.withVault({ seedRegisters: true });
    await seededGate.ready();
    const seeded = await unlock(seededGate);
    expect(seeded.registers.get(purposesRegister).count()).toBeGreaterThan(0);
    expect(seeded.registers.byName('purposes')).toBe(seeded.registers.get(purposesRegister));
  });

  it('keeps what one session wrote for the next, and refuses every call once locked', async () => {
    const gate = FakeVaultGate.withVault({ seedRegisters: true, today: '2026-03-16' });
    const first = await unlock(gate);
    const purposes = first.registers.get(purposesRegister);
    const before = purposes.count();
    const seededPurpose = purposes.list()[0]!;
    const retired = await purposes.retire(seededPurpose.id);
    expect(retired.retiredAt).toMatch(/^2026-03-16T/);
    first.lock();
    expect(() => purposes.list()).toThrow(VaultLockedError);
    await expect(purposes.retire(seededPurpose.id)).rejects.toThrow(VaultLockedError);
    const second = await unlock(gate);
    const again = second.registers.get(purposesRegister);
    expect(again.count()).toBe(before);
    expect(again.get(seededPurpose.id)?.retiredAt).toBe(retired.retiredAt);
  });

  it('holds people in the real repository: seeded before unlock, kept for the next session, refused once locked', async () => {
    const gate = FakeVaultGate.withVault();
    const [seeded] = gate.people().seed([{ kind: 'client', givenName: 'Avery', familyName: 'Testperson' }]);
    const first = await unlock(gate);
    expect(first.people.get(seeded!.id)?.familyName).toBe('Testperson');
    expect(() => gate.people().seed([{ kind: 'client', givenName: 'Late', familyName: 'Seed' }])).toThrow(/before unlock/);
    const added = await first.people.add({ kind: 'employee', givenName: 'Blake', familyName: 'Sampleton' });
    await expect(first.people.add({ kind: 'client', givenName: '', familyName: '' })).rejects.toThrow(ValidationError);
    first.lock();
    expect(() => first.people.list()).toThrow(VaultLockedError);
    const second = await unlock(gate);
    expect(second.people.list().map((p) => p.id).sort()).toEqual([seeded!.id, added.id].sort());
  });

  it('carries the registers through a snapshot into a new vault', async () => {
    const source = await unlock(FakeVaultGate.withVault({ seedRegisters: true }));
    const snapshot = await source.exportSnapshot();
    expect(snapshot.registers.purposes?.length).toBe(source.registers.get(purposesRegister).count());
    const gate = new FakeVaultGate();
    const { session } = await gate.createFromSnapshot(STRONG_PASSPHRASE, snapshot);
    expect(session.registers.get(purposesRegister).list().map((p) => p.id)).toEqual(snapshot.registers.purposes!.map((p) => p.id));
  });
});

describe('the fake vault’s access requests and audit trail', () => {
  async function vaultWithRequest() {
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Avery', familyName: 'Testperson' }]);
    const [seeded] = gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1', status: 'acknowledged' })]);
    return { gate, person: person!, seeded: seeded!, session: await unlock(gate) };
  }

  it('are the store’s: a seeded request in any state, the next reference, one audit entry per write, kept for the next session', async () => {
    const { gate, person, seeded, session } = await vaultWithRequest();
    expect(session.accessRequests.get('r1')).toEqual(seeded);
    expect(seeded.reference).toBe('AR-2026-0001');
    const created = await session.accessRequests.create(sampleRequest(person.id, { receivedOn: '2026-03-10' }));
    expect(created.reference).toBe('AR-2026-0002'); // the seeds' series is on disk
    expect(created.dueOn).toBe('2026-04-23');
    expect(session.audit.list()).toEqual([expect.objectContaining({ action: 'create', entityKind: 'accessRequest', entityId: created.id, at: localNoon('2026-03-16') })]);
    session.lock();
    expect(() => session.accessRequests.list()).toThrow(VaultLockedError);
    const second = await unlock(gate);
    expect(second.accessRequests.list().map((r) => r.reference).sort()).toEqual(['AR-2026-0001', 'AR-2026-0002']);
    expect(second.audit.list()).toHaveLength(1);
    expect(await second.audit.verify()).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuse what the store refuses, and save nothing', async () => {
    const { session } = await vaultWithRequest();
    await expect(session.accessRequests.create(sampleRequest('nobody'))).rejects.toThrow(ValidationError);
    await expect(session.accessRequests.create(sampleRequest('p1', { receivedOn: '2026-03-17' }))).rejects.toThrow(RuleViolation);
    await expect(session.accessRequests.apply('r1', { type: 'acknowledge', on: '2026-03-16' })).rejects.toThrow(RuleViolation); // acknowledged already
    expect(session.accessRequests.list()).toHaveLength(1);
    expect(session.audit.list()).toEqual([]);
  });

  it('carry requests, their letters and the trail through a snapshot into a new vault', async () => {
    const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
    const [person] = gate.people().seed([{ kind: 'client', givenName: 'Avery', familyName: 'Testperson' }]);
    gate.accessRequests().seed([sampleRequest(person!.id, { id: 'r1' })]);
    const source = await unlock(gate);
    const acknowledged = await source.accessRequests.apply('r1', { type: 'acknowledge', on: '2026-03-16' }, { kind: 'acknowledgement', language: 'en', pdf: PDF, paragraphs: { opening: 'Thank you.' } });
    await seedAudit(source.audit, [{ at: localNoon('2026-03-12'), action: 'backup', entityKind: 'archive', entityId: null, fields: [], detail: 'verified' }]);
    const snapshot = await source.exportSnapshot();
    const { session } = await new FakeVaultGate().createFromSnapshot(STRONG_PASSPHRASE, snapshot);
    const letter = acknowledged.letters[0]!;
    expect((await session.accessRequests.readLetter('r1', letter.id)).pdf).toEqual(PDF);
    expect(session.audit.list().map((e) => e.action)).toEqual(['restore', 'backup', 'letterIssued', 'workflowStep']);
    expect(await session.audit.verify()).toMatchObject({ ok: true, entries: 4 });
  });
});
