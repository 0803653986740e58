// @vitest-environment jsdom
// Issue #14 item 6: below 1100 px the navigation folds behind a menu button in the header; above,
// it stays on screen and there is no menu button.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppFrame } from '../../../renderer/src/app/AppFrame';
import { Navigation } from '../../../renderer/src/app/Navigation';
import { FakeVaultGate, STRONG_PASSPHRASE } from './fakes';
import { renderUnlocked } from './render';

/** A window `width` px wide, as far as CSS media queries are concerned. */
function windowWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    return { matches: min ? width >= Number(min[1]) : false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false };
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderFrame() {
  const session = await FakeVaultGate.withVault().unlock(STRONG_PASSPHRASE);
  renderUnlocked(
    <AppFrame navigation={<Navigation current="dashboard" />} onLock={() => {}}>
      <h1>Dashboard</h1>
    </AppFrame>,
    session,
  );
}

describe('app frame on small screens', () => {
  it('at 800 px hides the navigation behind a menu button that opens it, and closes it on a link', async () => {
    windowWidth(800);
    const user = userEvent.setup({ delay: null });
    await renderFrame();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    const menu = screen.getByRole('button', { name: 'Open navigation' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');

    await user.click(menu);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Dashboard', 'Access requests', 'People', 'Purposes', 'Notices', 'Consents', 'Disclosures', 'Without consent', 'Corrections', 'Backup', 'Audit trail', 'Settings']);
    await user.click(within(nav).getByRole('link', { name: 'People' }));
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull());
    expect(window.location.hash).toBe('#/people');
  }, 60_000);

  it('at 1366 px keeps the navigation on screen with no menu button', async () => {
    windowWidth(1366);
    await renderFrame();
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open navigation' })).toBeNull();
  }, 60_000);
});
