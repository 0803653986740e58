// Which ZIP entry names an archive may hold: the format's fixed names and one document path per
// letter or attachment, nothing else. Checked on every name before anything is inflated, so a
// crafted archive cannot smuggle in a path (`../x`, `/etc/x`, `a\b`) or a name that a plain object
// lookup would confuse with its prototype (`__proto__`, `constructor`, `toString`).
import { MANIFEST_ENTRY, PROFILE_ENTRY, TABLE_NAME } from './layout';

/** Every name Object.prototype answers to: `obj[name]` or `name in obj` would find these on `{}`. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

const FORMAT_NAME = new RegExp(
  `^(?:${[MANIFEST_ENTRY, PROFILE_ENTRY].map((n) => n.replace('.', '\\.')).join('|')}|tables/${TABLE_NAME}\\.jsonl` +
    `|documents/[A-Za-z0-9_-]{1,100}/[A-Za-z0-9_-]{1,100}\\.[a-z0-9]{1,10})$`,
);

export type EntryNameProblem = 'unsafeEntryName' | 'unexpectedEntry';

/** Null for a name the format can hold; otherwise why not. Pure: the writer and the reader share it. */
export function entryNameProblem(name: string): EntryNameProblem | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (name.length === 0 || name.length > 300 || /[\\\u0000-\u001f\u007f]/.test(name)) return 'unsafeEntryName';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'unsafeEntryName';
  if (name.split('/').some((segment) => segment === '..' || segment === '.' || PROTOTYPE_NAMES.has(segment) || PROTOTYPE_NAMES.has(segment.replace(/\.[^.]*$/, '')))) {
    return 'unsafeEntryName';
  }
  return FORMAT_NAME.test(name) ? null : 'unexpectedEntry';
}

/** A refused name as it may be shown: quoted, control characters escaped, at most 100 characters. */
export function printableEntryName(name: string): string {
  const quoted = JSON.stringify(name);
  return quoted.length > 100 ? `${quoted.slice(0, 99)}…` : quoted;
}
