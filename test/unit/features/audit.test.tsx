// @vitest-environment jsdom
// The audit screen: entries newest first in words, links to the records that still exist, filters,
// paging through a long trail, and "Verify audit trail" with its answer for an intact trail and for
// each way a trail can break; in French too.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AuditPage } from '../../../renderer/src/features/audit/AuditPage';
import { localNoon, seedAudit, type SeedAuditEntry } from '../app/auditFakes';
import { FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderApp, renderUnlocked } from '../app/render';

const TODAY = '2026-03-16';

async function vaultWithTrail(language: 'en' | 'fr' = 'en') {
  const gate = FakeVaultGate.withVault({ today: TODAY });
  gate.data!.settings.language = language;
  gate.unlockLanguage = language;
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
  const [request] = gate.accessRequests().seed([sampleRequest(person!.id, { id: 'req1', reference: 'AR-2026-0001' })]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  const entries: SeedAuditEntry[] = [
    { at: localNoon('2026-03-02'), action: 'create', entityKind: 'person', entityId: person!.id, fields: ['familyName', 'givenName', 'kind'] },
    { at: localNoon('2026-03-02'), action: 'create', entityKind: 'accessRequest', entityId: request!.id, fields: ['informationSought', 'receivedOn', 'regime'] },
    { at: localNoon('2026-03-05'), action: 'workflowStep', entityKind: 'accessRequest', entityId: request!.id, fields: ['status'], detail: 'acknowledge' },
    { at: localNoon('2026-03-09'), action: 'update', entityKind: 'person', entityId: 'gone', fields: ['email'] },
    { at: localNoon('2026-03-10'), action: 'settingsChanged', entityKind: 'settings', entityId: null, fields: ['autoLockMinutes'] },
    { at: localNoon('2026-03-12'), action: 'export', entityKind: 'register', entityId: 'people', fields: ['familyName'], detail: 'csv' },
  ];
  await seedAudit(session.audit, entries);
  return { gate, session };
}

const rows = () => within(screen.getByRole('table', { name: 'Audit trail entries, newest first' })).getAllByRole('row').slice(1);

beforeEach(() => {
  window.location.hash = '';
});

describe('audit screen', () => {
  it('lists entries newest first, in words, with links to the records that still exist', async () => {
    const { session } = await vaultWithTrail();
    renderUnlocked(<AuditPage />, session);
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeTruthy();
    expect(screen.getByText('6 entries')).toBeTruthy();
    const [exportRow, settingsRow, goneRow, stepRow, createRow, personRow] = rows();
    expect(exportRow!.textContent).toContain('Exported');
    expect(exportRow!.textContent).toContain('Register');
    expect(exportRow!.textContent).toContain('People');
    expect(exportRow!.textContent).toContain('CSV file (not encrypted)');
    expect(settingsRow!.textContent).toContain('Settings changed');
    expect(settingsRow!.textContent).toContain('Automatic lock');
    expect(goneRow!.textContent).toContain('No longer in the records');
    expect(stepRow!.textContent).toContain('Request step recorded');
    expect(stepRow!.textContent).toContain('Acknowledged');
    expect(within(stepRow!).getByRole('link', { name: 'AR-2026-0001' }).getAttribute('href')).toBe('#/requests/req1');
    expect(createRow!.textContent).toContain('Information sought, Received, Act');
    expect(personRow!.textContent).toContain('Amélie Tremblay');
    expect(personRow!.textContent).toContain('Family name, Given name, Kind');
    // The sequence number is shown, so a "broken at entry N" answer can be found in the table.
    expect(within(personRow!).getAllByRole('cell')[0]!.textContent).toBe('1');
  }, 120_000);

  it('filters by action, kind of record and date range, and clears the filters', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vaultWithTrail();
    renderUnlocked(<AuditPage />, session);
    await screen.findByText('6 entries');

    await user.selectOptions(screen.getByLabelText('Action'), 'Created');
    expect(await screen.findByText('2 entries match')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Kind of record'), 'Person');
    expect(await screen.findByText('1 entry matches')).toBeTruthy();
    expect(rows()[0]!.textContent).toContain('Amélie Tremblay');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('6 entries')).toBeTruthy();

    await user.type(screen.getByLabelText('From'), '2026-03-05');
    await user.type(screen.getByLabelText('To'), '2026-03-10');
    expect(await screen.findByText('3 entries match')).toBeTruthy();
    expect(rows().map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['5', '4', '3']);

    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    expect(await screen.findByText('This date is before the “From” date.')).toBeTruthy();
    expect(screen.getByText('No entry matches these filters.')).toBeTruthy();
  }, 120_000);

  it('pages through a long trail instead of rendering every entry', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vaultWithTrail();
    await seedAudit(
      session.audit,
      Array.from({ length: 1200 }, (_, i) => ({ at: localNoon('2026-03-14'), action: 'update' as const, entityKind: 'person' as const, entityId: `p-${i}`, fields: ['notes'] })),
    );
    renderUnlocked(<AuditPage />, session);
    expect(await screen.findByText('1,206 entries')).toBeTruthy();
    expect(rows()).toHaveLength(50);
    expect(within(rows()[0]!).getAllByRole('cell')[0]!.textContent).toBe('1206');
    expect(screen.getByText('1–50 of 1206')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(await screen.findByText('1201–1206 of 1206')).toBeTruthy();
    expect(within(rows().at(-1)!).getAllByRole('cell')[0]!.textContent).toBe('1');
  }, 120_000);

  it('shows new entries as they are recorded', async () => {
    const { session } = await vaultWithTrail();
    renderUnlocked(<AuditPage />, session);
    await screen.findByText('6 entries');
    await session.audit.record({ action: 'export', entityKind: 'accessRequest', entityId: 'req1', fields: [], detail: 'trailPdf' });
    expect(await screen.findByText('7 entries')).toBeTruthy();
    expect(rows()[0]!.textContent).toContain('Audit trail PDF');
  }, 120_000);
});

describe('verify audit trail', () => {
  it('says the trail is intact, with the number of entries (the real chain walk)', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vaultWithTrail();
    renderUnlocked(<AuditPage />, session);
    await user.click(await screen.findByRole('button', { name: 'Verify audit trail' }));
    expect(await screen.findByText('The audit trail is intact: 6 entries.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(session.audit.verify).toHaveBeenCalledTimes(1);
  }, 120_000);

  it('finds an entry altered on disk (the real chain walk)', async () => {
    const user = userEvent.setup({ delay: null });
    const { gate, session } = await vaultWithTrail();
    await gate.database().audit.update(3, { action: 'delete' }); // a clear column no longer matches its sealed entry
    renderUnlocked(<AuditPage />, session);
    await user.click(await screen.findByRole('button', { name: 'Verify audit trail' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The audit trail is broken');
    expect(alert.textContent).toContain('Entry 3 (of 6) was altered');
  }, 120_000);

  const REASONS = [
    ['altered', 'Entry 4 (of 9) was altered: its content no longer matches the seal it was written with'],
    ['removed', 'An entry was removed: entry 4 is missing from the trail of 9 entries.'],
    ['reordered', 'Entries were reordered: entry 4 (of 9) is not where it was written.'],
    ['unreadable', 'Entry 4 (of 9) cannot be read: it is damaged or does not open with this vault’s key.'],
  ] as const;

  it.each(REASONS)('explains a trail broken because an entry was %s, and what to do', async (reason, sentence) => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vaultWithTrail();
    session.audit.verify.mockResolvedValue({ ok: false, entries: 9, brokenAt: 4, reason });
    renderUnlocked(<AuditPage />, session);
    await user.click(await screen.findByRole('button', { name: 'Verify audit trail' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The audit trail is broken');
    expect(alert.textContent).toContain(sentence);
    expect(alert.textContent).toContain('The entries before number 4 can still be trusted');
    expect(alert.textContent).toContain('Restore your most recent backup that verifies');
    expect(alert.textContent).toContain(`contact support and give them the entry number (4) and the reason shown here (${reason})`);
    expect(within(alert).getByRole('link', { name: 'Back up and restore' }).getAttribute('href')).toBe('#/backup');
    expect(screen.queryByText(/The audit trail is intact/)).toBeNull();
  }, 120_000);
});

describe('damage found at unlock', () => {
  it('tells the officer which audit entry and which records were found damaged, naming requests by reference', async () => {
    const { session } = await vaultWithTrail();
    session.audit.damage.mockReturnValue([
      { kind: 'entry', seq: 3, reason: 'unreadable' },
      { kind: 'record', table: 'accessRequests', id: 'req1', reference: 'AR-2026-0001', problem: 'rolledBack' },
      { kind: 'record', table: 'people', id: 'p-42', problem: 'removed' },
    ]);
    renderUnlocked(<AuditPage />, session);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Custodian found damage when the vault was opened');
    expect(alert.textContent).toContain('Audit entry 3 cannot be read. It is shown as a lost entry and kept as such in backups.');
    expect(alert.textContent).toContain('Access request AR-2026-0001: an older copy was put back in place of the latest.');
    expect(alert.textContent).toContain('Person p-42: the record was deleted from the database.');
    expect(alert.textContent).toContain('Custodian keeps working');
  });

  it('shows no warning for an undamaged vault, and shows a lost entry in words', async () => {
    const { session } = await vaultWithTrail();
    await seedAudit(session.audit, [{ at: localNoon('2026-03-13'), action: 'entryLost', entityKind: 'vault', entityId: null, fields: [], detail: 'unreadable' }]);
    renderUnlocked(<AuditPage />, session);
    const [lostRow] = rows();
    expect(lostRow!.textContent).toContain('Entry lost (unreadable)');
    expect(lostRow!.textContent).toContain('The entry could not be read when the trail was opened; its content is lost');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('verify says which entries a backup carried as lost, and which records are not as written', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vaultWithTrail();
    session.audit.verify.mockResolvedValue({
      ok: true,
      entries: 9,
      lastHash: 'a'.repeat(64),
      lost: [2, 5],
      records: [{ table: 'accessRequests', id: 'req1', reference: 'AR-2026-0001', problem: 'rolledBack' }],
    });
    renderUnlocked(<AuditPage />, session);
    await user.click(await screen.findByRole('button', { name: 'Verify audit trail' }));
    expect(await screen.findByText(/Entries 2, 5 could not be read before a backup was made/)).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Records are not as Custodian last wrote them');
    expect(alert.textContent).toContain('Access request AR-2026-0001: an older copy was put back in place of the latest.');
  }, 120_000);
});

describe('audit screen in French', () => {
  it('is in the navigation and speaks French: headings, actions, fields, filters and the verification', async () => {
    const user = userEvent.setup({ delay: null });
    const { gate } = await vaultWithTrail('fr');
    window.location.hash = '#/audit';
    renderApp({ gate, language: 'fr' });
    await user.click(await screen.findByLabelText(/^Phrase de passe/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Journal d’audit' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('6 entrées')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Entrées du journal d’audit, les plus récentes d’abord' });
    const body = within(table).getAllByRole('row').slice(1);
    expect(body[0]!.textContent).toContain('Exportation');
    expect(body[0]!.textContent).toContain('Fichier CSV (non chiffré)');
    expect(body[1]!.textContent).toContain('Paramètres modifiés');
    expect(body[1]!.textContent).toContain('Verrouillage automatique');
    expect(body[3]!.textContent).toContain('Étape de la demande');
    expect(body[4]!.textContent).toContain('Renseignements demandés, Reçue le, Loi');
    expect(screen.getByLabelText('Type de dossier')).toBeTruthy();
    expect(screen.getByLabelText('Du')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Vérifier le journal d’audit' }));
    expect(await screen.findByText('Le journal d’audit est intact : 6 entrées.')).toBeTruthy();

    gate.lastSession!.audit.verify.mockResolvedValue({ ok: false, entries: 6, brokenAt: 2, reason: 'removed' });
    await user.click(screen.getByRole('button', { name: 'Vérifier le journal d’audit' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le journal d’audit est rompu');
    expect(alert.textContent).toContain('Une entrée a été supprimée : l’entrée 2 manque dans le journal de 6 entrées.');
    expect(alert.textContent).toContain('communiquez avec le soutien technique');
  }, 120_000);
});
