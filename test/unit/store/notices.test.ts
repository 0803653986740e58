// The notices register on the real store: a version in effect cannot be edited (nothing written, no
// audit entry); a retired version stays on file and a new consent cannot name it; a consent names the
// version shown, and one naming a version not yet in effect on its date is refused.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { consentsRegister, type ConsentInput } from '../../../renderer/src/domain/registers/consents';
import { noticesRegister, type NoticeVersionInput } from '../../../renderer/src/domain/registers/notices';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { syntheticPeople } from '../../fixtures/people';
import { readRawDatabase } from './rawDatabase';
import { createTestVault, testClock } from './testVault';

vi.mock('hash-wasm', () => import('./cheapArgon2'));

const TEXT = 'Wombat-notice text never to be logged';

async function setUp() {
  // 16 March 2026.
  const vault = await createTestVault({ now: testClock(Date.UTC(2026, 2, 16, 18, 0, 0)).now });
  const [person] = await vault.session.people.bulkAdd(syntheticPeople(1, 7));
  const purpose = await vault.session.registers.get(purposesRegister).create({ name: 'Newsletter', authority: 'consent', categories: ['contact'], noticeMethod: 'written', noticeTiming: 'atCollection' });
  const notices = vault.session.registers.get(noticesRegister);
  const consents = vault.session.registers.get(consentsRegister);
  const version = (over: Partial<NoticeVersionInput> = {}) =>
    ({ document: 'privacyNotice', version: 'v1', effectiveOn: '2026-01-01', text: TEXT, changes: '', changedPurposeIds: [purpose.id], ...over }) as NoticeVersionInput;
  const consent = (over: Partial<ConsentInput> = {}) =>
    ({ action: 'given', personId: person!.id, purposeId: purpose.id, how: 'written', kind: 'express', givenBy: 'person', givenOn: '2026-02-01', notice: '', ...over }) as ConsentInput;
  const audit = () => vault.session.audit.list().filter((e) => e.entityKind === 'noticeVersion');
  return { ...vault, notices, consents, version, consent, audit };
}

describe('the notices register on the store', () => {
  it('refuses to edit a version in effect, writing nothing; edits one still to come', async () => {
    const { notices, version, audit, dbName } = await setUp();
    const v1 = await notices.create(version());
    await expect(notices.update(v1.id, version({ text: 'Changed after the fact' }))).rejects.toMatchObject({ rule: 'noticeVersionInEffect' });
    expect(notices.get(v1.id)!.text).toBe(TEXT);
    const v2 = await notices.create(version({ version: 'v2', effectiveOn: '2026-04-01' }));
    await notices.update(v2.id, version({ version: 'v2', effectiveOn: '2026-04-01', text: 'Reworded before it applies' }));
    expect(audit().map((e) => e.action).sort()).toEqual(['create', 'create', 'update']);
    const raw = await readRawDatabase(dbName);
    expect(JSON.stringify(raw.notices)).not.toMatch(/Wombat|Reworded/);
    expect(JSON.stringify(raw.audit)).not.toMatch(/Wombat|Reworded/);
  });

  it('keeps a retired version with the consents on it, and refuses it in a new consent', async () => {
    const { notices, consents, version, consent } = await setUp();
    const v1 = await notices.create(version());
    const onV1 = await consents.create(consent({ noticeVersionId: v1.id }));
    await notices.retire(v1.id);
    expect(notices.get(v1.id)?.retiredAt).toBeDefined();
    await expect(notices.remove(v1.id)).rejects.toMatchObject({ rule: 'notDeletable' });
    await expect(consents.create(consent({ noticeVersionId: v1.id, givenOn: '2026-03-01' }))).rejects.toMatchObject({ rule: 'linkRetired', field: 'noticeVersionId' });
    // Correcting a typing error in the entry that already names it is still allowed.
    await consents.update(onV1.id, consent({ noticeVersionId: v1.id, how: 'electronic' }));
    expect(consents.count()).toBe(1);
  });

  it('refuses a consent on a version not yet in effect on its date, and one naming no notice', async () => {
    const { notices, consents, version, consent } = await setUp();
    const v2 = await notices.create(version({ version: 'v2', effectiveOn: '2026-03-01' }));
    await expect(consents.create(consent({ noticeVersionId: v2.id }))).rejects.toMatchObject({ rule: 'consentNoticeNotInEffect', field: 'noticeVersionId' });
    await expect(consents.create(consent())).rejects.toMatchObject({ fields: { notice: 'validation.consentNotice' } });
    expect(consents.count()).toBe(0);
    const ok = await consents.create(consent({ noticeVersionId: v2.id, givenOn: '2026-03-01' }));
    expect(ok.noticeVersionId).toBe(v2.id);
  });
});
