// Correction requests as the app discovers them (features/registerScreens.ts): navigation, route and
// the tab on the person's page.
import EditNoteIcon from '@mui/icons-material/EditNote';
import { correctionRequestsRegister } from '../../domain/registers/correctionRequests';
import type { RegisterScreens } from '../registerScreens';
import { CorrectionRequestsPage } from './CorrectionRequestsPage';
import { CorrectionRequestsPersonTab } from './CorrectionRequestsPersonTab';

export const screens: RegisterScreens = {
  definition: correctionRequestsRegister,
  icon: <EditNoteIcon />,
  Page: CorrectionRequestsPage,
  PersonTab: CorrectionRequestsPersonTab,
};
