// Issue #13, item 10: lock means locked. After the officer locks, a heap snapshot of the page holds
// none of a seeded person's name, address or request text: the session, the React tree and the
// letter caches (shaped words, measured heights: letters/letterCaches.ts) let them go. A snapshot
// taken before the lock must find them, or the search proves nothing.
// The snapshot is Chromium's own (CDP HeapProfiler), after forced garbage collection.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFreshRequest } from './journeys';

const TODAY = new Date('2026-03-16T10:00:00-07:00');
// Unusual words, so a match can only be what this test typed.
const PERSON = { givenName: 'Quorrabelle', familyName: 'Vantongeren-Ilesanmi', address: '88 Brackenfold Crescent, Victoria BC V8V 0A2' };
const SOUGHT = 'Every Marrowgate orthotics note since 2024.';
const SEEDED = [PERSON.givenName, PERSON.familyName, 'Brackenfold', 'Marrowgate'];

/** The heap's strings, after collecting garbage twice (a weak reference may need a second pass). */
async function heapStrings(cdp: CDPSession): Promise<string> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join('')) as { strings: string[] };
  return snapshot.strings.join('\n');
}

const found = (heap: string) => SEEDED.filter((word) => heap.includes(word));

async function issueAcknowledgement(page: Page): Promise<void> {
  const { request } = await openFreshRequest(page, TODAY, PERSON, { person: PERSON.familyName, receivedOn: '2026-03-02', informationSought: SOUGHT });
  const step = await request.startStep('acknowledge');
  await request.setStepDate(step, 'Date the acknowledgement is sent', '2026-03-03');
  await request.prepareLetter(step);
  await request.issueLetter(step);
}

test('after lock, the heap holds none of a seeded person\'s name, address or request text', async ({ page }) => {
  test.setTimeout(300_000);
  // A letter is built, so the letter caches hold the person's words before the lock.
  await issueAcknowledgement(page);
  const cdp = await page.context().newCDPSession(page);

  const before = await heapStrings(cdp);
  expect(found(before), 'the snapshot before the lock must find the seeded words').toEqual(SEEDED);

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Custodian' })).toBeVisible();
  // React lets go of the old tree on its next commit; give the scheduler a moment.
  await page.waitForTimeout(500);

  const after = await heapStrings(cdp);
  expect(found(after)).toEqual([]);
});
