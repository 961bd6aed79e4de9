import { linkedinProfileUrl } from '../../domain/identity';
import { readLinkedInProfile, type ProfileReading } from './profile-reader';
import { RETRY_DELAYS_MS, waitForElement } from './wait-for-element';

/** The narrowest containers that hold the top card on every era, tried in order. */
const CONTAINERS = ['main', '[data-sdui-screen]'];

export interface TopCardWatchOptions {
  /** Quiet time after the last change before reading again. */
  debounceMs?: number;
  /** While there is no container yet (the app shell still rendering), look again after these pauses. */
  retryDelaysMs?: readonly number[];
}

/**
 * Calls `onChange` with a fresh reading whenever what the page says about `slug` changes: after a
 * History-API navigation LinkedIn replaces the top card a moment after the URL. Observes `main`,
 * never the whole document, debounced. When the script starts before LinkedIn rendered `main`, waits
 * for it (see `waitForElement`) and reads again once it is there. Stops when `signal` aborts.
 */
export function watchTopCard(
  doc: Document,
  slug: string,
  onChange: (reading: ProfileReading) => void,
  signal: AbortSignal,
  { debounceMs = 150, retryDelaysMs = RETRY_DELAYS_MS }: TopCardWatchOptions = {},
): void {
  if (signal.aborted) return;
  const findContainer = () => CONTAINERS.map((selector) => doc.querySelector(selector)).find((element) => element !== null);
  const url = linkedinProfileUrl(slug);
  let lastSeen = fingerprint(readLinkedInProfile(doc, url));
  let container: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const reading = readLinkedInProfile(doc, url);
    const seen = fingerprint(reading);
    if (seen === lastSeen) return;
    lastSeen = seen;
    onChange(reading);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  };
  const contentObserver = new MutationObserver(schedule);
  // The container's parent and the body, children only: notices when LinkedIn swaps the whole container.
  const replacementObserver = new MutationObserver(() => {
    const current = findContainer();
    if (current && current !== container) observe(current);
    schedule();
  });
  const observe = (element: Element) => {
    container = element;
    contentObserver.disconnect();
    replacementObserver.disconnect();
    contentObserver.observe(element, { childList: true, subtree: true, characterData: true });
    if (element.parentNode) replacementObserver.observe(element.parentNode, { childList: true });
    // The whole app shell can be swapped too; the body's own children are few and rarely change.
    if (doc.body && element.parentNode !== doc.body) replacementObserver.observe(doc.body, { childList: true });
  };
  signal.addEventListener(
    'abort',
    () => {
      contentObserver.disconnect();
      replacementObserver.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  const present = findContainer();
  if (present) {
    observe(present);
    return;
  }
  const startLate = (found: Element) => {
    observe(found);
    schedule();
  };
  waitForElement(doc, findContainer, startLate, signal, retryDelaysMs);
}

function fingerprint(reading: ProfileReading): string {
  return JSON.stringify(reading);
}
