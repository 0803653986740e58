// The notice versions as the screens read them, and how a version is named on screen.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { noticesRegister, type NoticeVersion, type NoticeVersionInput } from '../../domain/registers/notices';
import type { RegisterRepository } from '../../store/contract';
import { useRegisterRecords, useRegisterRepository } from '../../ui/registers/useRegisterRecords';

export function useNoticesRepository(): RegisterRepository<NoticeVersion, NoticeVersionInput> {
  return useRegisterRepository(noticesRegister);
}

export function useNoticeVersions(): readonly NoticeVersion[] {
  return useRegisterRecords(noticesRegister);
}

/** "Privacy notice v2": the document in the officer's language, then the version's own label. */
export function versionName(t: TFunction, version: Pick<NoticeVersion, 'document' | 'version'>): string {
  return t('registers.notices.versionName', { document: t(`registers.notices.documents.${version.document}`), version: version.version });
}

export function useVersionName(): (version: Pick<NoticeVersion, 'document' | 'version'>) => string {
  const { t } = useTranslation();
  return useCallback((version) => versionName(t, version), [t]);
}

/** "Notice: Privacy notice v2" for a consent entry: the version it names, else its notice text; '' for none. */
export function useNoticeShown(): (entry: { noticeVersionId?: string; notice?: string }) => string {
  const { t } = useTranslation();
  const repository = useNoticesRepository();
  return useCallback(
    (entry) => {
      const version = entry.noticeVersionId ? repository.get(entry.noticeVersionId) : undefined;
      const notice = version ? versionName(t, version) : entry.notice;
      return notice ? t('registers.consents.noticeLine', { notice }) : '';
    },
    [t, repository],
  );
}
