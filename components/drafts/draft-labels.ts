import type { DraftKind } from '../../utils/drafts';
import type { Formality, Language } from '../../utils/domain/model';
import { t, type MessageKey } from '../../utils/i18n';

/** Message names allow only letters, digits and `_`; kinds are spelled `call-summary`. */
export function draftKindLabel(kind: DraftKind): string {
  return t(`draftKind_${kind.replaceAll('-', '_')}` as MessageKey);
}

export function languageLabel(language: Language): string {
  return t(`draftLanguage_${language}` as MessageKey);
}

export function formalityLabel(formality: Formality): string {
  return t(`draftFormality_${formality}` as MessageKey);
}
