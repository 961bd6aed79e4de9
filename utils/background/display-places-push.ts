import { browser } from 'wxt/browser';
import { DISPLAY_KEY, placesFrom } from '../display/display-place';
import type { ContentCommand } from '../messaging/content-command';
import { SITE_PAGES } from '../sites/site-pages';

/**
 * When the user moves Rapport between the page and the side panel (options or welcome page, any window), tells the
 * open LinkedIn and Gmail tabs at once. Content scripts do not watch storage themselves: that would cost every page
 * load an API binding and a listener.
 */
export function pushDisplayPlaceChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(DISPLAY_KEY in changes)) return;
    const command: ContentCommand = { rapport: 1, command: 'display.places', places: placesFrom(changes[DISPLAY_KEY]?.newValue) };
    void tellSiteTabs(command).catch((error: unknown) => console.error('Rapport could not tell open pages where it appears', error));
  });
}

async function tellSiteTabs(command: ContentCommand): Promise<void> {
  const tabs = await browser.tabs.query({ url: SITE_PAGES });
  // A tab whose page loaded before Rapport was installed or updated has no content script to answer.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, command).catch(() => undefined))));
}
