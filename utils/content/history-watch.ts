import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Runs a history watcher for the page's lifetime, stopped when the extension is updated or removed; with
 * `restartOnNavigation`, also after single-page navigation (where the regions worth observing depend on the
 * page). Never throws into the page.
 */
export function runHistoryWatch(
  ctx: ContentScriptContext,
  watch: (doc: Document, signal: AbortSignal) => void,
  { restartOnNavigation = false } = {},
): void {
  let watcher: AbortController | undefined;
  const start = () => {
    watcher?.abort();
    watcher = new AbortController();
    try {
      watch(document, watcher.signal);
    } catch {
      // A page changed beyond recognition logs nothing; the rest of Rapport still works.
    }
  };
  if (restartOnNavigation) ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(start, 0));
  ctx.onInvalidated(() => watcher?.abort());
  start();
}
