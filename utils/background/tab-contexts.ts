import { browser } from 'wxt/browser';
import type { PageContext } from '../messaging/page-context';

/** What each tab shows lives in session storage: it survives a worker restart and the sidebar can watch it. */
export const tabContextKey = (tabId: number) => `tab:${tabId}`;
export const DATA_VERSION_KEY = 'dataVersion';

export async function rememberTabContext(tabId: number, context: PageContext): Promise<void> {
  await browser.storage.session.set({ [tabContextKey(tabId)]: context });
}

export async function tabContext(tabId: number): Promise<PageContext | undefined> {
  const key = tabContextKey(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as PageContext | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabContextKey(tabId));
}

/** Tells every open extension page (sidebars, popup, options) that data changed. */
export async function announceDataChange(): Promise<void> {
  await browser.storage.session.set({ [DATA_VERSION_KEY]: Date.now() + Math.random() });
}
