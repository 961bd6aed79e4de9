import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens Rapport in the browser's side panel. Both browsers allow it only while handling a user action (a click,
 * a keyboard command), and only synchronously: call this first in the handler, with a window id known before.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    return sidebarAction ? sidebarAction.open() : Promise.reject(new Error('This browser has no sidebar.'));
  }
  if (!browser.sidePanel || windowId === undefined) return Promise.reject(new Error('This browser has no side panel.'));
  return browser.sidePanel.open({ windowId });
}
