// Calls onIdle once after `timeoutMs` without keyboard, pointer, touch or wheel activity.
// Activity only records a timestamp, so a moving mouse costs nothing: a single timer re-arms itself
// for the remainder when it fires early. The check uses the clock, not the timer count, so a laptop
// that slept past the deadline locks as soon as the timer runs again.
// With onWarning, the last `warningMs` are announced second by second (onWarning(msLeft)), and the
// first activity after that ends the warning at once (onWarning(null)): locking never comes unannounced.
import { useEffect, useRef } from 'react';

export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'mousedown', 'mousemove', 'touchstart', 'wheel'] as const;

export interface IdleTimerOptions {
  timeoutMs: number;
  onIdle: () => void;
  /** Called with the time left during the last warningMs, then with null when activity ends the warning. */
  onWarning?: (msLeft: number | null) => void;
  warningMs?: number;
  enabled?: boolean;
  target?: EventTarget;
  clock?: IdleClock;
}

export function useIdleTimer({ timeoutMs, onIdle, onWarning, warningMs = 0, enabled = true, target, clock = systemClock }: IdleTimerOptions): void {
  const onIdleRef = useRef(onIdle);
  const onWarningRef = useRef(onWarning);
  useEffect(() => {
    onIdleRef.current = onIdle;
    onWarningRef.current = onWarning;
  }, [onIdle, onWarning]);

  useEffect(() => {
    if (!enabled) return;
    const eventTarget = target ?? window;
    const warnFor = Math.min(Math.max(warningMs, 0), timeoutMs);
    let lastActivity = clock.now();
    let handle: unknown = null;
    let warning = false;
    const arm = (ms: number) => {
      if (handle !== null) clock.clearTimeout(handle);
      handle = clock.setTimeout(check, ms);
    };
    function check() {
      handle = null;
      const left = timeoutMs - (clock.now() - lastActivity);
      if (left <= 0) {
        if (warning) onWarningRef.current?.(null);
        warning = false;
        onIdleRef.current();
      } else if (left <= warnFor) {
        warning = true;
        onWarningRef.current?.(left);
        // Tick on whole seconds of the time left, so the countdown reads 0:59, 0:58 … 0:00.
        arm(left % 1000 || 1000);
      } else {
        arm(left - warnFor);
      }
    }
    const onActivity = () => {
      lastActivity = clock.now();
      if (warning) {
        warning = false;
        onWarningRef.current?.(null);
        arm(timeoutMs - warnFor);
      }
    };
    arm(timeoutMs - warnFor);
    for (const type of ACTIVITY_EVENTS) eventTarget.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      if (handle !== null) clock.clearTimeout(handle);
      if (warning) onWarningRef.current?.(null);
      for (const type of ACTIVITY_EVENTS) eventTarget.removeEventListener(type, onActivity, { capture: true });
    };
  }, [enabled, timeoutMs, warningMs, target, clock]);
}
