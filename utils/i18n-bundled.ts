import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { setMessageFallback, uiLanguage } from './i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

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

/** The catalog is chosen at each lookup: a worker that starts with the browser may see the language settle later. */
export function installBundledMessages(): void {
  setMessageFallback((name, substitutions) => bundledMessage(uiLanguage() === 'de' ? de : en, name, substitutions));
}
