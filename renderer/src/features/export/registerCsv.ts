// The registers as CSV tables for the officer's own spreadsheets. Column ids are stable names (they
// are what the audit entry records); headers and values are in the officer's language. Dates stay
// YYYY-MM-DD so every spreadsheet sorts them as dates, whatever its locale.
import type { TFunction } from 'i18next';
import { currentDue, type AccessRequest } from '../../domain/accessRequest';
import { csvDocument, type CsvSeparator } from '../../domain/csv';
import { displayName, type Person } from '../../domain/person';
import type { Session } from '../../store/contract';
import type { CsvExportSource } from '../../ui/csv/CsvExportDialog';

export type Register = 'people' | 'accessRequests';

/**
 * The people register leaves out the free-text notes: they hold the most sensitive details and a
 * spreadsheet of contacts does not need them (collect and disclose no more than the purpose needs).
 */
export const PEOPLE_COLUMNS = ['familyName', 'givenName', 'kind', 'email', 'phone', 'address', 'externalRef', 'status'] as const;
export const ACCESS_REQUEST_COLUMNS = ['reference', 'person', 'received', 'regime', 'status', 'due', 'responded'] as const;

export const REGISTER_COLUMNS: Record<Register, readonly string[]> = { people: PEOPLE_COLUMNS, accessRequests: ACCESS_REQUEST_COLUMNS };

export interface RegisterSources {
  people: () => Person[];
  accessRequests: () => AccessRequest[];
  personById: (id: string) => Person | undefined;
}

function peopleRows(t: TFunction, people: Person[]): string[][] {
  return people.map((p) => [
    p.familyName,
    p.givenName,
    t(`people.kinds.${p.kind}`),
    p.email ?? '',
    p.phone ?? '',
    p.address ?? '',
    p.externalRef ?? '',
    p.archivedAt ? t('people.archived') : t('people.active'),
  ]);
}

function requestRows(t: TFunction, requests: AccessRequest[], personById: RegisterSources['personById']): string[][] {
  return requests.map((r) => {
    const person = personById(r.personId);
    return [
      r.reference,
      person ? displayName(person) : t('accessRequests.unknownPerson'),
      r.receivedOn,
      t(`regimesShort.${r.regime}`),
      t(`accessRequests.status.${r.status}`),
      currentDue(r),
      r.respondedOn ?? '',
    ];
  });
}

/** The register's CSV text and how many records it holds. */
export function registerCsv(t: TFunction, register: Register, sources: RegisterSources, separator: CsvSeparator = ','): { text: string; count: number } {
  const columns = REGISTER_COLUMNS[register];
  const header = columns.map((column) => t(`csv.columns.${register}.${column}`));
  const rows = register === 'people' ? peopleRows(t, sources.people()) : requestRows(t, sources.accessRequests(), sources.personById);
  return { text: csvDocument(header, rows, separator), count: rows.length };
}

/** What the export dialog shows and saves for people or access requests: every record, archived included. */
export function registerCsvSource(t: TFunction, register: Register, session: Pick<Session, 'people' | 'accessRequests'>): CsvExportSource {
  const columns = REGISTER_COLUMNS[register];
  const count = register === 'people' ? session.people.count({ includeArchived: true }) : session.accessRequests.list().length;
  const columnWords = columns.map((column) => t(`csv.columns.${register}.${column}`)).join(', ');
  const sources: RegisterSources = {
    people: () => session.people.list({ includeArchived: true }),
    accessRequests: () => session.accessRequests.list(),
    personById: (id) => session.people.get(id),
  };
  return {
    register,
    title: t(`csv.title.${register}`),
    contents: t(`csv.contents.${register}`, { count, columns: columnWords }),
    columns,
    fileName: t(`csv.fileName.${register}`),
    text: (separator) => registerCsv(t, register, sources, separator).text,
  };
}
