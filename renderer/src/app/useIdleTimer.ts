// Calls onIdle once after `timeoutMs` without keyboard, pointer, touch or wheel activity.
// Activity only records a timestamp, so a moving mouse costs nothing: a single timer re-arms itself
// for the remainder when it fires early. The check uses the clock, not the timer count, so a laptop
// that slept past the deadline locks as soon as the timer runs again.
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
  enabled?: boolean;
  target?: EventTarget;
  clock?: IdleClock;
}

export function useIdleTimer({ timeoutMs, onIdle, enabled = true, target, clock = systemClock }: IdleTimerOptions): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return;
    const eventTarget = target ?? window;
    let lastActivity = clock.now();
    let handle: unknown = null;
    const check = () => {
      const idleFor = clock.now() - lastActivity;
      if (idleFor >= timeoutMs) {
        handle = null;
        onIdleRef.current();
      } else {
        handle = clock.setTimeout(check, timeoutMs - idleFor);
      }
    };
    const onActivity = () => {
      lastActivity = clock.now();
    };
    handle = clock.setTimeout(check, timeoutMs);
    for (const type of ACTIVITY_EVENTS) eventTarget.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      if (handle !== null) clock.clearTimeout(handle);
      for (const type of ACTIVITY_EVENTS) eventTarget.removeEventListener(type, onActivity, { capture: true });
    };
  }, [enabled, timeoutMs, target, clock]);
}
