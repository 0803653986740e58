// The withdrawal confirmation letter's facts from a withdrawal entry (BC PIPA s.9): the purpose that
// stops, the consequences as the officer explained them (prefilled from the purpose in the withdraw
// form), and a use a legal obligation keeps going (s.9(5)).
import type { ConsentWithdrawalLetterInput } from '../../domain/letters/recordLetters';
import type { Language } from '../../domain/language';
import { displayName, type Person } from '../../domain/person';
import type { ConsentEntry } from '../../domain/registers/consents';
import type { Session } from '../../store/contract';

export function withdrawalLetterInput(session: Session, entry: ConsentEntry, person: Person, purpose: string, language: Language): ConsentWithdrawalLetterInput {
  const organisation = session.organisation();
  return {
    kind: 'consentWithdrawal',
    language,
    issuedOn: session.today(),
    regime: organisation.defaultRegime,
    organisation,
    officer: session.officer(),
    person: { name: displayName(person), ...(person.address ? { address: person.address } : {}), ...(person.email ? { email: person.email } : {}) },
    reference: entry.reference ?? '',
    withdrawnOn: entry.withdrawnOn ?? '',
    how: entry.how,
    purposes: [purpose],
    consequences: entry.consequences ?? '',
    ...(entry.legalObligation ? { continuing: [{ use: purpose, obligation: entry.legalObligation }] } : {}),
  };
}
