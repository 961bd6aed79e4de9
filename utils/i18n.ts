import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

type MessageLookup = (name: string, substitutions?: string | string[]) => string;
let fallback: MessageLookup | undefined;

/**
 * Extension pages and the worker install the bundled catalogs here: Chromium has been seen answering '' for every
 * message of a whole page (intermittently, and always once a catalog passed 64 KiB). Content scripts never do,
 * so they stay small.
 */
export function setMessageFallback(lookup: MessageLookup): void {
  fallback = lookup;
}

/** UI text in the browser's language (German or English); the key itself if a translation is missing. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // Keys are checked against messages.json above; WXT's generated key list may lag behind it.
  const getMessage = browser.i18n.getMessage as MessageLookup;
  return getMessage(key, substitutions) || fallback?.(key, substitutions) || key;
}

export function uiLanguage(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
