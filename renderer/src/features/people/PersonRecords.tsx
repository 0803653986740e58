// What the office holds about a person, one tab per register: their access requests, then every
// register whose screens offer a person tab (features/registerScreens.ts), so a new register shows
// here without this file changing.
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequestRepository } from '../../store/contract';
import { REGISTER_SCREENS } from '../registerScreens';
import { PersonRequests } from './PersonRequests';

export function PersonRecords({ repository, personId, personName }: { repository: AccessRequestRepository; personId: string; personName: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState(0);
  const baseId = useId();
  // Read at render, not at module load: the registers' screens import the person picker, which leads back here.
  const PERSON_TABS = REGISTER_SCREENS.filter((s) => s.PersonTab);
  if (PERSON_TABS.length === 0) return <PersonRequests repository={repository} personId={personId} personName={personName} />;
  const Current = tab === 0 ? null : PERSON_TABS[tab - 1]!.PersonTab!;
  return (
    <Box sx={{ mt: 3 }}>
      <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} variant="scrollable" aria-label={t('people.recordsTabs')}>
        <Tab label={t('people.requests.heading')} id={`${baseId}-tab-0`} aria-controls={`${baseId}-panel`} />
        {PERSON_TABS.map((s, i) => (
          <Tab key={s.definition.name} label={t(`registers.${s.definition.name}.personTab`)} id={`${baseId}-tab-${i + 1}`} aria-controls={`${baseId}-panel`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${tab}`}>
        {Current ? <Current personId={personId} /> : <PersonRequests repository={repository} personId={personId} personName={personName} />}
      </Box>
    </Box>
  );
}
