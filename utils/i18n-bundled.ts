import { browser } from 'wxt/browser';
import { setMessageFallback, uiLanguage } from './i18n';

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The message as `browser.i18n.getMessage` would give it, from the catalog bundled into the page. */
export function bundledMessage(catalog: Catalog, name: string, substitutions?: string | string[]): string {
  const entry = catalog[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const byPosition = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
      return content === undefined ? whole : byPosition(content);
    })
    .replace(/\$\$/g, '$');
}

export function installCatalog(catalog: Catalog): void {
  setMessageFallback((name, substitutions) => bundledMessage(catalog, name, substitutions));
}

/**
 * Extension pages load the catalog of the browser's language only when the browser gave them no messages, so the
 * 110 KB of both catalogs stay off every page's start.
 */
export async function installBundledMessagesIfMissing(): Promise<void> {
  if (browser.i18n.getMessage('extName') !== '') return;
  const catalog = uiLanguage() === 'de' ? await import('../public/_locales/de/messages.json') : await import('../public/_locales/en/messages.json');
  installCatalog(catalog.default);
}
