/**
 * Calls `onOnline` whenever the network returns. The target is the worker's global scope (the background page's
 * window in Firefox MV2); a scope without events (Node in unit tests) is left alone. Returns the stop function.
 */
export function listenForNetwork(onOnline: () => void, target: Partial<Pick<EventTarget, 'addEventListener' | 'removeEventListener'>> = globalThis): () => void {
  if (typeof target.addEventListener !== 'function') return () => undefined;
  target.addEventListener('online', onOnline);
  return () => target.removeEventListener?.('online', onOnline);
}
