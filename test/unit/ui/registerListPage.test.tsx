// @vitest-environment jsdom
// The generic register page: search (case- and accent-insensitive), filters, the empty text, opening a
// record, low-priority columns folded away below 1024 px, and "Export to CSV" of the records shown.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../renderer/src/i18n/en.json';
import { DEFAULT_SETTINGS, type Session } from '../../../renderer/src/store/contract';
import { RegisterListPage } from '../../../renderer/src/ui/registers/RegisterListPage';
import type { RegisterColumn, RegisterFilter } from '../../../renderer/src/ui/registers/RegisterTable';
import { renderKit, stubLayout } from './harness';
import { fakeRegisters, purpose, testPurposes, type TestPurpose } from './registerFixtures';

const RECORDS: TestPurpose[] = [
  purpose('p1', 'Côté family survey', 'consent'),
  purpose('p2', 'Payroll', 'withoutConsent', { provision: 'BC PIPA s.18(1)(o)' }),
  purpose('p3', '=cmd|calc', 'withoutConsent', { provision: 's.20' }),
];

const COLUMNS: RegisterColumn<TestPurpose>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name },
  { id: 'provision', header: 'Provision', cell: (r) => r.provision ?? '', priority: 'low' },
];

const AUTHORITY: RegisterFilter<TestPurpose> = {
  id: 'authority',
  label: 'Authority',
  options: [
    { value: 'consent', label: 'Consent' },
    { value: 'withoutConsent', label: 'Without consent' },
  ],
  matches: (r, value) => r.authority === value,
};

/** A window `width` px wide, as far as CSS media queries are concerned. */
function windowWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    return { matches: min ? width >= Number(min[1]) : false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false };
  });
}

/** Only what the page and its CSV export read: the date, the audit trail, names and linked records. */
function session() {
  return {
    today: () => '2026-03-16',
    settings: () => DEFAULT_SETTINGS,
    lock: () => {},
    audit: { record: vi.fn(async () => ({})) },
    people: { get: () => undefined },
    registers: fakeRegisters(RECORDS),
  } as unknown as Session & { audit: { record: ReturnType<typeof vi.fn> } };
}

function rowNames(): string[] {
  const grid = screen.getByRole('grid', { name: 'Purposes' });
  return within(grid)
    .queryAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]!.textContent ?? '');
}

stubLayout();

beforeEach(() => windowWidth(1280));
afterEach(() => vi.unstubAllGlobals());

describe('RegisterListPage', () => {
  it('searches without regard to case or accents, and filters', async () => {
    const user = userEvent.setup({ delay: null });
    renderKit(
      <RegisterListPage title="Purposes" records={RECORDS} columns={COLUMNS} filters={[AUTHORITY]} searchText={(r) => `${r.name} ${r.provision ?? ''}`} emptyText="No purpose to show." />,
      { session: session() },
    );
    expect(rowNames()).toEqual(['Côté family survey', 'Payroll', '=cmd|calc']);
    expect(screen.getByRole('status').textContent).toBe('3 records');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'COTE');
    expect(rowNames()).toEqual(['Côté family survey']);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 records shown');

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Authority' }), 'withoutConsent');
    expect(rowNames()).toEqual(['Payroll', '=cmd|calc']);

    // Search and filter together: every word must match, within the filtered records.
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'pipa payroll');
    expect(rowNames()).toEqual(['Payroll']);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ' survey');
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText('No purpose to show.')).toBeTruthy();

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Authority' }), '');
    expect(rowNames()).toHaveLength(3);
  });

  it('opens a record by click and by Enter, and offers "New" when asked', async () => {
    const user = userEvent.setup({ delay: null });
    const onOpen = vi.fn();
    const onNew = vi.fn();
    renderKit(
      <RegisterListPage title="Purposes" records={RECORDS} columns={COLUMNS} onOpen={onOpen} newLabel="New purpose" onNew={onNew} emptyText="None." />,
      { session: session() },
    );
    await user.click(screen.getByText('Payroll'));
    expect(onOpen).toHaveBeenLastCalledWith(RECORDS[1]);
    const grid = screen.getByRole('grid', { name: 'Purposes' });
    grid.focus();
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(RECORDS[2]);
    await user.click(screen.getByRole('button', { name: 'New purpose' }));
    expect(onNew).toHaveBeenCalledTimes(1);
  });

  it('hides low-priority columns below 1024 px wide', async () => {
    windowWidth(1000);
    const { unmount } = renderKit(<RegisterListPage title="Purposes" records={RECORDS} columns={COLUMNS} emptyText="None." />, { session: session() });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name']);
    expect(screen.queryByText('BC PIPA s.18(1)(o)')).toBeNull();
    unmount();

    windowWidth(1024);
    renderKit(<RegisterListPage title="Purposes" records={RECORDS} columns={COLUMNS} emptyText="None." />, { session: session() });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Provision']);
    expect(screen.getByText('BC PIPA s.18(1)(o)')).toBeTruthy();
  });

  it('exports to CSV only the records shown, translated and neutralised, and records the export', async () => {
    const user = userEvent.setup({ delay: null });
    const unlocked = session();
    const { host } = renderKit(
      <RegisterListPage title="Purposes" records={RECORDS} columns={COLUMNS} filters={[AUTHORITY]} csv={{ definition: testPurposes }} emptyText="None." />,
      { session: unlocked },
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Authority' }), 'withoutConsent');
    await user.click(screen.getByRole('button', { name: 'Export to CSV' }));
    const dialog = await screen.findByRole('dialog', { name: `Export the register “${en.registers.purposes.title}” as a CSV file` });
    expect(dialog.textContent).toContain('The CSV file is not encrypted');
    expect(dialog.textContent).toContain('2 records, as the list shows them');
    const save = within(dialog).getByRole('button', { name: 'Save CSV file' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand/ }));
    await user.click(save);
    await within(dialog).findByText(/Saved as/);

    const request = host.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe(`custodian-${en.registers.purposes.title.toLowerCase()}-2026-03-16.csv`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(request.bytes.slice(3));
    const c = en.registers.purposes.csv;
    expect(text.split('\r\n')).toEqual([
      [c.name, c.authority, c.provision, c.recipients].join(','),
      `Payroll,${en.registers.purposes.authorities.withoutConsent},BC PIPA s.18(1)(o),`,
      `'=cmd|calc,${en.registers.purposes.authorities.withoutConsent},s.20,`,
      '',
    ]);
    expect(unlocked.audit.record).toHaveBeenCalledWith({ action: 'export', entityKind: 'register', entityId: 'purposes', fields: ['name', 'authority', 'provision', 'recipients'], detail: 'csv' });
  });
});
