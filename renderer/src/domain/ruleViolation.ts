// A rule of law or of the workflow refused an action. `rule` is an i18n key under `rules.` with
// its parameters (dates, sections), so the officer reads why, in their language; the message is
// the English text for logs and tests and never holds personal information.
export class RuleViolation extends Error {
  readonly code = 'ruleViolation';
  constructor(
    readonly rule: string,
    message: string,
    readonly params: Record<string, string | number> = {},
    /** The form field the rule is about, when there is one. */
    readonly field?: string,
  ) {
    super(`${message} Nothing was saved.`);
    this.name = 'RuleViolation';
  }
}
