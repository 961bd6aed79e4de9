import { browser } from 'wxt/browser';

/**
 * Asks for the optional notifications permission. Browsers only ask during the user's click, so call
 * this straight from the event handler, before anything is awaited.
 */
export function askForNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
}

export function notificationsAllowed(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}
