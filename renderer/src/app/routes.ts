// The unlocked areas that exist. Navigation shows exactly these; add one here when its screen lands.
export const ROUTES = ['people', 'settings'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'people';

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return (ROUTES as readonly string[]).includes(name ?? '') ? (name as Route) : DEFAULT_ROUTE;
}

export function hashFor(route: Route): string {
  return `#/${route}`;
}
