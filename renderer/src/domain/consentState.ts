// Where a person's consent to one purpose stands on a given day, read from the consent register's
// entries. History is never overwritten (a withdrawal is an entry of its own), so the state is the
// latest entry on or before that day. Pure.
import type { IsoDate } from './isoDate';

export const CONSENT_KINDS = ['express', 'implied', 'deemed', 'optOut'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** The facts consentState reads; the register's entries carry them. */
export interface ConsentFacts {
  id: string;
  createdAt: string;
  action: 'given' | 'withdrawn';
  personId: string;
  purposeId: string;
  kind?: ConsentKind;
  givenOn?: IsoDate;
  expiresOn?: IsoDate;
  withdrawnOn?: IsoDate;
}

export type ConsentStateName = 'inForce' | 'withdrawn' | 'expired' | 'none';

export interface ConsentState<E extends ConsentFacts = ConsentFacts> {
  state: ConsentStateName;
  /** The entry the state rests on: the consent (in force, expired) or the withdrawal. */
  entry?: E;
  /** For 'withdrawn': the consent the withdrawal ended, when there was one. */
  consent?: E;
}

/** The day an entry took effect. */
export function consentEntryDate(entry: ConsentFacts): IsoDate {
  return (entry.action === 'given' ? entry.givenOn : entry.withdrawnOn) ?? '';
}

/** Oldest first: by the day it took effect, then by when it was recorded. */
function chronological(a: ConsentFacts, b: ConsentFacts): number {
  return consentEntryDate(a).localeCompare(consentEntryDate(b)) || a.createdAt.localeCompare(b.createdAt);
}

/** One person's entries for one purpose, oldest first, leaving out those dated after `asOf`. */
export function consentHistory<E extends ConsentFacts>(entries: readonly E[], personId: string, purposeId: string, asOf?: IsoDate): E[] {
  return entries
    .filter((e) => e.personId === personId && e.purposeId === purposeId && (asOf === undefined || consentEntryDate(e) <= asOf))
    .sort(chronological);
}

/**
 * The state on `today`. An expiry date is the first day the consent no longer holds: a consent
 * expiring on 1 June is in force on 31 May and expired on 1 June.
 */
export function consentState<E extends ConsentFacts>(entries: readonly E[], personId: string, purposeId: string, today: IsoDate): ConsentState<E> {
  const history = consentHistory(entries, personId, purposeId, today);
  const latest = history.at(-1);
  if (!latest) return { state: 'none' };
  if (latest.action === 'withdrawn') {
    const consent = history.slice(0, -1).findLast((e) => e.action === 'given');
    return consent ? { state: 'withdrawn', entry: latest, consent } : { state: 'withdrawn', entry: latest };
  }
  if (latest.expiresOn !== undefined && latest.expiresOn <= today) return { state: 'expired', entry: latest };
  return { state: 'inForce', entry: latest };
}

/** Kinds a mail-out may rest on (privacy policy 3.3): asked for, or offered with a way to decline that was not taken. */
const MAIL_OUT_KINDS: readonly ConsentKind[] = ['express', 'optOut'];

/** The people who may be written to for this purpose today: express or opt-out consent in force, not withdrawn, not expired. */
export function mailOutList(entries: readonly ConsentFacts[], purposeId: string, today: IsoDate): string[] {
  const people = [...new Set(entries.filter((e) => e.purposeId === purposeId).map((e) => e.personId))];
  return people.filter((personId) => {
    const { state, entry } = consentState(entries, personId, purposeId, today);
    return state === 'inForce' && entry?.kind !== undefined && MAIL_OUT_KINDS.includes(entry.kind);
  });
}
