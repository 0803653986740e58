// Route parsing is pure: the hash names an area or a request's random id, nothing else.
import { describe, expect, it } from 'vitest';
import { areaOf, DEFAULT_ROUTE, hashFor, requestIdOf, requestRoute, routeFromHash } from '../../../renderer/src/app/routes';

describe('routes', () => {
  it('opens the dashboard by default and for anything unknown', () => {
    expect(DEFAULT_ROUTE).toBe('dashboard');
    for (const hash of ['', '#', '#/', '#/nowhere', '#main-content', '#/People']) expect(routeFromHash(hash)).toBe('dashboard');
  });

  it('reads each area', () => {
    expect(routeFromHash('#/dashboard')).toBe('dashboard');
    expect(routeFromHash('#/requests')).toBe('requests');
    expect(routeFromHash('#/requests/')).toBe('requests');
    expect(routeFromHash('#/people')).toBe('people');
    expect(routeFromHash('#/settings/')).toBe('settings');
  });

  it('reads a request id, and refuses anything that is not one', () => {
    const id = '0b7e7c9a-3f0e-4c2b-9d57-3c1f2c4d5e6f';
    expect(routeFromHash(`#/requests/${id}`)).toBe(`requests/${id}`);
    expect(requestIdOf(routeFromHash(`#/requests/${id}`))).toBe(id);
    expect(routeFromHash('#/requests/Am%C3%A9lie%20Tremblay')).toBe('requests');
    expect(routeFromHash('#/requests/a b')).toBe('requests');
    expect(routeFromHash(`#/requests/${id}/letters`)).toBe('requests');
    expect(routeFromHash(`#/requests/${'x'.repeat(65)}`)).toBe('requests');
    expect(routeFromHash('#/people/p1')).toBe('people');
  });

  it('writes hashes and knows which area a route belongs to', () => {
    expect(hashFor('people')).toBe('#/people');
    expect(hashFor(requestRoute('r1'))).toBe('#/requests/r1');
    expect(areaOf('requests/r1')).toBe('requests');
    expect(areaOf('settings')).toBe('settings');
    expect(requestIdOf('requests')).toBeNull();
    expect(() => requestRoute('../etc')).toThrow(RangeError);
  });
});
