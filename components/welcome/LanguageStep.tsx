import { useState } from 'react';
import type { Formality, Language } from '../../utils/domain/model';
import { DEFAULT_SETTINGS } from '../../utils/domain/settings';
import { t, uiLanguage } from '../../utils/i18n';
import { FormalityOptions, LanguageOptions } from '../shared/LanguageOptions';
import { StepActions, StepField, StepProblem, type StepProps } from './step-parts';
import { useSaveSettings } from './use-save-settings';

export function LanguageStep({ next }: StepProps) {
  const [language, setLanguage] = useState<Language>(uiLanguage());
  const [formality, setFormality] = useState<Formality>(DEFAULT_SETTINGS.defaultFormality);
  const { save, busy, problem } = useSaveSettings(next);
  return (
    <>
      <p>{t('welcomeLanguageIntro')}</p>
      <StepField label={t('optSettingsLanguage')}>
        {(id) => (
          <select id={id} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <LanguageOptions />
          </select>
        )}
      </StepField>
      <StepField label={t('optSettingsFormality')}>
        {(id) => (
          <select id={id} value={formality} onChange={(event) => setFormality(event.target.value as Formality)}>
            <FormalityOptions />
          </select>
        )}
      </StepField>
      <p className="subtle hint">{t('welcomeLanguageUi')}</p>
      <StepProblem message={problem} />
      <StepActions next={next} busy={busy} onSave={() => void save({ defaultLanguage: language, defaultFormality: formality })} />
    </>
  );
}
