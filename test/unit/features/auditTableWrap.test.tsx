// @vitest-environment jsdom
// The audit table never breaks a word in the middle ("Acknowledgeme/nt"): its cells wrap between words
// only, so a narrow window widens the table (it scrolls) rather than splitting a word.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import { AuditTable } from '../../../renderer/src/features/audit/AuditTable';
import { FakeVaultGate, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';

const entry: AuditEntry = {
  seq: 1,
  at: '2026-03-05T17:00:00.000Z',
  action: 'letterIssued',
  entityKind: 'letter',
  entityId: 'doc1',
  fields: [],
  detail: 'acknowledgement/en',
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
};

describe('audit table wrapping', () => {
  it('does not break "Acknowledgement" mid-word in any cell', async () => {
    const gate = FakeVaultGate.withVault();
    const session = await gate.unlock(STRONG_PASSPHRASE);
    renderUnlocked(<AuditTable entries={[entry]} caption="Audit" recordOf={() => null} />, session);
    const table = await screen.findByRole('table', { name: 'Audit' });
    const cells = within(table).getAllByRole('cell');
    expect(cells.some((cell) => /Acknowledgement/.test(cell.textContent ?? ''))).toBe(true);
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      expect(style.overflowWrap, cell.textContent ?? '').not.toBe('anywhere');
      expect(style.wordBreak, cell.textContent ?? '').not.toBe('break-all');
    }
  }, 120_000);
});
