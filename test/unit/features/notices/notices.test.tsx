// @vitest-environment jsdom
// The notices screens on the real store: a version recorded from the dialog; a version in effect opens
// read-only (no Edit, the rule said); the re-agreement list on a version that changes a purpose names
// the people whose consent in force rests on an older version or on notice text, and recording one
// person's re-agreement adds a NEW consent entry on this version (the old one kept) and takes them off
// the list; the consent form names a version instead of typing the notice.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { consentsRegister, type ConsentInput } from '../../../../renderer/src/domain/registers/consents';
import { noticesRegister, type NoticeVersionInput } from '../../../../renderer/src/domain/registers/notices';
import { purposesRegister } from '../../../../renderer/src/domain/registers/purposes';
import { ConsentsPersonTab } from '../../../../renderer/src/features/consents/ConsentsPersonTab';
import { NoticesPage } from '../../../../renderer/src/features/notices/NoticesPage';
import en from '../../../../renderer/src/i18n/en.json';
import fr from '../../../../renderer/src/i18n/fr.json';
import type { Session } from '../../../../renderer/src/store/contract';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../../app/fakes';
import { renderUnlocked, stubLayout } from '../../app/render';

const TODAY = '2026-03-16';

async function setUp() {
  const session = (await FakeVaultGate.withVault({ today: TODAY }).unlock(STRONG_PASSPHRASE)) as unknown as Session;
  const ana = await session.people.add({ kind: 'client', givenName: 'Ana', familyName: 'Silva' });
  const bo = await session.people.add({ kind: 'client', givenName: 'Bo', familyName: 'Chen' });
  const cy = await session.people.add({ kind: 'client', givenName: 'Cy', familyName: 'Roy' });
  const purpose = await session.registers.get(purposesRegister).create({ name: 'Newsletter', authority: 'consent', categories: ['contact'], noticeMethod: 'written', noticeTiming: 'atCollection' });
  const notices = session.registers.get(noticesRegister);
  const consents = session.registers.get(consentsRegister);
  const version = (over: Partial<NoticeVersionInput>) =>
    notices.create({ document: 'privacyNotice', version: 'v1', effectiveOn: '2025-01-01', text: 'We send a newsletter by email.', changes: '', changedPurposeIds: [], ...over });
  const given = (personId: string, over: Partial<ConsentInput>) =>
    consents.create({ action: 'given', personId, purposeId: purpose.id, how: 'written', kind: 'express', givenBy: 'person', givenOn: '2026-01-10', notice: '', ...over } as ConsentInput);
  return { session, ana, bo, cy, purpose, notices, consents, version, given, user: userEvent.setup({ delay: null }) };
}

const dialogsClosed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

stubLayout(1200, 1200);

describe('Notices page', () => {
  it('records a new version from the dialog, with the purposes it changes', async () => {
    const { session, notices, purpose, user } = await setUp();
    renderUnlocked(<NoticesPage />, session);
    await user.click(screen.getByRole('button', { name: 'New version' }));
    const dialog = await screen.findByRole('dialog', { name: 'New notice version' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Document' }), 'Agreement terms');
    await user.type(within(dialog).getByRole('textbox', { name: /^Version/ }), '2026-1');
    await user.clear(within(dialog).getByRole('textbox', { name: /^Takes effect on/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Takes effect on/ }), '2026-04-01');
    await user.type(within(dialog).getByRole('textbox', { name: /^Text, in plain language/ }), 'Plain terms.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Newsletter' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // Saved, it opens: still to come, so it can be edited.
    const view = await screen.findByRole('dialog', { name: 'Agreement terms 2026-1' });
    expect(within(view).getByText(/^Takes effect on Apr 1, 2026\. It can be changed until then\./)).toBeTruthy();
    expect(within(view).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(notices.list()).toEqual([expect.objectContaining({ document: 'agreementTerms', version: '2026-1', effectiveOn: '2026-04-01', changedPurposeIds: [purpose.id] })]);
  });

  it('opens a version in effect read-only, and refuses a label its document already has at the field', async () => {
    const { session, version, user } = await setUp();
    await version({});
    renderUnlocked(<NoticesPage />, session);
    const grid = await screen.findByRole('grid', { name: 'Notices' });
    await user.click(within(grid).getByText('v1'));
    const view = await screen.findByRole('dialog', { name: 'Privacy notice v1' });
    expect(within(view).getByText(/^In effect since Jan 1, 2025\. It can no longer be changed/)).toBeTruthy();
    expect(within(view).queryByRole('button', { name: 'Edit' })).toBeNull();
    await user.click(within(view).getByRole('button', { name: 'New version from this one' }));
    const dialog = await screen.findByRole('dialog', { name: 'New notice version' });
    expect((within(dialog).getByRole('textbox', { name: /^Text, in plain language/ }) as HTMLTextAreaElement).value).toBe('We send a newsletter by email.');
    await user.type(within(dialog).getByRole('textbox', { name: /^Version/ }), 'V1');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This document already has a version “V1”. Give this one another label.')).toBeTruthy();
  });
});

describe('Re-agreement', () => {
  it('lists those on an older version or notice text, and records a re-agreement as a new entry', async () => {
    const { session, ana, bo, cy, purpose, version, given, consents, user } = await setUp();
    const v1 = await version({});
    const v2 = await version({ version: 'v2', effectiveOn: '2026-03-01', changedPurposeIds: [purpose.id], changes: 'The newsletter now covers events.' });
    const anaOld = await given(ana.id, { noticeVersionId: v1.id });
    await given(bo.id, { notice: 'Paper notice, 2024' });
    await given(cy.id, { noticeVersionId: v2.id, givenOn: '2026-03-02' });
    renderUnlocked(<NoticesPage />, session);
    await user.click(within(await screen.findByRole('grid', { name: 'Notices' })).getByText('v2'));
    const view = await screen.findByRole('dialog', { name: 'Privacy notice v2' });
    const list = within(view).getByRole('list', { name: 'People to ask again' });
    expect(within(view).getByText('2 people to ask again.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Ana Silva · Newsletter.*Agreed on version Privacy notice v1 \(Jan 1, 2025\)/),
      expect.stringMatching(/^Bo Chen · Newsletter.*Agreed on a notice kept as text only/),
    ]);

    await user.click(within(list).getByRole('button', { name: 'Record re-agreement of Ana Silva to “Newsletter”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record re-agreement' });
    expect(within(dialog).getByText('Ana Silva · Newsletter · Privacy notice v2')).toBeTruthy();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'How' }), 'Electronically');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Record re-agreement' })).toBeNull());

    const anas = consents.forPerson(ana.id);
    expect(anas).toHaveLength(2);
    expect(anas.find((e) => e.id === anaOld.id)).toEqual(anaOld);
    expect(anas.find((e) => e.id !== anaOld.id)).toMatchObject({ action: 'given', noticeVersionId: v2.id, givenOn: TODAY, how: 'electronic', kind: 'express' });
    await waitFor(() => expect(within(view).getByText('1 person to ask again.')).toBeTruthy());
    expect(within(view).queryByText(/Ana Silva/)).toBeNull();
  });

  it('shows the list of a version still to come but waits for its date to record', async () => {
    const { session, ana, purpose, version, given, user } = await setUp();
    const v1 = await version({});
    await version({ version: 'v2', effectiveOn: '2026-04-01', changedPurposeIds: [purpose.id] });
    await given(ana.id, { noticeVersionId: v1.id });
    renderUnlocked(<NoticesPage />, session);
    await user.click(within(await screen.findByRole('grid', { name: 'Notices' })).getByText('v2'));
    const view = await screen.findByRole('dialog', { name: 'Privacy notice v2' });
    expect(within(view).getByText(/re-agreements can be recorded from that day/)).toBeTruthy();
    expect((within(view).getByRole('button', { name: /^Record re-agreement of Ana Silva/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('The consent form and history', () => {
  it('records a consent on a version chosen from the list, the notice text then optional, and shows it in the history', async () => {
    const { session, ana, purpose, version, consents, user } = await setUp();
    const v1 = await version({});
    await version({ version: 'v9', effectiveOn: '2026-05-01' });
    renderUnlocked(<ConsentsPersonTab personId={ana.id} />, session);
    await user.click(screen.getByRole('button', { name: 'Record a consent for this person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a consent' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Purpose/ }), 'Newsletter');
    const versions = within(dialog).getByRole('combobox', { name: 'Notice version shown' });
    // A version not yet in effect is not offered.
    expect(within(versions).getAllByRole('option').map((o) => o.textContent)).toEqual(['None: type the notice below', 'Privacy notice v1 (Jan 1, 2025)']);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Choose the notice version shown, or type the notice.')).toBeTruthy();
    await user.selectOptions(versions, 'Privacy notice v1 (Jan 1, 2025)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await dialogsClosed();
    expect(consents.list()).toEqual([expect.objectContaining({ personId: ana.id, purposeId: purpose.id, noticeVersionId: v1.id })]);
    const history = await screen.findByRole('list', { name: 'History' });
    expect(within(history).getByText(/Notice: Privacy notice v1/)).toBeTruthy();
  });
});

describe('Words', () => {
  it('says everything of the notices screens in French too, key for key', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => keys(v, `${prefix}.${k}`)) : [prefix];
    expect(keys(fr.registers.notices)).toEqual(keys(en.registers.notices));
    const consentKeys = ['noticeVersionId', 'noticeVersionNone'] as const;
    for (const key of consentKeys) expect(fr.registers.consents.fields[key]).toBeTruthy();
    expect([fr.nav.notices, fr.validation.consentNotice, fr.rules.noticeVersionInEffect, fr.rules.consentNoticeNotInEffect]).not.toContain(undefined);
  });
});
