// One request's audit trail as a PDF, read back as a PDF reader reads it (pdftotext): the title with
// the reference, every entry with its time, action, fields and hash prefix, the chain's verification
// at export, and on every page "Page X of Y" and the confidentiality line, in English and French.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../renderer/src/domain/audit';
import { chainAuditEntries } from '../../../renderer/src/domain/auditChain';
import { buildAuditTrailPdf, clockTime, HASH_PREFIX_LENGTH, type AuditTrailPdfInput } from '../../../renderer/src/letters/auditTrailPdf';
import { pdfPageTexts } from './pdfText';

const ORGANISATION: AuditTrailPdfInput['organisation'] = {
  legalName: 'Clinique Côté-Nguyễn inc.',
  address: '100 Main Street\nAbbotsford BC V2S 1A1',
  phone: '604-555-0100',
  email: 'privacy@clinic.example.ca',
  defaultRegime: 'BC_PIPA',
};
const REQUEST = 'req-1';
const LETTER = 'letter-1';

async function trail(extra = 0): Promise<AuditEntry[]> {
  const base = Date.parse('2026-03-02T17:04:05Z');
  const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  return chainAuditEntries(null, [
    { at: at(0), action: 'create', entityKind: 'accessRequest', entityId: REQUEST, fields: ['informationSought', 'receivedOn', 'regime'] },
    { at: at(1), action: 'create', entityKind: 'person', entityId: 'someone-else', fields: ['familyName'] },
    { at: at(2), action: 'workflowStep', entityKind: 'accessRequest', entityId: REQUEST, fields: ['status'], detail: 'acknowledge' },
    { at: at(2), action: 'letterIssued', entityKind: 'letter', entityId: LETTER, fields: [], detail: 'acknowledgement/en' },
    ...Array.from({ length: extra }, (_, i) => ({ at: at(3 + i), action: 'update' as const, entityKind: 'accessRequest' as const, entityId: REQUEST, fields: ['notes'] })),
  ]);
}

const forRequest = (entries: AuditEntry[]) => entries.filter((e) => e.entityId === REQUEST || e.entityId === LETTER);

describe('audit trail PDF', () => {
  it('prints the reference, each entry with its time, action, fields and hash prefix, and the verification', async () => {
    const all = await trail();
    const entries = forRequest(all);
    const pdf = await buildAuditTrailPdf(
      {
        language: 'en',
        organisation: ORGANISATION,
        reference: 'AR-2026-0007',
        entries: [...entries].reverse(), // as the store lists them, newest first
        verification: { ok: true, entries: all.length, lastHash: all.at(-1)!.hash },
        exportedAt: new Date('2026-03-16T21:30:00Z'),
        timeZone: 'America/Vancouver',
      },
      { compress: false },
    );
    const pages = await pdfPageTexts(pdf);
    const text = pages.join(' ');
    expect(text).toContain('Clinique Côté-Nguyễn inc.');
    expect(text).toContain('Audit trail of AR-2026-0007');
    expect(text).toContain('Verified intact: 4 entries');
    expect(text.replace(/\/ /g, '/')).toContain('America/Vancouver'); // the zone may wrap after its slash
    // 17:04:05 UTC is 09:04:05 on a Vancouver clock on 2 March (PST; PDT starts on 8 March).
    expect(text).toContain('2026-03-02 09:04:05');
    expect(text).toContain('Created');
    expect(text).toContain('informationSought, receivedOn, regime');
    expect(text).toContain('Request step');
    expect(text).toContain('Letter issued');
    for (const entry of entries) expect(text).toContain(entry.hash.slice(0, HASH_PREFIX_LENGTH));
    // Another record's entry is not part of this request's trail.
    expect(text).not.toContain(all[1]!.hash.slice(0, HASH_PREFIX_LENGTH));
    // Oldest first (compared within one column: a reader may extract the columns one after another).
    expect(text.indexOf('2026-03-02 09:04:05')).toBeLessThan(text.indexOf('2026-03-02 09:06:05'));
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('CONFIDENTIAL — This document concerns a request for access to personal information.');
    });
  });

  it('says in words where and how the chain is broken', async () => {
    const all = await trail();
    const pdf = await buildAuditTrailPdf(
      {
        language: 'en',
        organisation: ORGANISATION,
        reference: 'AR-2026-0007',
        entries: forRequest(all),
        verification: { ok: false, entries: 4, brokenAt: 3, reason: 'reordered' },
        exportedAt: new Date('2026-03-16T21:30:00Z'),
        timeZone: 'UTC',
      },
      { compress: false },
    );
    const text = (await pdfPageTexts(pdf)).join(' ');
    expect(text).toContain('NOT INTACT — the chain breaks at entry 3 of 4: entries were reordered.');
    expect(text).toContain('Restore the most recent backup that verifies, or contact support.');
  });

  it('runs onto several pages with the header repeated and a footer on every page, in French', async () => {
    const all = await trail(120);
    const entries = forRequest(all);
    const pdf = await buildAuditTrailPdf(
      {
        language: 'fr',
        organisation: ORGANISATION,
        reference: 'AR-2026-0007',
        entries,
        verification: { ok: true, entries: all.length, lastHash: all.at(-1)!.hash },
        exportedAt: new Date('2026-03-16T21:30:00Z'),
        timeZone: 'America/Toronto',
        describe: { fields: (e) => e.fields.map((f) => (f === 'notes' ? 'Notes' : f)).join(', '), detail: (e) => e.detail ?? '' },
      },
      { compress: false },
    );
    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toContain('Journal d’audit de AR-2026-0007');
    expect(pages[0]).toContain('Vérifié intact : 124 entrées');
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} de ${pages.length}`);
      expect(page).toContain('CONFIDENTIEL — Ce document concerne une demande d’accès à des renseignements personnels.');
      expect(page).toContain('Champs modifiés'); // the table header, repeated
    });
    expect(pages.join(' ')).toContain('Modification');
  });

  it('prints a clock time on the officer’s clock, not UTC', () => {
    expect(clockTime('2026-07-01T03:00:00Z', 'America/Vancouver')).toBe('2026-06-30 20:00:00');
    expect(clockTime('2026-01-15T12:00:00Z', 'America/Halifax')).toBe('2026-01-15 08:00:00');
  });
});
