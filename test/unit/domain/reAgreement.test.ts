// The re-agreement list: for a version that changes purposes, the people whose consent in force to a
// changed purpose rests on an older version of that document, on the other document, on a notice
// kept as text, or on none; not those on this version or a later one, nor a withdrawn or expired consent.
import { describe, expect, it } from 'vitest';
import { reAgreementList, type NoticedConsent, type NoticeVersionFacts } from '../../../renderer/src/domain/reAgreement';

const TODAY = '2026-03-10';
const v1: NoticeVersionFacts = { id: 'v1', document: 'privacyNotice', effectiveOn: '2025-01-01', changedPurposeIds: [] };
const v2: NoticeVersionFacts = { id: 'v2', document: 'privacyNotice', effectiveOn: '2026-03-01', changedPurposeIds: ['news', 'survey'] };
const v3: NoticeVersionFacts = { id: 'v3', document: 'privacyNotice', effectiveOn: '2026-03-05', changedPurposeIds: [] };
const terms: NoticeVersionFacts = { id: 't1', document: 'agreementTerms', effectiveOn: '2026-03-02', changedPurposeIds: [] };
const VERSIONS = [v1, v2, v3, terms];

let n = 0;
function given(personId: string, purposeId: string, over: Partial<NoticedConsent> = {}): NoticedConsent {
  n += 1;
  return { id: `c${n}`, createdAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`, action: 'given', personId, purposeId, kind: 'express', givenOn: '2025-06-01', ...over };
}
const listed = (entries: NoticedConsent[], version = v2) => reAgreementList(version, VERSIONS, entries, TODAY).map((i) => `${i.personId}/${i.purposeId}/${i.basis}`);

describe('reAgreementList', () => {
  it('lists consents in force on an older version, the other document, notice text or no notice', () => {
    const entries = [
      given('ana', 'news', { noticeVersionId: 'v1' }),
      given('bo', 'news', { noticeVersionId: 't1', givenOn: '2026-03-02' }),
      given('cy', 'survey', { notice: 'Paper notice 2024' }),
      given('dee', 'survey'),
    ];
    expect(listed(entries)).toEqual(['ana/news/olderVersion', 'bo/news/otherDocument', 'cy/survey/noticeText', 'dee/survey/noNotice']);
    expect(reAgreementList(v2, VERSIONS, entries, TODAY)[0]).toMatchObject({ consent: { id: entries[0]!.id }, restsOn: { id: 'v1' } });
  });

  it('leaves out consents on this version or a later one, and purposes the version does not change', () => {
    const entries = [given('ana', 'news', { noticeVersionId: 'v2', givenOn: '2026-03-01' }), given('bo', 'news', { noticeVersionId: 'v3', givenOn: '2026-03-06' }), given('cy', 'other', { noticeVersionId: 'v1' })];
    expect(listed(entries)).toEqual([]);
  });

  it('leaves out a withdrawn or an expired consent', () => {
    const entries = [
      given('ana', 'news', { noticeVersionId: 'v1' }),
      { ...given('ana', 'news'), action: 'withdrawn' as const, givenOn: undefined, withdrawnOn: '2026-02-01' },
      given('bo', 'news', { noticeVersionId: 'v1', expiresOn: TODAY }),
    ];
    expect(listed(entries)).toEqual([]);
  });

  it('a re-agreement is a new entry: the older one stays and the person leaves the list', () => {
    const old = given('ana', 'news', { noticeVersionId: 'v1' });
    expect(listed([old])).toEqual(['ana/news/olderVersion']);
    // Recorded the same day as another entry: the later record is the one in force.
    const again = given('ana', 'news', { noticeVersionId: 'v2', givenOn: TODAY });
    expect(listed([old, again])).toEqual([]);
    // A re-agreement dated before the consent it should replace does not replace it.
    expect(listed([given('bo', 'news', { noticeVersionId: 'v1', givenOn: '2026-03-09' }), given('bo', 'news', { noticeVersionId: 'v2', givenOn: '2026-03-01' })])).toEqual(['bo/news/olderVersion']);
  });

  it('a link to a version no longer held reads as a notice kept as text', () => {
    expect(listed([given('ana', 'news', { noticeVersionId: 'missing' })])).toEqual(['ana/news/noticeText']);
  });
});
