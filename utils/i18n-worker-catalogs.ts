import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import { setMessageFallback, uiLanguage } from './i18n';
import { bundledMessage } from './i18n-bundled';

/** The worker cannot load code later (no import() in a service worker): it bundles both catalogs. */
export function installWorkerCatalogs(): void {
  setMessageFallback((name, substitutions) => bundledMessage(uiLanguage() === 'de' ? de : en, name, substitutions));
}
