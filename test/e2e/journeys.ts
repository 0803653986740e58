// The opening most request journeys share: a new vault on a fixed day, one person, and one request
// recorded for them, ending on the request's page.
import type { Page } from '@playwright/test';
import { PeoplePage, type NewPerson } from './pages/PeoplePage';
import { RequestPage } from './pages/RequestPage';
import { RequestsPage, type NewAccessRequest } from './pages/RequestsPage';
import { completeFirstRun } from './vault';

export async function openFreshRequest(page: Page, today: Date, person: NewPerson, request: NewAccessRequest): Promise<{ requests: RequestsPage; request: RequestPage }> {
  await page.clock.install({ time: today });
  await completeFirstRun(page);
  const people = new PeoplePage(page);
  await people.expectShown();
  await people.add(person);
  const requests = new RequestsPage(page);
  await requests.open();
  await requests.create(request);
  const opened = new RequestPage(page);
  await opened.expectShown('AR-2026-0001');
  return { requests, request: opened };
}
