import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, nextTryAt, retryAfterMs, retryDelayMs } from '../../../renderer/src/vault/throttle';

describe('retryDelayMs', () => {
  it('lets the first four wrong passphrases through with no delay', () => {
    expect([0, 1, 2, 3, 4].map(retryDelayMs)).toEqual([0, 0, 0, 0, 0]);
  });

  it('doubles from one second at the fifth wrong passphrase', () => {
    expect([5, 6, 7, 8, 9].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('stops growing at fifteen minutes, even for an absurd count', () => {
    expect(retryDelayMs(14)).toBe(512_000);
    expect(retryDelayMs(15)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(1_000_000)).toBe(MAX_RETRY_DELAY_MS);
    expect(MAX_RETRY_DELAY_MS).toBe(15 * 60 * 1000);
  });
});

describe('retryAfterMs', () => {
  const t0 = 1_700_000_000_000;

  it('is zero below the threshold and after the delay has passed', () => {
    expect(retryAfterMs({ failed: 4, lastFailedAt: t0 }, t0)).toBe(0);
    expect(retryAfterMs({ failed: 6, lastFailedAt: t0 }, t0 + 2000)).toBe(0);
    expect(nextTryAt({ failed: 4, lastFailedAt: t0 })).toBeNull();
  });

  it('counts down from the last failure', () => {
    expect(nextTryAt({ failed: 6, lastFailedAt: t0 })).toBe(t0 + 2000);
    expect(retryAfterMs({ failed: 6, lastFailedAt: t0 }, t0 + 500)).toBe(1500);
  });

  it('never asks for more than the full delay when the clock was set back', () => {
    expect(retryAfterMs({ failed: 6, lastFailedAt: t0 }, t0 - 86_400_000)).toBe(2000);
  });
});
