// The disclosure log as the app discovers it (features/registerScreens.ts): navigation, route and
// the tab on the person's page.
import OutboxIcon from '@mui/icons-material/Outbox';
import { disclosuresRegister } from '../../domain/registers/disclosures';
import type { RegisterScreens } from '../registerScreens';
import { DisclosuresPage } from './DisclosuresPage';
import { DisclosuresPersonTab } from './DisclosuresPersonTab';

export const screens: RegisterScreens = {
  definition: disclosuresRegister,
  icon: <OutboxIcon />,
  Page: DisclosuresPage,
  PersonTab: DisclosuresPersonTab,
};
