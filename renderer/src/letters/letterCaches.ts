// What the letters keep between documents to go fast (shaped words, measured text heights, the
// parsed signature) holds decrypted text: names, addresses, what a person asked for, the officer's
// signature. Each cache registers here when its module loads; locking the vault empties them all.
// No import of the letter code itself, so the app shell can call this without loading pdfkit.

interface LetterCache {
  /** How many entries it holds (for tests and the lock check). */
  size(): number;
  clear(): void;
}

const caches = new Map<string, LetterCache>();

export function registerLetterCache(name: string, cache: LetterCache): void {
  caches.set(name, cache);
}

/** Empties every letter cache; called on lock. */
export function clearLetterCaches(): void {
  for (const cache of caches.values()) cache.clear();
}

/** Entries per cache, by name: all zero after a lock. */
export function letterCacheSizes(): Record<string, number> {
  return Object.fromEntries([...caches].map(([name, cache]) => [name, cache.size()]));
}
