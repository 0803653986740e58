// The queue that serialises unlock tries and audited writes. Its tail must not keep the last job's
// result: a write's result is a decrypted record, and the queue outlives the lock (issue #13 item 10:
// found by the heap snapshot after lock, which still held a request's text through the tail).
import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../renderer/src/store/serialQueue';

const tailOf = (queue: SerialQueue) => (queue as unknown as { tail: Promise<unknown> }).tail;

describe('SerialQueue', () => {
  it('runs jobs one after another, in order, even when one fails', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('first');
      throw new Error('first failed');
    });
    const fast = queue.run(async () => {
      order.push('second');
      return 2;
    });
    await expect(slow).rejects.toThrow('first failed');
    await expect(fast).resolves.toBe(2);
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps no reference to the last result once it is delivered', async () => {
    const queue = new SerialQueue();
    const record = { informationSought: 'decrypted text' };
    await expect(queue.run(async () => record)).resolves.toBe(record);
    await expect(tailOf(queue)).resolves.toBeUndefined();
  });
});
