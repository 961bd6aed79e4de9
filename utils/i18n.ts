import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

type MessageLookup = (name: string, substitutions?: string | string[]) => string;
let fallback: MessageLookup | undefined;

/**
 * Extension pages and the worker install the bundled catalogs here: in about one launch of six with `--load-extension`,
 * Chromium 156 answers '' for every message for the whole session, whatever the catalog's size (measured with 3.5 KB,
 * 54 KB and 80 KB catalogs). Content scripts never install them, so they stay small.
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
  return browserLocale().toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Chromium's service worker answers 'en-US' from `getUILanguage()` under a German browser; its `navigator` does not. */
function browserLocale(): string {
  const inWorker = typeof document === 'undefined' && typeof navigator !== 'undefined';
  return (inWorker && navigator.language) || browser.i18n.getUILanguage();
}
