import { FORMALITIES, LANGUAGES, formalityLabel, languageLabel } from '../../utils/ui/language-label';

/** The `<option>`s of a draft-language select, in the UI language. */
export function LanguageOptions() {
  return LANGUAGES.map((language) => (
    <option key={language} value={language}>
      {languageLabel(language)}
    </option>
  ));
}

/** The `<option>`s of a form-of-address select: du, Sie. */
export function FormalityOptions() {
  return FORMALITIES.map((formality) => (
    <option key={formality} value={formality}>
      {formalityLabel(formality)}
    </option>
  ));
}
