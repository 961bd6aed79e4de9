import { linkedinProfileUrl } from '../../domain/identity';
import { readLinkedInProfile, type ProfileReading } from './profile-reader';
import { RETRY_DELAYS_MS, waitForElement } from './wait-for-element';
import { onlyRapportsOwn } from '../rapports-own-nodes';

/** The narrowest containers that hold the top card on every era, tried in order. */
const CONTAINERS = ['main', '[data-sdui-screen]'];

/** How long after the watch starts a page that does not name the person yet is read soon after each change. */
const PENDING_FOR_MS = 3000;

export interface TopCardWatchOptions {
  /** Quiet time after the last change before reading again. */
  debounceMs?: number;
  /**
   * While the page does not name this person yet (just after a navigation), read this long after the first
   * change instead, however many follow: the sidebar shows the person as soon as the top card is there.
   */
  pendingMs?: number;
  /** What the page said when the watch starts, if the caller just read it (saves reading a large page twice). */
  initial?: ProfileReading;
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
  { debounceMs = 150, pendingMs = 16, retryDelaysMs = RETRY_DELAYS_MS, initial }: TopCardWatchOptions = {},
): void {
  if (signal.aborted) return;
  // The first container found wins; the attribute selector scans the whole page, so it is only asked for when needed.
  const findContainer = () => {
    for (const selector of CONTAINERS) {
      const found = doc.querySelector(selector);
      if (found) return found;
    }
    return undefined;
  };
  const url = linkedinProfileUrl(slug);
  const first = initial ?? readLinkedInProfile(doc, url);
  let lastSeen = fingerprint(first);
  let named = namesPerson(first);
  // A page that stays unreadable (a layout nobody knows yet) must not be read after every change for long.
  const pendingUntil = Date.now() + PENDING_FOR_MS;
  let container: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const reading = readLinkedInProfile(doc, url);
    const seen = fingerprint(reading);
    named = namesPerson(reading);
    if (seen === lastSeen) return;
    lastSeen = seen;
    onChange(reading);
  };
  const schedule = () => {
    if (!named && Date.now() < pendingUntil) {
      timer ??= setTimeout(check, pendingMs);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  };
  const contentObserver = new MutationObserver(schedule);
  // The container's parent and the body, children only: notices when LinkedIn swaps the whole container.
  const replacementObserver = new MutationObserver((records) => {
    if (records.every(onlyRapportsOwn)) return;
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

function namesPerson(reading: ProfileReading): boolean {
  return reading.kind === 'profile';
}

function fingerprint(reading: ProfileReading): string {
  return JSON.stringify(reading);
}
