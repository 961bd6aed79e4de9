import { copyProfilePage, type ProfilePageCopy } from './page-copy';
import { RETRY_DELAYS_MS, waitForElement } from './wait-for-element';
import { onlyRapportsOwn } from '../rapports-own-nodes';

/** The narrowest containers that hold the top card on every era, tried in order. */
const CONTAINERS = ['main', '[data-sdui-screen]'];

/** How long after the watch starts a page that does not show the person yet is copied soon after each change. */
const PENDING_FOR_MS = 3000;

export interface TopCardWatchOptions {
  /** Quiet time after the last change before copying again. */
  debounceMs?: number;
  /**
   * While the page does not show this person yet (just after a navigation), copy this long after the first
   * change instead, however many follow: the sidebar shows the person as soon as the top card is there.
   */
  pendingMs?: number;
  /** The page's copy when the watch starts, if the caller just made it (saves copying a large page twice). */
  initial?: ProfilePageCopy;
  /** While there is no container yet (the app shell still rendering), look again after these pauses. */
  retryDelaysMs?: readonly number[];
}

/**
 * Calls `onChange` with a fresh copy of the page (see `copyProfilePage`) whenever it changed: after a
 * History-API navigation LinkedIn replaces the top card a moment after the URL. Observes `main`,
 * never the whole document, debounced. When the script starts before LinkedIn rendered `main`, waits
 * for it (see `waitForElement`) and copies again once it is there. Stops when `signal` aborts.
 */
export function watchTopCard(
  doc: Document,
  slug: string,
  onChange: (copy: ProfilePageCopy) => void,
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
  const first = initial ?? copySafely(doc, slug);
  let lastSeen = first?.html;
  let named = first?.showsProfile ?? false;
  // A page that never shows the profile (a layout nobody knows yet) must not be copied after every change for long.
  const pendingUntil = Date.now() + PENDING_FOR_MS;
  let container: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const copy = copySafely(doc, slug);
    if (!copy) return;
    named = copy.showsProfile;
    if (copy.html === lastSeen) return;
    lastSeen = copy.html;
    onChange(copy);
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

/** A page in a shape nobody expected is not copied: nothing is sent, nothing thrown into the page. */
function copySafely(doc: Document, slug: string): ProfilePageCopy | undefined {
  try {
    return copyProfilePage(doc, slug);
  } catch {
    return undefined;
  }
}
