// Issuing and saving the letters of one register record (definition.letters). The PDF is built by
// the screen, then sealed by the store with the record (issueLetter): if building refuses (a
// recipient without an address) nothing is written. Saving reads the letter back through the
// store, which checks it against its recorded SHA-256, and hands it to the host's save dialog.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import type { RecordLetterToIssue, RegisterDefinition, RegisterLetter, RegisterRecord } from '../../domain/registers/definition';
import { useRegisterRepository } from './useRegisterRecords';

const PDF_FILTER = { name: 'PDF', extensions: ['pdf'] };

export interface RecordLetters {
  /** Builds the PDF and issues it; resolves to the letter issued, or null when refused (the error is set). */
  issue(letter: RecordLetterToIssue, build: () => Promise<Uint8Array>): Promise<RegisterLetter | null>;
  preview(title: string, build: () => Promise<Uint8Array>): Promise<void>;
  save(letter: RegisterLetter): Promise<void>;
  busy: boolean;
  error: unknown;
  status: string | null;
  clearError(): void;
}

/** File names hold the reference, the kind, the date and the language, never a name. */
export function recordLetterFileName(reference: string, letter: Pick<RegisterLetter, 'kind' | 'issuedOn' | 'language'>, n?: number): string {
  return `${reference}-${letter.kind}${n ? `-${n}` : ''}-${letter.issuedOn}-${letter.language}.pdf`;
}

export function useRecordLetters<R extends RegisterRecord, I>(definition: RegisterDefinition<R, I>, record: R | undefined): RecordLetters {
  const { t } = useTranslation();
  const { host } = useServices();
  const repository = useRegisterRepository(definition);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    busy,
    error,
    status,
    clearError: () => setError(null),
    issue: (letter, build) =>
      run(async () => {
        if (!record) throw new Error('No record to issue the letter on.');
        // Built first: a letter the domain refuses (no address, no text) is never issued.
        const pdf = await build();
        const issued = await repository.issueLetter(record.id, letter, pdf);
        setStatus(t('recordLetters.issued', { kind: t(`letters.kinds.${issued.kind}`) }));
        return issued;
      }),
    preview: async (title, build) => {
      await run(async () => host.previewPdf({ title, bytes: await build() }));
    },
    save: async (letter) => {
      await run(async () => {
        if (!record) return;
        const { pdf } = await repository.readLetter(record.id, letter.id);
        const same = (record.letters ?? []).filter((l) => l.kind === letter.kind && l.issuedOn === letter.issuedOn && l.language === letter.language);
        const n = same.length > 1 ? same.indexOf(letter) + 1 : undefined;
        const outcome = await host.saveFile({ suggestedName: recordLetterFileName(record.reference ?? record.id, letter, n), filters: [PDF_FILTER], bytes: pdf });
        setStatus(outcome.saved ? t('letters.savedAs', { fileName: outcome.fileName }) : t('letters.saveCancelled'));
      });
    },
  };
}
