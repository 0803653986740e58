import { useEffect, useState } from 'react';

/** Whole seconds left until `until` (epoch ms), ticking once a second; 0 when passed or null. */
export function useCountdown(until: number | null, now: () => number = Date.now): number {
  const remaining = () => (until === null ? 0 : Math.max(0, Math.ceil((until - now()) / 1000)));
  const [seconds, setSeconds] = useState(remaining);
  useEffect(() => {
    const left = () => (until === null ? 0 : Math.max(0, Math.ceil((until - now()) / 1000)));
    setSeconds(left());
    if (until === null) return;
    const timer = window.setInterval(() => {
      const s = left();
      setSeconds(s);
      if (s === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until, now]);
  return seconds;
}
