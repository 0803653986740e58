// Everything that locks an open vault: inactivity (announced by a countdown in its last minute), the OS locking the screen or suspending, and
// Ctrl+L (Cmd+L on macOS) pressed anywhere. Ctrl+L is captured before any field sees it, so the
// browser-mode address bar shortcut cannot swallow it.
import { useEffect, useRef } from 'react';
import type { Host } from '../host/host';
import { systemClock, useIdleTimer, type IdleClock } from './useIdleTimer';

export interface LockTriggerOptions {
  enabled: boolean;
  autoLockMinutes: number;
  onLock: () => void;
  /** The idle lock's countdown: ms left during the last minute, null when it ends. */
  onIdleWarning?: (msLeft: number | null) => void;
  host: Pick<Host, 'onOsSignal'>;
  clock?: IdleClock;
  target?: EventTarget;
}

export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

/** The last minute, or the last half of a shorter timeout, so the warning never starts at once. */
export function idleWarningMs(timeoutMs: number): number {
  return Math.min(60_000, Math.floor(timeoutMs / 2));
}

export function useLockTriggers({ enabled, autoLockMinutes, onLock, onIdleWarning, host, clock = systemClock, target }: LockTriggerOptions): void {
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  }, [onLock]);

  const timeoutMs = autoLockMinutes * 60_000;
  useIdleTimer({ enabled, timeoutMs, onIdle: onLock, onWarning: onIdleWarning, warningMs: idleWarningMs(timeoutMs), clock, target });

  useEffect(() => {
    if (!enabled) return;
    return host.onOsSignal(() => onLockRef.current());
  }, [enabled, host]);

  useEffect(() => {
    if (!enabled) return;
    const eventTarget = target ?? window;
    const onKeyDown = (event: Event) => {
      if (event instanceof KeyboardEvent && isLockShortcut(event)) {
        event.preventDefault();
        event.stopPropagation();
        onLockRef.current();
      }
    };
    eventTarget.addEventListener('keydown', onKeyDown, { capture: true });
    return () => eventTarget.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [enabled, target]);
}
