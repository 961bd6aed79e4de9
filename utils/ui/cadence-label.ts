import type { Cadence } from '../domain/model';
import { t, type MessageKey } from '../i18n';
import { CADENCE_PRESETS, presetIdOf } from '../schedule/cadence';

export function cadenceLabel(cadence: Cadence | undefined): string {
  if (!cadence) return t('cadence_none');
  const preset = CADENCE_PRESETS.find((candidate) => candidate.id === presetIdOf(cadence));
  if (preset) return t(preset.messageKey as MessageKey);
  return cadence.unit === 'days' ? t('cadenceEveryDays', String(cadence.count)) : t('cadenceEveryMonths', String(cadence.count));
}
