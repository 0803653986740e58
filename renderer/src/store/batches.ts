// Concurrency for WebCrypto over many rows: enough in flight to keep it busy, without 50,000
// pending promises (and their buffers) at once.
const BATCH = 1000;

export async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    results.push(...(await Promise.all(items.slice(i, i + BATCH).map(work))));
  }
  return results;
}
