// @vitest-environment jsdom
// The disclosure log's screens on a real (fake-indexeddb) vault: the list filters by purpose and
// searches by recipient; the dialog refuses a sale at its field with the policy's words and saves
// nothing, then records the disclosure; a person's tab shows only their disclosures.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { disclosuresRegister, type DisclosureInput } from '../../../renderer/src/domain/registers/disclosures';
import { purposesRegister } from '../../../renderer/src/domain/registers/purposes';
import { DisclosuresPage } from '../../../renderer/src/features/disclosures/DisclosuresPage';
import { DisclosuresPersonTab } from '../../../renderer/src/features/disclosures/DisclosuresPersonTab';
import { renderUnlocked, stubLayout } from '../app/render';
import { createTestVault } from '../store/testVault';

vi.mock('hash-wasm', () => import('../store/cheapArgon2'));
stubLayout(1280, 800);

async function vault() {
  // With the policy's seven purposes, as a new vault starts.
  const { session } = await createTestVault({ seedRegisters: true });
  const [avery, blake] = [
    await session.people.add({ kind: 'client', givenName: 'Avery', familyName: 'Testperson' }),
    await session.people.add({ kind: 'client', givenName: 'Blake', familyName: 'Sampleton' }),
  ];
  const purposes = session.registers.get(purposesRegister);
  const active = purposes.list().filter((p) => !p.retiredAt);
  const [service, legal] = [active.find((p) => p.name === 'Deliver requested services')!, active.find((p) => p.name === 'Meet legal and regulatory requirements')!];
  const disclosures = session.registers.get(disclosuresRegister);
  const add = (personId: string, purposeId: string, name: string, disclosedOn: string) =>
    disclosures.create(
      disclosuresRegister.fields('entered').parse({
        disclosedOn,
        personId,
        recipient: { kind: 'organisation', name },
        categories: ['financial'],
        purposeId,
        basis: { kind: 'consent' },
        exchange: 'none',
      } satisfies Partial<DisclosureInput>),
    );
  await add(avery!.id, service.id, 'Example Benefits Inc.', '2026-01-10');
  await add(blake!.id, legal.id, 'Canada Revenue Agency', '2026-02-01');
  return { session, avery: avery!, blake: blake!, service, disclosures };
}

const rows = () => screen.getAllByRole('row').filter((r) => /DS-\d{4}-\d{4}/.test(r.textContent ?? ''));

describe('the disclosure log', () => {
  it('lists every disclosure, filters by purpose and searches by recipient', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    renderUnlocked(<DisclosuresPage />, session);
    await screen.findByRole('heading', { level: 1, name: 'Disclosures' });
    await waitFor(() => expect(rows()).toHaveLength(2));
    await user.selectOptions(screen.getByLabelText('Purpose'), screen.getByRole('option', { name: 'Meet legal and regulatory requirements' }));
    await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Canada Revenue Agency')]));
    await user.selectOptions(screen.getByLabelText('Purpose'), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'benefits');
    await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Example Benefits Inc.')]));
  }, 120_000);

  it('refuses a disclosure recorded as a sale at its field, with the policy’s words, and saves nothing; then records it', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, avery, disclosures } = await vault();
    renderUnlocked(<DisclosuresPersonTab personId={avery.id} />, session);
    await user.click(await screen.findByRole('button', { name: 'Record a disclosure for this person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a disclosure' });
    expect((within(dialog).getByRole('textbox', { name: /^Person/ }) as HTMLInputElement).value).toBe('Avery Testperson');
    await user.type(within(dialog).getByRole('textbox', { name: /^Recipient’s name/ }), 'Fictive Collections Ltd.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Contact details' }));
    await user.selectOptions(within(dialog).getByLabelText(/^Purpose/), within(dialog).getByRole('option', { name: 'Deliver requested services' }));
    await user.selectOptions(within(dialog).getByLabelText(/^Received in return/), 'sale');
    await user.click(within(dialog).getByRole('button', { name: 'Record disclosure' }));

    const exchange = within(dialog).getByLabelText(/^Received in return/);
    await waitFor(() => expect(exchange.getAttribute('aria-invalid')).toBe('true'));
    const atField = document.getElementById(exchange.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(atField).toBe('The office does not sell, trade or rent personal information (privacy policy, principle 5.3).');
    expect(within(dialog).getByRole('alert').textContent).toContain('Nothing was saved');
    expect(disclosures.forPerson(avery.id)).toHaveLength(1);

    await user.selectOptions(exchange, 'none');
    await user.click(within(dialog).getByRole('button', { name: 'Record disclosure' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const saved = disclosures.forPerson(avery.id).find((d) => d.recipient.name === 'Fictive Collections Ltd.');
    expect(saved).toMatchObject({ personId: avery.id, categories: ['contact'], exchange: 'none', basis: { kind: 'consent' } });
    expect(saved?.recipient).toEqual({ kind: 'organisation', name: 'Fictive Collections Ltd.' });
  }, 120_000);

  it('offers only the grounds the chosen Act gives for a disclosure', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, avery } = await vault();
    renderUnlocked(<DisclosuresPersonTab personId={avery.id} />, session);
    await user.click(await screen.findByRole('button', { name: 'Record a disclosure for this person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a disclosure' });
    await user.click(within(dialog).getByRole('radio', { name: 'Without consent, on a ground of the Act' }));
    const ground = await within(dialog).findByLabelText(/^Ground/);
    const offered = () => within(ground).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    // BC PIPA s.12(1)(i) (information received without consent) allows a collection, never a disclosure.
    expect(offered()).toContain('debtCollection');
    expect(offered()).not.toContain('receivedWithoutConsent');
    await user.selectOptions(within(dialog).getByLabelText(/^Act that applies/), 'PIPEDA');
    await waitFor(() => expect(offered()).toContain('governmentRequest'));
  }, 120_000);

  it('a person’s tab shows only their disclosures', async () => {
    const { session, blake } = await vault();
    renderUnlocked(<DisclosuresPersonTab personId={blake.id} />, session);
    const list = await screen.findByRole('list', { name: 'Disclosures' });
    expect(list.textContent).toContain('Canada Revenue Agency');
    expect(list.textContent).not.toContain('Example Benefits');
  }, 120_000);
});
