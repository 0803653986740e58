// zod results → ValidationError with i18n keys per field, so the form can mark each field.
import type { z } from 'zod';
import { ValidationError } from './errors';

function messageKey(issue: z.core.$ZodIssue): string {
  // Our schemas give i18n keys as messages; zod's own messages (a missing field, an unknown enum
  // value) are English sentences, so map them to generic keys.
  if (issue.message.startsWith('validation.')) return issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'validation.required';
  return 'validation.invalid';
}

export function issuesToFields(issues: readonly z.core.$ZodIssue[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = prefix + (issue.path.length ? issue.path.map(String).join('.') : '_');
    fields[path] ??= messageKey(issue);
  }
  return fields;
}

/** The parsed value, or ValidationError naming the fields (never their values). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(issuesToFields(result.error.issues));
  return result.data;
}
