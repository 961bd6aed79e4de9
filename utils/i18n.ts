import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** UI text in the browser's language (German or English); the key itself if a translation is missing. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // Keys are checked against messages.json above; WXT's generated key list may lag behind it.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

export function uiLanguage(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
