// The officer's free text in a workflow step (fee basis, extension reasons, response summary,
// decision items, the Commission's note) and the letter paragraphs: held to the limits the archive
// holds them to (limits.ts) and free of hidden characters (plainText.ts). applyAction runs these, so
// the dialog and the store refuse the same values, and nothing accepted can fail the next backup.
import type { AccessAction } from './accessWorkflow';
import type { AccessRequest } from './accessRequest';
import { LIMITS } from './limits';
import { textProblem } from './plainText';
import { RuleViolation } from './ruleViolation';

function checkText(value: string | undefined, max: number, field: string, multiline = true): void {
  if (typeof value !== 'string') return;
  // Counted as stored (untrimmed): the archive checks the same length.
  if (value.length > max) {
    throw new RuleViolation('textTooLong', `The text is longer than ${max} characters; shorten it.`, { max }, field);
  }
  const problem = textProblem(value, multiline);
  if (problem === 'controlCharacter') throw new RuleViolation('controlCharacter', 'The text holds a hidden control character; retype it.', {}, field);
  if (problem === 'bidiControl') {
    throw new RuleViolation('bidiControl', 'The text holds a hidden character that reverses the reading direction; retype it.', {}, field);
  }
}

/** Throws RuleViolation on the first text of `action` the archive could not keep or the letter would show differently. */
export function checkActionText(request: Pick<AccessRequest, 'clockStops'>, action: AccessAction): void {
  switch (action.type) {
    case 'sendFeeEstimate':
      return checkText(action.basis, LIMITS.feeBasis, 'basis');
    case 'extend':
      checkText(action.reasons, LIMITS.extensionReasons, 'reasons');
      return checkText(action.commissionerPermission, LIMITS.commissionerPermission, 'commissionerPermission');
    case 'respond':
      // Completeness (a ground for what is withheld) is applyAction's own check.
      action.items.forEach((item, i) => {
        checkText(item.description, LIMITS.decisionDescription, `items.${i}.description`);
        checkText(item.ground, LIMITS.decisionGround, `items.${i}.ground`);
        checkText(item.provision, LIMITS.provision, `items.${i}.provision`, false);
      });
      for (const field of ['uses', 'disclosedTo', 'enclosed', 'alternative'] as const) checkText(action[field], LIMITS.responseText, field);
      return;
    case 'applyToCai':
      return checkText(action.reasons, LIMITS.caiReasons, 'reasons');
    case 'recordCaiDecision':
      return checkText(action.note, LIMITS.caiNote, 'note');
    case 'stopClock':
      if ((request.clockStops?.length ?? 0) >= LIMITS.clockStops) {
        throw new RuleViolation('tooManyClockStops', `A request can hold at most ${LIMITS.clockStops} clock stops.`, { max: LIMITS.clockStops });
      }
      return;
    default:
      return;
  }
}

/** The edited paragraphs of a letter: same limits and characters as the archive keeps (ValidationError-style field names). */
export function letterParagraphProblems(paragraphs: Readonly<Record<string, string>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, text] of Object.entries(paragraphs)) {
    if (typeof text !== 'string') fields[`paragraphs.${key}`] = 'validation.invalid';
    else if (text.length > LIMITS.letterParagraph) fields[`paragraphs.${key}`] = 'validation.paragraphTooLong';
    else if (textProblem(text, true) === 'controlCharacter') fields[`paragraphs.${key}`] = 'validation.controlCharacter';
    else if (textProblem(text, true) === 'bidiControl') fields[`paragraphs.${key}`] = 'validation.bidiControl';
  }
  return fields;
}
