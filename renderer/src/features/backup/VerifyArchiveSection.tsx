// Check any archive: what it holds, and "Integrity OK" or the exact reason it is refused. Only the
// manifest is kept once the check is done; the decrypted records are dropped at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveManifest } from '../../archive';
import { ArchiveSummary } from './ArchiveSummary';
import { OpenArchiveForm } from './OpenArchiveForm';

export function VerifyArchiveSection() {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<{ fileName: string; manifest: ArchiveManifest } | null>(null);
  return (
    <>
      <OpenArchiveForm
        submitLabel={t('backup.verify.submit')}
        onFileChosen={() => setChecked(null)}
        onOpened={({ fileName, contents }) => setChecked({ fileName, manifest: contents.manifest })}
      />
      {checked && <ArchiveSummary fileName={checked.fileName} manifest={checked.manifest} />}
    </>
  );
}
