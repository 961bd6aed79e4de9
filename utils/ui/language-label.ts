import type { Formality, Language } from '../domain/model';
import { t } from '../i18n';

export const LANGUAGES: readonly Language[] = ['de', 'en'];
export const FORMALITIES: readonly Formality[] = ['du', 'sie'];

export function languageLabel(language: Language): string {
  return t(`draftLanguage_${language}`);
}

export function formalityLabel(formality: Formality): string {
  return t(`draftFormality_${formality}`);
}
