import { useState } from 'react';
import type { Cadence } from '../../utils/domain/model';
import { DEFAULT_SETTINGS } from '../../utils/domain/settings';
import { t } from '../../utils/i18n';
import { CadencePicker } from '../shared/CadencePicker';
import { StepActions, StepProblem, type StepProps } from './step-parts';
import { useSaveSettings } from './use-save-settings';

export function RhythmStep({ next }: StepProps) {
  const [cadence, setCadence] = useState<Cadence | undefined>(DEFAULT_SETTINGS.defaultCadence);
  const { save, busy, problem } = useSaveSettings(next);
  return (
    <>
      <p>{t('welcomeRhythmIntro')}</p>
      <CadencePicker label={t('optSettingsDefaultCadence')} value={cadence} hint={t('optSettingsDefaultCadenceHint')} onChange={setCadence} />
      <StepProblem message={problem} />
      <StepActions next={next} busy={busy} onSave={() => void save(cadence ? { defaultCadence: cadence } : {})} />
    </>
  );
}
