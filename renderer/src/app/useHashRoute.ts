// A hash router is enough: the app has no server, Electron serves one file, and the hash survives
// neither a reload into a locked vault nor anything personal (routes name areas, never records).
import { useCallback, useSyncExternalStore } from 'react';
import { hashFor, routeFromHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const route = useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
  const navigate = useCallback((next: Route) => {
    window.location.hash = hashFor(next);
  }, []);
  return [route, navigate];
}
