import { browser } from 'wxt/browser';
import { DISPLAY_KEY, placesFrom, type DisplayPlace, type Site } from './display-place';

/** Whether the user folded the in-page sidebar away: one choice for every page of this browser. */
export const SIDEBAR_COLLAPSED_KEY = 'sidebarCollapsed';

export interface SidebarStoredState {
  place: DisplayPlace;
  collapsed: boolean;
}

/** Where Rapport shows on `site` and whether its frame is folded, in one storage read. */
export async function readSidebarStoredState(site: Site): Promise<SidebarStoredState> {
  const stored = await browser.storage.local.get([DISPLAY_KEY, SIDEBAR_COLLAPSED_KEY]);
  return { place: placesFrom(stored[DISPLAY_KEY])[site], collapsed: stored[SIDEBAR_COLLAPSED_KEY] === true };
}

export async function saveSidebarCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [SIDEBAR_COLLAPSED_KEY]: collapsed });
}
