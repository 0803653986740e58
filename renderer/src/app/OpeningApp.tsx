// The app between the first screen and the open records (VaultFlow's "opening" phase): the frame
// and navigation as they will be, the dashboard from the digest, the other pages waiting.
import { FirstScreenPage } from '../features/dashboard/FirstScreenPage';
import type { PreparedFirstScreen } from '../features/dashboard/firstScreen';
import { AppFrame } from './AppFrame';
import { Navigation } from './Navigation';
import { useHashRoute } from './useHashRoute';

interface Props {
  screen: PreparedFirstScreen;
  onPainted: () => void;
  onLock: () => void;
}

export function OpeningApp({ screen, onPainted, onLock }: Props) {
  const [route] = useHashRoute();
  return (
    <AppFrame navigation={<Navigation current={route} />} onLock={onLock}>
      <FirstScreenPage screen={screen} route={route} onPainted={onPainted} />
    </AppFrame>
  );
}
