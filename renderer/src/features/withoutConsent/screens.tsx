// The register of collections, uses and disclosures without consent, as the app discovers it
// (features/registerScreens.ts): navigation, route and the tab on the person's page.
import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import { withoutConsentRegister } from '../../domain/registers/withoutConsent';
import type { RegisterScreens } from '../registerScreens';
import { WithoutConsentPage } from './WithoutConsentPage';
import { WithoutConsentPersonTab } from './WithoutConsentPersonTab';

export const screens: RegisterScreens = {
  definition: withoutConsentRegister,
  icon: <GppMaybeIcon />,
  Page: WithoutConsentPage,
  PersonTab: WithoutConsentPersonTab,
};
