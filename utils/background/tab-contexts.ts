import { browser } from 'wxt/browser';
import type { PageContext } from '../messaging/page-context';
import { DATA_VERSION_KEY, LIVE_AREA } from './live-area';

/**
 * Where the background publishes what each tab shows and that data changed, for extension pages to
 * watch: session storage, which survives a worker restart and ends with the browser. Firefox gives
 * session storage to the background but not to an extension page framed in a web page (the sidebar),
 * so there it is local storage, and the contexts of closed tabs are dropped when the background starts.
 */
const TAB_KEY_PREFIX = 'tab:';

export const tabContextKey = (tabId: number) => `${TAB_KEY_PREFIX}${tabId}`;
export { DATA_VERSION_KEY, LIVE_AREA };

const live = () => browser.storage[LIVE_AREA];

export async function rememberTabContext(tabId: number, context: PageContext): Promise<void> {
  await live().set({ [tabContextKey(tabId)]: context });
}

export async function tabContext(tabId: number): Promise<PageContext | undefined> {
  const key = tabContextKey(tabId);
  const stored = await live().get(key);
  return stored[key] as PageContext | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await live().remove(tabContextKey(tabId));
}

/** Drops what is stored for tabs that closed while the background was not running. */
export async function forgetClosedTabs(): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  const stored = await live().get(null);
  const gone = Object.keys(stored).filter((key) => key.startsWith(TAB_KEY_PREFIX) && !open.has(Number(key.slice(TAB_KEY_PREFIX.length))));
  if (gone.length > 0) await live().remove(gone);
}

/** Tells every open extension page (sidebars, popup, options) that data changed. */
export async function announceDataChange(): Promise<void> {
  await live().set({ [DATA_VERSION_KEY]: Date.now() + Math.random() });
}
