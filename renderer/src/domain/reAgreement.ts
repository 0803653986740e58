// Who must be asked to agree again when a new version of the privacy notice or the agreement terms
// changes a purpose (privacy policy 3; PIPEDA Sch.1 4.2.4: a new purpose needs consent before use).
// A person is listed for a changed purpose when the consent in force today rests on an older version
// of that document, on a version of the other document, on a notice recorded only as text, or on no
// notice at all: none of those shows they read this version. Re-agreeing is a new consent entry
// naming this version; the list is then empty for them. Pure.
import { consentState, type ConsentFacts } from './consentState';
import type { IsoDate } from './isoDate';
import type { NoticeDocument } from './registers/notices';

/** What the list reads of a notice version. */
export interface NoticeVersionFacts {
  id: string;
  document: NoticeDocument;
  effectiveOn: IsoDate;
  changedPurposeIds: readonly string[];
}

/** What the list reads of a consent entry besides consentState's facts. */
export interface NoticedConsent extends ConsentFacts {
  noticeVersionId?: string;
  notice?: string;
}

/** Why the consent in force does not show the person read this version. */
export type OutdatedBasis = 'olderVersion' | 'otherDocument' | 'noticeText' | 'noNotice';

export interface ReAgreementItem<E extends NoticedConsent = NoticedConsent, V extends NoticeVersionFacts = NoticeVersionFacts> {
  personId: string;
  purposeId: string;
  /** The consent in force today. */
  consent: E;
  basis: OutdatedBasis;
  /** The version it rests on, for 'olderVersion' and 'otherDocument'. */
  restsOn?: V;
}

/** The version a consent rests on, and whether it is this version or a later one of the same document. */
function basisOf<V extends NoticeVersionFacts>(consent: NoticedConsent, version: NoticeVersionFacts, versions: ReadonlyMap<string, V>): { basis: OutdatedBasis; restsOn?: V } | null {
  const restsOn = consent.noticeVersionId ? versions.get(consent.noticeVersionId) : undefined;
  if (!restsOn) {
    // A link to a version no longer held reads like a notice kept as text: it shows nothing of this one.
    if (consent.noticeVersionId || consent.notice) return { basis: 'noticeText' };
    return { basis: 'noNotice' };
  }
  if (restsOn.document !== version.document) return { basis: 'otherDocument', restsOn };
  if (restsOn.id === version.id || restsOn.effectiveOn >= version.effectiveOn) return null;
  return { basis: 'olderVersion', restsOn };
}

/**
 * The people to ask again for `version`: for each purpose it changes, each person whose consent to
 * that purpose is in force on `today` and rests on anything but this version or a later one of the
 * same document. A withdrawn or expired consent is not asked again. In the order of the changed
 * purposes, then by person id (the screen sorts by name).
 */
export function reAgreementList<E extends NoticedConsent, V extends NoticeVersionFacts>(
  version: NoticeVersionFacts,
  versions: readonly V[],
  entries: readonly E[],
  today: IsoDate,
): ReAgreementItem<E, V>[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const items: ReAgreementItem<E, V>[] = [];
  for (const purposeId of new Set(version.changedPurposeIds)) {
    const forPurpose = entries.filter((e) => e.purposeId === purposeId);
    const people = [...new Set(forPurpose.map((e) => e.personId))].sort();
    for (const personId of people) {
      const { state, entry } = consentState(forPurpose, personId, purposeId, today);
      if (state !== 'inForce' || !entry) continue;
      const outdated = basisOf(entry, version, byId);
      if (outdated) items.push({ personId, purposeId, consent: entry, ...outdated });
    }
  }
  return items;
}
