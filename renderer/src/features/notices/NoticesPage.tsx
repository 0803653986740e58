// The notices register: every version of the privacy notice and the agreement terms, by document,
// newest first, with its status today. A row opens the version (its text, the purposes it changes,
// the people to ask again); "New version" records one. The CSV holds the versions shown.
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { NOTICE_DOCUMENTS, noticesRegister, noticeStatus, type NoticeVersion, type NoticeVersionInput } from '../../domain/registers/notices';
import { useFormat } from '../../ui/format';
import { RegisterListPage } from '../../ui/registers/RegisterListPage';
import type { RegisterColumn, RegisterFilter } from '../../ui/registers/RegisterTable';
import { usePurposeName } from '../consents/useConsents';
import { NoticeDialog } from './NoticeDialog';
import { NoticeView } from './NoticeView';
import { useNoticeVersions } from './useNotices';

/** What the version dialog opens with: a version to edit, or the values of a new one (possibly copied from another). */
export type Editing = { version: NoticeVersion } | { draft: Partial<NoticeVersionInput> };

export function NoticesPage() {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const versions = useNoticeVersions();
  const purposeName = usePurposeName();
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const today = session.today();
  const purposesOf = useCallback((v: NoticeVersion) => v.changedPurposeIds.map(purposeName).join(', '), [purposeName]);

  const columns = useMemo<RegisterColumn<NoticeVersion>[]>(
    () => [
      { id: 'document', header: t('registers.notices.columns.document'), cell: (v) => t(`registers.notices.documents.${v.document}`), width: 'minmax(10rem, 1fr)' },
      { id: 'version', header: t('registers.notices.columns.version'), cell: (v) => v.version, width: 'minmax(8rem, 1fr)' },
      { id: 'effectiveOn', header: t('registers.notices.columns.effectiveOn'), cell: (v) => format.date(v.effectiveOn), width: 150 },
      { id: 'status', header: t('registers.notices.columns.status'), cell: (v) => t(`registers.notices.status.${noticeStatus(v, versions, today)}`), width: 130 },
      { id: 'changedPurposes', header: t('registers.notices.columns.changedPurposes'), cell: purposesOf, priority: 'low', width: 'minmax(10rem, 2fr)' },
    ],
    [t, format, versions, today, purposesOf],
  );
  const filters = useMemo<RegisterFilter<NoticeVersion>[]>(
    () => [
      {
        id: 'document',
        label: t('registers.notices.filters.document'),
        options: NOTICE_DOCUMENTS.map((d) => ({ value: d, label: t(`registers.notices.documents.${d}`) })),
        matches: (v, value) => v.document === value,
      },
    ],
    [t],
  );
  const searchText = useCallback((v: NoticeVersion) => [v.version, t(`registers.notices.documents.${v.document}`), purposesOf(v)].join(' '), [t, purposesOf]);
  // Read from the list so the view follows the store (a retirement, a new version).
  const open = openId ? versions.find((v) => v.id === openId) : undefined;

  return (
    <>
      <RegisterListPage<NoticeVersion>
        title={t('registers.notices.title')}
        intro={<Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('registers.notices.intro')}</Typography>}
        records={versions}
        columns={columns}
        filters={filters}
        searchText={searchText}
        onOpen={(v) => setOpenId(v.id)}
        newLabel={t('registers.notices.new')}
        onNew={() => setEditing({ draft: {} })}
        csv={{ definition: noticesRegister }}
        emptyText={t('registers.notices.empty')}
      />
      {open && (
        <NoticeView
          version={open}
          onEdit={() => setEditing({ version: open })}
          onNewFrom={() => setEditing({ draft: { document: open.document, text: open.text } })}
          onClose={() => setOpenId(null)}
        />
      )}
      {editing && (
        <NoticeDialog
          key={'version' in editing ? editing.version.id : 'new'}
          editing={editing}
          onSaved={(saved) => {
            setEditing(null);
            setOpenId(saved.id);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
