import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export type ActiveTab = { status: 'loading' } | { status: 'ready'; tabId?: number; url?: string } | { status: 'error'; message: string };

/** The active tab of the window the side panel belongs to, followed across tab switches and navigations. */
export function useActiveTab(): ActiveTab {
  const [state, setState] = useState<ActiveTab>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    let windowId: number | undefined;
    let shownTabId: number | undefined;
    const read = async () => {
      const [tab] = await browser.tabs.query({ active: true, windowId });
      shownTabId = tab?.id;
      if (active) setState({ status: 'ready', tabId: tab?.id, url: tab?.url });
    };
    const fail = (reason: unknown) => active && setState({ status: 'error', message: String(reason) });
    const onActivated = (info: { windowId: number }) => {
      if (info.windowId === windowId) read().catch(fail);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === shownTabId && (change.url !== undefined || change.status === 'complete')) read().catch(fail);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows
      .getCurrent()
      .then((current) => {
        windowId = current.id;
        return read();
      })
      .catch(fail);
    return () => {
      active = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return state;
}
