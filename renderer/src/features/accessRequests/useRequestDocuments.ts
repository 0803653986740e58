// Opening, saving and printing a request's letters and attachments. Every read goes through the
// repository, which checks the bytes against their recorded SHA-256 before handing them over.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useUnlocked } from '../../app/unlocked';
import type { AccessRequest, Attachment, IssuedLetter } from '../../domain/accessRequest';
import { letterFileName, PDF_FILTER } from './documents';
import { fileExtension, safeFileName, safeTitle } from '../../host/safeFileName';

export interface RequestDocuments {
  openLetter(letter: IssuedLetter): Promise<void>;
  saveLetter(letter: IssuedLetter): Promise<void>;
  printLetter(letter: IssuedLetter): Promise<void>;
  openAttachment(attachment: Attachment): Promise<void>;
  saveAttachment(attachment: Attachment): Promise<void>;
  busy: boolean;
  error: unknown;
  clearError(): void;
}

/** `onStatus` receives a sentence for the page's status line (null clears it). */
export function useRequestDocuments(request: AccessRequest, onStatus: (message: string | null) => void): RequestDocuments {
  const { t } = useTranslation();
  const { host } = useServices();
  const { session } = useUnlocked();
  const repository = session.accessRequests;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async (work: () => Promise<string | null>) => {
      setBusy(true);
      setError(null);
      onStatus(null);
      try {
        onStatus(await work());
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [onStatus],
  );

  const letterTitle = useCallback(
    (letter: IssuedLetter) => t('letters.title', { kind: t(`letters.kinds.${letter.kind}`), reference: request.reference }),
    [t, request.reference],
  );

  return {
    busy,
    error,
    clearError: () => setError(null),
    openLetter: (letter) =>
      run(async () => {
        const { pdf } = await repository.readLetter(request.id, letter.id);
        await host.previewPdf({ title: letterTitle(letter), bytes: pdf });
        return null;
      }),
    printLetter: (letter) =>
      run(async () => {
        const { pdf } = await repository.readLetter(request.id, letter.id);
        await host.printPdf({ title: letterTitle(letter), bytes: pdf });
        return t('letters.printSent');
      }),
    saveLetter: (letter) =>
      run(async () => {
        const { pdf } = await repository.readLetter(request.id, letter.id);
        const outcome = await host.saveFile({ suggestedName: letterFileName(request.reference, letter), filters: [PDF_FILTER], bytes: pdf });
        return outcome.saved ? t('letters.savedAs', { fileName: outcome.fileName }) : t('letters.saveCancelled');
      }),
    openAttachment: (attachment) =>
      run(async () => {
        const { bytes } = await repository.readAttachment(request.id, attachment.id);
        await host.previewPdf({ title: safeTitle(attachment.name), bytes });
        return null;
      }),
    saveAttachment: (attachment) =>
      run(async () => {
        const { bytes } = await repository.readAttachment(request.id, attachment.id);
        // Whatever it was called when it came in (long, odd extension, `:`, a reserved name), it saves back out.
        const extension = fileExtension(attachment.name);
        const filter = extension ? { name: extension.toUpperCase(), extensions: [extension] } : { name: '*', extensions: ['*'] };
        const outcome = await host.saveFile({ suggestedName: safeFileName(attachment.name), filters: [filter], bytes });
        return outcome.saved ? t('attachments.savedAs', { fileName: outcome.fileName }) : t('attachments.saveCancelled');
      }),
  };
}

