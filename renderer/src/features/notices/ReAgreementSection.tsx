// On a notice version that changes purposes: the people whose consent in force to one of them rests
// on anything but this version (domain/reAgreement.ts), each with a button to record their new
// agreement as a new consent entry. Before the version takes effect the list shows, the buttons wait.
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnlocked } from '../../app/unlocked';
import { displayName } from '../../domain/person';
import { reAgreementList, type ReAgreementItem } from '../../domain/reAgreement';
import type { ConsentEntry } from '../../domain/registers/consents';
import { hasTakenEffect, type NoticeVersion } from '../../domain/registers/notices';
import { useFormat } from '../../ui/format';
import { useConsentEntries, usePurposeName } from '../consents/useConsents';
import { ReAgreeDialog } from './ReAgreeDialog';
import { useVersionName } from './useNotices';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function ReAgreementSection({ version, versions }: { version: NoticeVersion; versions: readonly NoticeVersion[] }) {
  const { t } = useTranslation();
  const { session } = useUnlocked();
  const format = useFormat();
  const entries = useConsentEntries();
  const purposeName = usePurposeName();
  const name = useVersionName();
  const [agreeing, setAgreeing] = useState<ReAgreementItem<ConsentEntry, NoticeVersion> | null>(null);
  const today = session.today();
  const titleId = useId();
  const personName = useCallback(
    (id: string) => {
      const person = session.people.get(id);
      return person ? displayName(person) : t('registers.consents.unknownPerson');
    },
    [session, t],
  );
  // By name, then purpose: the order the officer works down the list in.
  const items = useMemo(
    () =>
      reAgreementList(version, versions, entries, today)
        .map((item) => ({ item, key: [personName(item.personId), purposeName(item.purposeId)] }))
        .sort((a, b) => collator.compare(a.key[0]!, b.key[0]!) || collator.compare(a.key[1]!, b.key[1]!))
        .map(({ item }) => item),
    [version, versions, entries, today, personName, purposeName],
  );
  const inEffect = hasTakenEffect(version, today);
  const basis = (item: ReAgreementItem<ConsentEntry, NoticeVersion>) =>
    t(`registers.notices.reAgreement.basis.${item.basis}`, { version: item.restsOn ? `${name(item.restsOn)} (${format.date(item.restsOn.effectiveOn)})` : '' });
  return (
    <section aria-labelledby={titleId}>
      <Typography id={titleId} variant="h3" sx={{ fontSize: '1.1rem', mt: 3, mb: 1 }}>
        {t('registers.notices.reAgreement.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('registers.notices.reAgreement.intro')}
      </Typography>
      {!inEffect && <Typography variant="body2" sx={{ mb: 1, fontWeight: 600 }}>{t('registers.notices.reAgreement.upcoming', { date: format.date(version.effectiveOn) })}</Typography>}
      <Typography variant="body2" role="status">
        {items.length === 0 ? t('registers.notices.reAgreement.none') : t('registers.notices.reAgreement.count', { count: items.length })}
      </Typography>
      {items.length > 0 && (
        <List dense aria-label={t('registers.notices.reAgreement.listLabel')}>
          {items.map((item) => (
            <ListItem
              key={`${item.personId}/${item.purposeId}`}
              secondaryAction={
                <Button
                  size="small"
                  disabled={!inEffect}
                  onClick={() => setAgreeing(item)}
                  aria-label={t('registers.notices.reAgreement.buttonFor', { person: personName(item.personId), purpose: purposeName(item.purposeId) })}
                >
                  {t('registers.notices.reAgreement.button')}
                </Button>
              }
              sx={{ pr: 24 }}
            >
              <ListItemText
                primary={t('registers.notices.reAgreement.line', { person: personName(item.personId), purpose: purposeName(item.purposeId) })}
                secondary={`${item.consent.reference ?? ''} · ${basis(item)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      <ReAgreeDialog item={agreeing} version={version} onClose={() => setAgreeing(null)} />
    </section>
  );
}
