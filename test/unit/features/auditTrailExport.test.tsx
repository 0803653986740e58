// @vitest-environment jsdom
// "Export trail (PDF)" on a request's page: the PDF holds that request's entries and its letters' and
// attachments' (not another request's), in words, with the chain's verification; it is saved through
// the host and the export is recorded in the trail.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RequestPage } from '../../../renderer/src/features/accessRequests/RequestPage';
import { HASH_PREFIX_LENGTH } from '../../../renderer/src/letters/auditTrailPdf';
import { localNoon, seedAudit } from '../app/auditFakes';
import { FakeHost, FakeVaultGate, sampleRequest, STRONG_PASSPHRASE } from '../app/fakes';
import { renderUnlocked } from '../app/render';
import { pdfPageTexts } from '../letters/pdfText';

// Under jsdom, pdfkit's Node build writes flate streams poppler cannot read ("Bad FCHECK in flate
// stream"); the compressed path is the browser bundle's, proven by accessLetterBrowser.test.ts and
// the screenshot run. Here the same document is built uncompressed, so pdftotext can read it.
vi.mock('../../../renderer/src/letters/auditTrailPdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../renderer/src/letters/auditTrailPdf')>();
  return { ...real, buildAuditTrailPdf: (input: Parameters<typeof real.buildAuditTrailPdf>[0]) => real.buildAuditTrailPdf(input, { compress: false }) };
});

const LETTER = { id: 'letter-1', kind: 'acknowledgement' as const, language: 'en' as const, issuedOn: '2026-03-03', issuedAt: localNoon('2026-03-03'), sha256: '0'.repeat(64), size: 10, paragraphs: {} };
const ATTACHMENT = { id: 'attachment-1', name: 'request.pdf', mediaType: 'application/pdf', size: 10, sha256: '0'.repeat(64), addedAt: localNoon('2026-03-04') };

async function vault() {
  const gate = FakeVaultGate.withVault({ today: '2026-03-16' });
  const [person] = gate.people().seed([{ kind: 'client', givenName: 'Amélie', familyName: 'Tremblay' }]);
  gate.accessRequests().seed([
    sampleRequest(person!.id, { id: 'req1', reference: 'AR-2026-0001', letters: [LETTER], attachments: [ATTACHMENT] }),
    sampleRequest(person!.id, { id: 'req2', reference: 'AR-2026-0002' }),
  ]);
  const session = await gate.unlock(STRONG_PASSPHRASE);
  const entries = await seedAudit(session.audit, [
    { at: localNoon('2026-03-02'), action: 'create', entityKind: 'accessRequest', entityId: 'req1', fields: ['informationSought', 'receivedOn', 'regime'] },
    { at: localNoon('2026-03-02'), action: 'create', entityKind: 'accessRequest', entityId: 'req2', fields: ['receivedOn'] },
    { at: localNoon('2026-03-03'), action: 'workflowStep', entityKind: 'accessRequest', entityId: 'req1', fields: ['status'], detail: 'acknowledge' },
    { at: localNoon('2026-03-03'), action: 'letterIssued', entityKind: 'letter', entityId: LETTER.id, fields: [], detail: 'acknowledgement/en' },
    { at: localNoon('2026-03-04'), action: 'attachmentAdded', entityKind: 'attachment', entityId: ATTACHMENT.id, fields: ['name', 'size'] },
  ]);
  return { session, entries };
}

describe('export one request’s audit trail as a PDF', () => {
  it('saves a PDF of the request’s own entries, in words, verified, and records the export', async () => {
    const user = userEvent.setup({ delay: null });
    const { session, entries } = await vault();
    const host = new FakeHost();
    renderUnlocked(<RequestPage requestId="req1" />, session, { host });
    await user.click(await screen.findByRole('button', { name: 'Export trail (PDF)' }));
    expect(await screen.findByText('The audit trail of AR-2026-0001 was saved as AR-2026-0001-audit-trail.pdf.', {}, { timeout: 60_000 })).toBeTruthy();

    expect(session.audit.verify).toHaveBeenCalledTimes(1);
    const request = host.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('AR-2026-0001-audit-trail.pdf');
    expect(request.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(new TextDecoder().decode(request.bytes.slice(0, 5))).toBe('%PDF-');

    const text = (await pdfPageTexts(request.bytes)).join(' ');
    expect(text).toContain('Audit trail of AR-2026-0001');
    expect(text).toContain('Verified intact: 5 entries');
    expect(text).toContain('Information sought, Received, Act');
    expect(text).toContain('Acknowledged');
    expect(text).toContain('Acknowledgement, English');
    const [created, other, step, letter, attachment] = entries;
    for (const entry of [created, step, letter, attachment]) expect(text).toContain(entry!.hash.slice(0, HASH_PREFIX_LENGTH));
    expect(text).not.toContain(other!.hash.slice(0, HASH_PREFIX_LENGTH));
    expect(text).toContain('Page 1 of');

    expect(session.audit.record).toHaveBeenCalledWith({ action: 'export', entityKind: 'accessRequest', entityId: 'req1', fields: [], detail: 'trailPdf' });
  }, 120_000);

  it('prints a broken chain on the PDF, and records nothing when the save is cancelled', async () => {
    const user = userEvent.setup({ delay: null });
    const { session } = await vault();
    session.audit.verify.mockResolvedValue({ ok: false, entries: 5, brokenAt: 2, reason: 'altered' });
    const host = new FakeHost();
    host.saveFile.mockResolvedValueOnce({ saved: false });
    renderUnlocked(<RequestPage requestId="req1" />, session, { host });
    await user.click(await screen.findByRole('button', { name: 'Export trail (PDF)' }));
    expect(await screen.findByText('The audit trail was not saved.', {}, { timeout: 60_000 })).toBeTruthy();
    const text = (await pdfPageTexts(host.saveFile.mock.calls[0]![0].bytes)).join(' ');
    expect(text).toContain('NOT INTACT — the chain breaks at entry 2 of 5: the entry was altered.');
    expect(session.audit.record).not.toHaveBeenCalled();
  }, 120_000);
});
