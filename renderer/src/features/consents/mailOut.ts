// The mail-out list as a CSV export source: the people with express or opt-out consent in force for
// one purpose today (mailOutList), by name, email and address. The export dialog warns the file is
// not encrypted and records the export (register, columns; never the values) in the audit trail.
import type { TFunction } from 'i18next';
import { mailOutList, type ConsentFacts } from '../../domain/consentState';
import { csvDocument } from '../../domain/csv';
import { displayName } from '../../domain/person';
import type { PeopleRepository } from '../../store/contract';
import type { CsvExportSource } from '../../ui/csv/CsvExportDialog';

export const MAIL_OUT_COLUMNS = ['name', 'email', 'address'] as const;

export function mailOutSource(
  t: TFunction,
  people: Pick<PeopleRepository, 'get'>,
  entries: readonly ConsentFacts[],
  purpose: { id: string; name: string },
  today: string,
): CsvExportSource {
  // A person no longer on file (never expected: links are checked) is left out rather than printed as an id.
  const list = mailOutList(entries, purpose.id, today).flatMap((id) => {
    const person = people.get(id);
    return person ? [person] : [];
  });
  return {
    register: 'consents',
    title: t('registers.consents.mailOut.title'),
    contents: t('registers.consents.mailOut.contents', { count: list.length, purpose: purpose.name }),
    columns: ['mailOut', ...MAIL_OUT_COLUMNS],
    fileName: t('registers.consents.mailOut.fileName'),
    text: (separator) =>
      csvDocument(
        MAIL_OUT_COLUMNS.map((c) => t(`registers.consents.mailOut.${c}`)),
        list.map((p) => [displayName(p), p.email ?? '', p.address ?? '']),
        separator,
      ),
  };
}
