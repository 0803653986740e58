// @vitest-environment jsdom
// The idle lock warns in its last minute, a key or click postpones it, it locks at zero, and after
// unlock the officer hears which unsaved form the lock closed (issue #14, item 3).
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWarning, formatCountdown } from '../../../renderer/src/app/IdleWarning';
import { useIdleTimer, type IdleClock } from '../../../renderer/src/app/useIdleTimer';
import { idleWarningMs, useLockTriggers } from '../../../renderer/src/app/useLockTriggers';
import { bundleStrings, unsavedFormTitles } from '../../../renderer/src/app/unsavedForms';
import { createI18n } from '../../../renderer/src/i18n';
import { DEFAULT_SETTINGS } from '../../../renderer/src/store/contract';
import { FakeHost, FakeVaultGate, STRONG_PASSPHRASE } from './fakes';
import { renderApp, stubLayout } from './render';
import { manualClock as manualClockWith } from './manualClock';

stubLayout();

const manualClock = () => manualClockWith((fn) => act(fn));

describe('idle countdown (useIdleTimer with a warning)', () => {
  it('says nothing before the last minute, then counts down each second and locks at zero', () => {
    const { clock, advance } = manualClock();
    const onIdle = vi.fn();
    const onWarning = vi.fn();
    renderHook(() => useIdleTimer({ timeoutMs: 10 * 60_000, warningMs: 60_000, onIdle, onWarning, clock }));
    advance(9 * 60_000 - 1);
    expect(onWarning).not.toHaveBeenCalled();
    advance(1);
    expect(onWarning).toHaveBeenLastCalledWith(60_000);
    advance(18_000);
    expect(onWarning).toHaveBeenLastCalledWith(42_000);
    expect(onIdle).not.toHaveBeenCalled();
    advance(42_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    // The countdown is taken down as the lock happens.
    expect(onWarning).toHaveBeenLastCalledWith(null);
  });

  it('a key press during the countdown ends it at once and restarts the full wait', () => {
    const { clock, advance } = manualClock();
    const onIdle = vi.fn();
    const onWarning = vi.fn();
    renderHook(() => useIdleTimer({ timeoutMs: 10 * 60_000, warningMs: 60_000, onIdle, onWarning, clock }));
    advance(9 * 60_000 + 30_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(onWarning).toHaveBeenLastCalledWith(null);
    advance(9 * 60_000 - 1);
    expect(onWarning).toHaveBeenLastCalledWith(null);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    expect(onWarning).toHaveBeenLastCalledWith(60_000);
    advance(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('a one-minute auto-lock warns for its last half only', () => {
    expect(idleWarningMs(60_000)).toBe(30_000);
    expect(idleWarningMs(10 * 60_000)).toBe(60_000);
    expect(formatCountdown(42_000)).toBe('0:42');
    expect(formatCountdown(41_001)).toBe('0:42');
    expect(formatCountdown(60_000)).toBe('1:00');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('the countdown on screen', () => {
  function Harness({ clock, onLock }: { clock: IdleClock; onLock: () => void }) {
    const [msLeft, setMsLeft] = useState<number | null>(null);
    useLockTriggers({ enabled: true, autoLockMinutes: 10, onLock, onIdleWarning: setMsLeft, host: new FakeHost(), clock });
    return <IdleWarning msLeft={msLeft} />;
  }

  it('shows "will lock in 0:42" in the last minute, hides on a click, and locks at zero', () => {
    const { clock, advance } = manualClock();
    const onLock = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Harness clock={clock} onLock={onLock} />
      </I18nextProvider>,
    );
    advance(9 * 60_000 - 1);
    expect(screen.queryByTestId('idle-warning')).toBeNull();
    advance(1 + 18_000);
    expect(screen.getByTestId('idle-warning').textContent).toBe('Custodian will lock in 0:42 — move the mouse or press a key to keep working.');
    // Screen readers hear one sentence, not every second.
    expect(screen.getByRole('status').textContent).toBe('Custodian will lock in less than a minute. Move the mouse or press a key to keep working.');
    act(() => {
      document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    expect(screen.queryByTestId('idle-warning')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    advance(10 * 60_000 - 1);
    expect(screen.getByTestId('idle-warning').textContent).toContain('0:01');
    expect(onLock).not.toHaveBeenCalled();
    advance(1);
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('idle-warning')).toBeNull();
  });
});

describe('unsaved forms closed by the lock', () => {
  it('names an open dialog with typed text by its title, and a title that is not an app string generically', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-labelledby="t1"><h2 id="t1">New access request</h2><textarea>copies of my file</textarea></div>
      <div role="dialog" aria-labelledby="t2"><h2 id="t2">Edit Jane Doe</h2><input type="text" value="Jane"></div>
      <div role="dialog" aria-labelledby="t3"><h2 id="t3">Explain</h2><input type="text" value=""></div>`;
    const known = bundleStrings({ a: { b: 'New access request' }, c: 'Explain' });
    expect(unsavedFormTitles(document, known, 'a form')).toEqual(['New access request', 'a form']);
    document.body.innerHTML = '';
  });
});

describe('the idle lock in the app', () => {
  beforeEach(() => {
    window.location.hash = '#/requests';
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    window.location.hash = '';
  });

  it('warns, locks at zero, drops the session, and after unlock says which unsaved form was closed', async () => {
    const user = userEvent.setup({ delay: null, advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const gate = FakeVaultGate.withVault({ settings: { ...DEFAULT_SETTINGS, autoLockMinutes: 1 } });
    renderApp({ gate });
    await user.click(await screen.findByLabelText(/^Passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await user.click(await screen.findByRole('button', { name: 'New request' }));
    const dialog = await screen.findByRole('dialog', { name: 'New access request' });
    await user.click(within(dialog).getByLabelText(/^Information sought/));
    await user.paste('All emails about my account since 2024');

    act(() => vi.advanceTimersByTime(45_000));
    expect(screen.getByTestId('idle-warning').textContent).toContain('0:15');
    act(() => vi.advanceTimersByTime(15_000));
    expect(await screen.findByText('Custodian was locked. Enter your passphrase to continue.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTestId('idle-warning')).toBeNull();
    expect(document.body.textContent).not.toContain('All emails about my account');
    // Locking still drops the keys: the session that held them is locked.
    const first = gate.lastSession;
    expect(first?.locked).toBe(true);

    await user.click(screen.getByLabelText(/^Passphrase/));
    await user.paste(STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const notice = await screen.findByText(/was closed by the lock/);
    expect(notice.textContent).toBe('An unsaved form, “New access request”, was closed by the lock. What was typed in it was not kept: enter it again.');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toBeTruthy());
  }, 120_000);
});
