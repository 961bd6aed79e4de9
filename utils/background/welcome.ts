import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

/** A new install opens the welcome page; an update or a browser restart does not. */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => console.error('Rapport could not open its welcome page', error));
  });
}
