// The unlocked tree. Everything that can hold decrypted data lives below this component, so
// unmounting it on lock releases all of it at once.
import { useEffect } from 'react';
import { RequestPage } from '../features/accessRequests/RequestPage';
import { RequestsPage } from '../features/accessRequests/RequestsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { BackupPage } from '../features/backup/BackupPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { RecoveryKitPrompt } from '../features/unlock/RecoveryKitPrompt';
import { screensFor } from '../features/registerScreens';
import { AppFrame } from './AppFrame';
import { Navigation } from './Navigation';
import { areaOf, requestIdOf, type Route } from './routes';
import { MAIN_CONTENT_ID } from './SkipLink';
import { useHashRoute } from './useHashRoute';
import { useServices } from './services';
import { useUnlocked } from './unlocked';

function Page({ route }: { route: Route }) {
  const requestId = requestIdOf(route);
  if (requestId) return <RequestPage key={requestId} requestId={requestId} />;
  const area = areaOf(route);
  const RegisterPage = screensFor(area)?.Page;
  if (RegisterPage) return <RegisterPage />;
  switch (area) {
    case 'dashboard':
      return <DashboardPage />;
    case 'requests':
      return <RequestsPage />;
    case 'people':
      return <PeoplePage />;
    case 'backup':
      return <BackupPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <DashboardPage />;
  }
}

export function UnlockedApp() {
  const { lock } = useUnlocked();
  const { host } = useServices();
  const [route, navigate] = useHashRoute();

  // File → Back up… in the desktop menu. Listening only here means it does nothing while locked.
  useEffect(() => host.onMenuCommand((command) => navigate(command)), [host, navigate]);

  // After unlocking or moving to another page, focus the new page's h1 so a screen reader
  // announces it and Tab continues from the top of the page, not from a control that vanished.
  useEffect(() => {
    document.querySelector<HTMLElement>(`#${MAIN_CONTENT_ID} h1`)?.focus();
  }, [route]);

  return (
    <AppFrame navigation={<Navigation current={route} />} onLock={lock}>
      <RecoveryKitPrompt />
      <Page route={route} />
    </AppFrame>
  );
}
