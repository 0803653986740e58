// The purposes register's place in the app: its navigation entry and page (features/registerScreens.ts).
// A purpose is about the office, not a person: no tab on the person's page.
import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import { purposesRegister } from '../../domain/registers/purposes';
import type { RegisterScreens } from '../registerScreens';
import { PurposesPage } from './PurposesPage';

export const screens: RegisterScreens = { definition: purposesRegister, icon: <TrackChangesIcon />, Page: PurposesPage };
