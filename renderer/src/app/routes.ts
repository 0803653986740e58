// The unlocked areas and the addresses inside them. Navigation shows exactly the areas; add one
// here when its screen lands. A route is a plain string (`requests/<id>`) so the hash router's
// snapshot compares by value, and an address names an area or a random record id — never a name,
// a reference or anything else that could identify a person.
import { REGISTER_SCREENS } from '../features/registerScreens';

const FIXED_AREAS = ['dashboard', 'requests', 'people', 'backup', 'audit', 'settings'] as const;
/**
 * The areas in navigation order; the registers' pages (features/<area>/screens.tsx) sit after the
 * requests and people. A function, read when needed: a register's screens may import this module
 * while the list of screens is still loading.
 */
export function areas(): readonly string[] {
  return [...FIXED_AREAS.slice(0, 3), ...REGISTER_SCREENS.map((s) => s.definition.name), ...FIXED_AREAS.slice(3)];
}
export type Area = (typeof FIXED_AREAS)[number] | (string & {});
export type RequestRoute = `requests/${string}`;
export type Route = Area | RequestRoute;
export const DEFAULT_ROUTE: Route = 'dashboard';

/** Record ids are random (UUIDs or similar): letters, digits, '-' and '_' only. */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

function isArea(value: string | undefined): value is Area {
  return areas().includes(value ?? '');
}

/** Any hash to a known route; anything unknown or malformed goes to the default area. */
export function routeFromHash(hash: string): Route {
  const [area, id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!isArea(area)) return DEFAULT_ROUTE;
  if (area === 'requests' && id !== undefined && id !== '') {
    return rest.length === 0 && RECORD_ID.test(id) ? requestRoute(id) : 'requests';
  }
  return area;
}

export function hashFor(route: Route): string {
  return `#/${route}`;
}

/** The area a route belongs to, for the navigation's "current page". */
export function areaOf(route: Route): Area {
  const area = route.split('/')[0];
  return isArea(area) ? area : 'dashboard';
}

/** The access request a route shows, or null. */
export function requestIdOf(route: Route): string | null {
  const [area, id] = route.split('/');
  return area === 'requests' && id ? id : null;
}

export function requestRoute(id: string): RequestRoute {
  if (!RECORD_ID.test(id)) throw new RangeError('Not a record id');
  return `requests/${id}`;
}
