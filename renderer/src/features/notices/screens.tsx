// The notices register as the app discovers it (features/registerScreens.ts): navigation and route.
// A notice is about the office, not a person: no tab on the person's page.
import PolicyIcon from '@mui/icons-material/Policy';
import { noticesRegister } from '../../domain/registers/notices';
import type { RegisterScreens } from '../registerScreens';
import { NoticesPage } from './NoticesPage';

export const screens: RegisterScreens = { definition: noticesRegister, icon: <PolicyIcon />, Page: NoticesPage };
