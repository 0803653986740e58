// A register as CSV, read from its definition: the columns are `definition.csv`, the headers
// `registers.<name>.csv.<id>` in the officer's language, a `{ term }` value is translated, text and
// numbers go as they are (csvDocument neutralises formulas). Dates stay YYYY-MM-DD so every
// spreadsheet sorts them as dates, whatever its locale.
import type { TFunction } from 'i18next';
import { csvDocument, type CsvSeparator } from '../../domain/csv';
import { displayName } from '../../domain/person';
import type { AnyRegisterDefinition, CsvContext, CsvValue, RegisterRecord } from '../../domain/registers/definition';
import type { Session } from '../../store/contract';
import type { CsvExportSource } from '../csv/CsvExportDialog';

export function csvHeader(t: TFunction, definition: AnyRegisterDefinition): string[] {
  return definition.csv.map((column) => t(`registers.${definition.name}.csv.${column.id}`));
}

export function csvCellValue(t: TFunction, value: CsvValue): string | number | undefined {
  if (value !== null && typeof value === 'object') return 'terms' in value ? value.terms.map((term) => t(term)).join('; ') : t(value.term);
  return value;
}

/** Names and labels looked up in the open vault; a record that is gone reads as empty, never as its id. */
export function csvContext(session: Pick<Session, 'people' | 'registers'>): CsvContext {
  return {
    personName(id) {
      const person = session.people.get(id);
      return person ? displayName(person) : undefined;
    },
    label(register, id) {
      const repository = session.registers.byName(register);
      const record = repository?.get(id);
      return repository && record ? repository.definition.label(record) : undefined;
    },
  };
}

export function definitionCsv(
  t: TFunction,
  definition: AnyRegisterDefinition,
  records: readonly RegisterRecord[],
  context: CsvContext,
  separator: CsvSeparator = ',',
): string {
  const rows = records.map((record) => definition.csv.map((column) => csvCellValue(t, column.value(record, context))));
  return csvDocument(csvHeader(t, definition), rows, separator);
}

/** The export dialog's description of these records (the ones the list shows, after its filters). */
export function definitionCsvSource(
  t: TFunction,
  definition: AnyRegisterDefinition,
  records: readonly RegisterRecord[],
  session: Pick<Session, 'people' | 'registers'>,
): CsvExportSource {
  const registerTitle = t(`registers.${definition.name}.title`);
  return {
    register: definition.name,
    title: t('ui.csv.title', { register: registerTitle }),
    contents: t('ui.csv.contents', { count: records.length, columns: csvHeader(t, definition).join(', ') }),
    columns: definition.csv.map((column) => column.id),
    // A file name the officer recognises, in their language, without characters a file system refuses.
    fileName: registerTitle.toLocaleLowerCase().replace(/[\\/:*?"<>|\s]+/g, '-'),
    text: (separator) => definitionCsv(t, definition, records, csvContext(session), separator),
  };
}
