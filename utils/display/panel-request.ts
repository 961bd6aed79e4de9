import { browser } from 'wxt/browser';
import { LIVE_AREA } from '../background/tab-contexts';

/** "New note for this person": the keyboard command opens the side panel and asks it to start a draft. */
export interface PanelRequest {
  tabId: number;
  action: 'draft';
  at: number;
}

export const PANEL_REQUEST_KEY = 'panelRequest';
/** A request the panel did not see this soon (it was not opened, the person is not a contact) is forgotten. */
const FRESH_MS = 15_000;

export async function requestDraftInPanel(tabId: number, now = Date.now()): Promise<void> {
  const request: PanelRequest = { tabId, action: 'draft', at: now };
  await browser.storage[LIVE_AREA].set({ [PANEL_REQUEST_KEY]: request });
}

/** The moment a draft was asked for in this tab, when it is recent enough to act on. */
export function draftRequestedAt(request: PanelRequest | undefined, tabId: number | undefined, now = Date.now()): number | undefined {
  if (!request || request.tabId !== tabId || request.action !== 'draft') return undefined;
  return now - request.at <= FRESH_MS ? request.at : undefined;
}
