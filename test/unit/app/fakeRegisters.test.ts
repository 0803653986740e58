// The fakes' people and registers are the real store's: seeds written before the first session, records kept
// across sessions on one vault, lock() refusing every call, snapshots carrying the registers.
import { describe, expect, it } from 'vitest';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { ValidationError, VaultLockedError } from '../../../renderer/src/store/errors';
import { FakeVaultGate, STRONG_PASSPHRASE, type FakeSession } from './fakes';

const unlock = async (gate: FakeVaultGate) => (await gate.unlock(STRONG_PASSPHRASE)) as FakeSession;

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
