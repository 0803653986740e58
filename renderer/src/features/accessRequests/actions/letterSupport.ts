// The bridge between an action and the letter that goes with it: the letter's input is built from
// the request as it will be after the action (applyAction on a copy), in the request's language of
// correspondence, never the officer's screen language. The commissioner is the officer's correction
// from settings when there is one (addresses change), else the default.
import type { AccessRequest, LetterKind } from '../../../domain/accessRequest';
import type { AccessAction } from '../../../domain/accessWorkflow';
import { commissionerFor } from '../../../domain/commissioners';
import type { PersonAnnotation } from '../../../domain/corrections';
import { editableParagraphs, type AccessLetterInput, type EditableParagraph } from '../../../domain/letters/accessLetterContent';
import type { OrganisationProfile, PrivacyOfficer } from '../../../domain/organisation';
import type { Person } from '../../../domain/person';
import type { AppSettings } from '../../../store/contract';

export interface PreparedLetter {
  kind: LetterKind;
  input: AccessLetterInput;
  paragraphs: EditableParagraph[];
}

export function prepareLetter(args: {
  kind: LetterKind;
  action: AccessAction;
  after: AccessRequest;
  person: Person;
  organisation: OrganisationProfile;
  officer: PrivacyOfficer;
  /** The officer's corrections of the commissioners (AppSettings.commissioners). */
  commissioners: AppSettings['commissioners'] | undefined;
  /** The person's annotations (corrections asked for, not made): a response gives them. */
  annotations?: readonly PersonAnnotation[];
}): PreparedLetter {
  const regime = args.after.regime;
  const input: AccessLetterInput = {
    kind: args.kind,
    language: args.after.language,
    issuedOn: args.action.on,
    request: args.after,
    person: args.person,
    organisation: args.organisation,
    officer: args.officer,
    commissioner: commissionerFor(regime, args.commissioners?.[regime]),
    ...(args.annotations?.length ? { annotations: args.annotations } : {}),
  };
  return { kind: args.kind, input, paragraphs: editableParagraphs(input) };
}

export function withParagraphs(input: AccessLetterInput, paragraphs: Record<string, string>): AccessLetterInput {
  return { ...input, paragraphs };
}
