// zod results → ValidationError with i18n keys per field, so the form can mark each field.
import type { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { TEXT_PROBLEM_KEYS, textProblem } from '../domain/plainText';
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

/**
 * An attachment's name, media type and description against the limits the archive keeps them to
 * (domain/limits.ts), and the name and description free of hidden characters. Field -> i18n key.
 */
export function attachmentProblems(input: { name: string; mediaType: string; description?: string | undefined }): Record<string, string> {
  const fields: Record<string, string> = {};
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const nameProblem = textProblem(name, false);
  if (!name) fields.name = 'validation.required';
  else if (name.length > LIMITS.attachmentName) fields.name = 'validation.tooLong';
  // The officer cannot retype a file's name here: they rename the file.
  else if (nameProblem) fields.name = 'validation.fileNameCharacters';
  if (typeof input.mediaType !== 'string' || !input.mediaType || input.mediaType.length > LIMITS.mediaType) fields.mediaType = 'validation.invalid';
  const description = input.description?.trim();
  const descriptionProblem = description ? textProblem(description, true) : null;
  if (description && description.length > LIMITS.attachmentDescription) fields.description = 'validation.tooLong';
  else if (descriptionProblem) fields.description = TEXT_PROBLEM_KEYS[descriptionProblem];
  return fields;
}
