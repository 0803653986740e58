// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleTimer } from '../../../renderer/src/app/useIdleTimer';
import { useLockTriggers } from '../../../renderer/src/app/useLockTriggers';
import { FakeHost } from './fakes';
import { manualClock } from './manualClock';


describe('useIdleTimer', () => {
  it('fires once after the timeout with no activity', () => {
    const { clock, advance } = manualClock();
    const onIdle = vi.fn();
    renderHook(() => useIdleTimer({ timeoutMs: 10 * 60_000, onIdle, clock }));
    advance(10 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    advance(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts from the last keyboard, mouse, touch or wheel activity', () => {
    const { clock, advance } = manualClock();
    const onIdle = vi.fn();
    renderHook(() => useIdleTimer({ timeoutMs: 60_000, onIdle, clock }));
    for (const type of ['keydown', 'mousemove', 'touchstart', 'wheel']) {
      advance(50_000);
      window.dispatchEvent(new Event(type));
    }
    advance(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stops listening and timing when unmounted', () => {
    const { clock, advance, pending } = manualClock();
    const onIdle = vi.fn();
    const { unmount } = renderHook(() => useIdleTimer({ timeoutMs: 1000, onIdle, clock }));
    unmount();
    expect(pending()).toBe(0);
    advance(5000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('useLockTriggers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks after autoLockMinutes of inactivity (real timers, faked)', () => {
    const onLock = vi.fn();
    renderHook(() => useLockTriggers({ enabled: true, autoLockMinutes: 10, onLock, host: new FakeHost() }));
    act(() => vi.advanceTimersByTime(9 * 60_000));
    window.dispatchEvent(new MouseEvent('mousedown'));
    act(() => vi.advanceTimersByTime(9 * 60_000));
    expect(onLock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(60_000));
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('locks on Ctrl+L and on Cmd+L, and keeps the key from the page', () => {
    const onLock = vi.fn();
    renderHook(() => useLockTriggers({ enabled: true, autoLockMinutes: 10, onLock, host: new FakeHost() }));
    const ctrlL = new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(ctrlL);
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(ctrlL.defaultPrevented).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'L', metaKey: true, bubbles: true }));
    expect(onLock).toHaveBeenCalledTimes(2);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
    expect(onLock).toHaveBeenCalledTimes(2);
  });

  it('locks when the OS locks the screen or suspends', () => {
    const host = new FakeHost();
    const onLock = vi.fn();
    const { unmount } = renderHook(() => useLockTriggers({ enabled: true, autoLockMinutes: 10, onLock, host }));
    host.emit('screen-locked');
    host.emit('suspend');
    expect(onLock).toHaveBeenCalledTimes(2);
    unmount();
    expect(host.listenerCount).toBe(0);
  });

  it('does nothing while disabled (no vault open)', () => {
    const host = new FakeHost();
    const onLock = vi.fn();
    renderHook(() => useLockTriggers({ enabled: false, autoLockMinutes: 1, onLock, host }));
    act(() => vi.advanceTimersByTime(5 * 60_000));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, bubbles: true }));
    host.emit('suspend');
    expect(onLock).not.toHaveBeenCalled();
  });
});
