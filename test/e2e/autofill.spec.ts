// Issue #13, item 9: nothing the officer types reaches the browser profile's autofill store. Each
// test runs Chromium on a profile of its own (launchPersistentContext on a temporary folder), types,
// closes the browser so it writes "Web Data" (SQLite: the autocomplete history and the address
// profiles), and reads the file's bytes for what was typed. A control form that allows autofill
// proves the reading works: what it typed must be found, or the test means nothing.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preparePrivateProfile } from '../../scripts/lib/browser.mjs';
import { openFreshRequest } from './journeys';

const BASE_URL = 'http://127.0.0.1:4173';
const CONTROL_URL = `${BASE_URL}/__autofill-control`;
const TODAY = new Date('2026-03-16T10:00:00-07:00');

// Unusual words, so a match in the file can only be what this test typed.
const PERSON = { givenName: 'Zephyrine', familyName: 'Quillfeather-Okonkwo', email: 'zephyrine.q@example.org', phone: '250-555-0187', address: '42 Marmalade Lane, Victoria BC V8V 0A2' };
const SOUGHT = 'Every record of my Thistlewaite physiotherapy visits.';
const APP_TYPED = [PERSON.givenName, PERSON.familyName, PERSON.email, '42 Marmalade Lane', 'Thistlewaite'];

/** A plain form that lets the browser remember it, submitted by a real navigation. */
const CONTROL_FORM = `<!doctype html><title>control</title><form action="/__autofill-control/done" method="get">
<label>First name <input name="firstname"></label><label>Last name <input name="lastname"></label>
<label>Address <input name="address" autocomplete="street-address"></label><label>City <input name="city"></label>
<label>Postal code <input name="postal"></label><label>Email <input name="email" type="email"></label><button>Send</button></form>`;
const CONTROL = { firstname: 'Barnabette', lastname: 'Wintergreen', address: '17 Juniper Row', city: 'Nanaimo', postal: 'V9R 1A1', email: 'barnabette@example.org' };

async function launch(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    baseURL: BASE_URL,
    locale: 'en-CA',
    timezoneId: 'America/Vancouver',
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__autofill-control')) return route.fulfill({ contentType: 'text/html', body: url.pathname.endsWith('/done') ? 'sent' : CONTROL_FORM });
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    return route.abort('blockedbyclient');
  });
  return context;
}

async function fillControl(page: Page): Promise<void> {
  await page.goto(CONTROL_URL);
  for (const [name, value] of Object.entries(CONTROL)) await page.locator(`[name=${name}]`).fill(value);
  await Promise.all([page.waitForURL(/done/), page.getByRole('button', { name: 'Send' }).click()]);
  // Chromium records the submission on a task after the navigation; give it a moment before closing.
  await page.waitForTimeout(2000);
}

/** The profile's "Web Data" (and its journal, if any) as text, after the browser closed. */
function webData(profile: string): string {
  const files = ['Web Data', 'Web Data-journal', 'Web Data-wal'].map((name) => path.join(profile, 'Default', name)).filter(existsSync);
  return files.map((file) => readFileSync(file).toString('utf8')).join('\n');
}

const found = (data: string, words: readonly string[]) => words.filter((word) => data.includes(word));

let profile = '';
test.beforeEach(() => {
  profile = mkdtempSync(path.join(os.tmpdir(), 'custodian-autofill-'));
});
test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true });
});

test('names and addresses typed into Custodian’s forms never reach the autofill tables', async () => {
  test.setTimeout(240_000);
  // A default profile: only the app's own autocomplete="off" stands between the forms and autofill.
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await openFreshRequest(page, TODAY, PERSON, { person: 'Quillfeather', informationSought: SOUGHT });
  await page.waitForTimeout(2000);
  await fillControl(page);
  await context.close();

  const data = webData(profile);
  expect(found(data, Object.values(CONTROL)), 'the control form was remembered: the profile is being read right').toEqual(Object.values(CONTROL));
  expect(found(data, APP_TYPED), 'personal information typed into Custodian found in the autofill tables').toEqual([]);
});

test('browser mode’s profile remembers nothing, even from a form that allows it', async () => {
  test.setTimeout(120_000);
  // What scripts/start.mjs does before it starts Chromium on the officer's profile.
  preparePrivateProfile(profile);
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await fillControl(page);
  await context.close();

  expect(found(webData(profile), Object.values(CONTROL))).toEqual([]);
});
