import { readGmailConversation } from './conversation-reader';
import { MAIN_REGION_SELECTOR, MESSAGE_PERM_ID_ATTRIBUTE, THREAD_LEGACY_ID_ATTRIBUTE, THREAD_PERM_ID_ATTRIBUTE } from './gmail-markup';
import type { GmailReading } from './gmail-types';

export interface WatchOptions {
  /** Quiet time after the last change before reading again. */
  debounceMs?: number;
  /** Read at the latest this long after the first change, even if Gmail keeps mutating. */
  maxWaitMs?: number;
  /** While the main region is missing (Gmail still loading), look for it this often. */
  retryMs?: number;
}

/**
 * Calls `onChange` with a fresh reading whenever the open conversation or its messages change
 * (and once at the start). Listens to `hashchange` and observes only Gmail's main region, re-found
 * when replaced; never the whole document. Everything stops when `signal` aborts.
 */
export function watchConversation(
  doc: Document,
  onChange: (reading: GmailReading) => void,
  signal: AbortSignal,
  { debounceMs = 150, maxWaitMs = 1000, retryMs = 1000 }: WatchOptions = {},
): void {
  if (signal.aborted) return;
  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  let observed: Element | null = null;
  const regionObserver = new MutationObserver(schedule);
  const replacementObserver = new MutationObserver(schedule); // the region's parent, children only

  function schedule(): void {
    if (signal.aborted) return;
    const now = Date.now();
    pendingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  }

  function check(): void {
    pendingSince = undefined;
    if (signal.aborted) return;
    observeMainRegion();
    const reading = readGmailConversation(doc);
    const key = readingKey(reading);
    if (key !== lastKey) {
      lastKey = key;
      onChange(reading);
    }
    if (!observed) timer = setTimeout(check, retryMs);
  }

  function observeMainRegion(): void {
    const region = doc.querySelector(MAIN_REGION_SELECTOR);
    if (region === observed) return;
    regionObserver.disconnect();
    replacementObserver.disconnect();
    observed = region;
    if (!region) return;
    regionObserver.observe(region, {
      childList: true,
      subtree: true,
      attributeFilter: [THREAD_PERM_ID_ATTRIBUTE, THREAD_LEGACY_ID_ATTRIBUTE, MESSAGE_PERM_ID_ATTRIBUTE],
    });
    if (region.parentNode) replacementObserver.observe(region.parentNode, { childList: true });
  }

  doc.defaultView?.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      regionObserver.disconnect();
      replacementObserver.disconnect();
    },
    { once: true },
  );
  schedule();
}

/** Changes that matter: which conversation, and its messages (ids, people, dates, expansion). */
function readingKey(reading: GmailReading): string {
  return reading.kind === 'conversation'
    ? JSON.stringify([reading.threadId, reading.messages])
    : `${reading.kind}:${reading.reason}`;
}
