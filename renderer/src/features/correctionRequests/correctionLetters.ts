// The correction letters' facts from a correction request (recordLetterInput.ts): the
// acknowledgement and the outcome to the person, and the notice to each organisation that received
// the information in the year before the correction (corrections.ts, BC PIPA s.24(2)(b)).
import { recipientIdOf, recipientsToNotify, type DisclosedRecipient } from '../../domain/corrections';
import type { Language } from '../../domain/language';
import type {
  CorrectionAcknowledgementLetterInput,
  CorrectionNoticeLetterInput,
  CorrectionOutcomeLetterInput,
  RecordLetterBase,
} from '../../domain/letters/recordLetters';
import { displayName, type Person } from '../../domain/person';
import { correctionDeadline, type CorrectionRequest } from '../../domain/registers/correctionRequests';
import type { Disclosure } from '../../domain/registers/disclosures';
import type { Session } from '../../store/contract';

function base(session: Session, request: CorrectionRequest, person: Person, language: Language): RecordLetterBase {
  return {
    language,
    issuedOn: session.today(),
    regime: request.regime,
    organisation: session.organisation(),
    officer: session.officer(),
    person: { name: displayName(person), ...(person.address ? { address: person.address } : {}), ...(person.email ? { email: person.email } : {}) },
  };
}

const facts = (r: CorrectionRequest) => ({ reference: r.reference ?? '', receivedOn: r.receivedOn, whatIsWrong: r.whatIsWrong, correctionAsked: r.correctionAsked });

export function acknowledgementInput(session: Session, request: CorrectionRequest, person: Person, language: Language): CorrectionAcknowledgementLetterInput {
  const due = correctionDeadline(request.regime, request.receivedOn).due;
  return { ...base(session, request, person, language), kind: 'correctionAcknowledgement', request: facts(request), ...(due ? { dueOn: due } : {}) };
}

/** The recipients a correction made by `request` goes to, each with its latest disclosure in the window. */
export function noticeRecipients(request: CorrectionRequest, disclosures: readonly Disclosure[]): { id: string; recipient: DisclosedRecipient; disclosedOn: string }[] {
  if (request.decision?.outcome !== 'corrected') return [];
  const correctedOn = request.decision.on;
  return recipientsToNotify(disclosures, correctedOn).map((recipient) => {
    const id = recipientIdOf(recipient);
    const dates = disclosures.filter((d) => recipientIdOf(d.recipient) === id && d.disclosedOn <= correctedOn).map((d) => d.disclosedOn);
    return { id, recipient, disclosedOn: dates.sort().at(-1)! };
  });
}

export function outcomeInput(session: Session, request: CorrectionRequest, person: Person, language: Language, recipients: readonly DisclosedRecipient[]): CorrectionOutcomeLetterInput {
  const decision = request.decision!;
  const commissioner = session.settings().commissioners[request.regime];
  return {
    ...base(session, request, person, language),
    kind: 'correctionOutcome',
    request: facts(request),
    decision: { on: decision.on, outcome: decision.outcome, ...(decision.whatChanged ? { whatChanged: decision.whatChanged } : {}), ...(decision.annotation ? { annotation: decision.annotation } : {}) },
    ...(decision.outcome === 'corrected' && recipients.length ? { recipientsNotified: recipients.map((r) => r.name) } : {}),
    ...(commissioner ? { commissioner } : {}),
  };
}

export function noticeInput(session: Session, request: CorrectionRequest, person: Person, language: Language, to: { recipient: DisclosedRecipient; disclosedOn: string }): CorrectionNoticeLetterInput {
  const decision = request.decision!;
  return {
    ...base(session, request, person, language),
    kind: 'correctionNotice',
    request: { reference: request.reference ?? '' },
    recipient: { name: to.recipient.name, ...(to.recipient.address ? { address: to.recipient.address } : {}) },
    correctedOn: decision.on,
    correctedInformation: decision.whatChanged ?? '',
    disclosedOn: to.disclosedOn,
  };
}
