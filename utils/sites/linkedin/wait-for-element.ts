/** About 16 s in all: LinkedIn's app shell renders within seconds of `document_idle`, or not at all. */
export const RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 8000];

/**
 * For an element that is not there yet: calls `onFound` once `find` returns one. Looks when the body's
 * own children change (an app shell added or swapped; children only, never the subtree) and at a few
 * retries with growing pauses (a shell rendered into a root that was already there). Gives up after the
 * last retry; stops when `signal` aborts.
 */
export function waitForElement<T extends Element>(
  doc: Document,
  find: () => T | undefined,
  onFound: (element: T) => void,
  signal: AbortSignal,
  retryDelaysMs: readonly number[] = RETRY_DELAYS_MS,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shellObserver = new MutationObserver(() => look());
  const stop = () => {
    shellObserver.disconnect();
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  };
  const retry = (attempt: number) => {
    const delay = retryDelaysMs[attempt];
    if (delay === undefined) {
      stop();
      return;
    }
    timer = setTimeout(() => {
      if (!look()) retry(attempt + 1);
    }, delay);
  };
  function look(): boolean {
    const found = find();
    if (!found) return false;
    stop();
    onFound(found);
    return true;
  }

  signal.addEventListener('abort', stop, { once: true });
  if (doc.body) shellObserver.observe(doc.body, { childList: true });
  retry(0);
}
