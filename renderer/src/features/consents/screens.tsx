// The consent register, as the app discovers it (features/registerScreens.ts): navigation, route and
// the tab on the person's page.
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { consentsRegister } from '../../domain/registers/consents';
import type { RegisterScreens } from '../registerScreens';
import { ConsentsPage } from './ConsentsPage';
import { ConsentsPersonTab } from './ConsentsPersonTab';

export const screens: RegisterScreens = {
  definition: consentsRegister,
  icon: <HowToRegIcon />,
  Page: ConsentsPage,
  PersonTab: ConsentsPersonTab,
};
