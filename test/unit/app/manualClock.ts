// A hand-driven clock for the idle timer: time moves only when the test says so. `fire` runs each
// due timer (wrap it in React's act() when the timer updates a component).
import type { IdleClock } from '../../../renderer/src/app/useIdleTimer';

export function manualClock(fire: (fn: () => void) => void = (fn) => fn()) {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      fire(due.fn);
    }
    now = until;
  };
  return { clock, advance, pending: () => timers.length };
}
