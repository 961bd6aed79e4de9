import { useId, useState } from 'react';
import type { Cadence, Contact } from '../../utils/domain/model';
import { t, type MessageKey } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { CADENCE_PRESETS, cadenceOfPreset, presetIdOf, type CadencePresetId } from '../../utils/schedule/cadence';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

const NONE = 'none';
const CUSTOM = 'custom';

export function CadenceControl({ contact }: { contact: Contact }) {
  const id = useId();
  const { status, run, busy } = useAction();
  const current = contact.cadence ? (presetIdOf(contact.cadence) ?? CUSTOM) : NONE;
  const [customDays, setCustomDays] = useState(contact.cadence?.unit === 'days' ? contact.cadence.count : 45);
  const [choice, setChoice] = useState<string>(current);

  const save = (cadence: Cadence | null) => run(() => callBackground('contact.update', { contactId: contact.id, patch: { cadence } }));
  const choose = (value: string) => {
    setChoice(value);
    if (value === NONE) void save(null);
    else if (value !== CUSTOM) void save(cadenceOfPreset(value as CadencePresetId));
  };

  return (
    <div className="quick-form">
      <label htmlFor={`${id}-cadence`}>{t('cadenceSet')}</label>
      <select id={`${id}-cadence`} value={choice} disabled={busy} onChange={(event) => choose(event.target.value)}>
        <option value={NONE}>{t('cadence_none')}</option>
        {CADENCE_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t(preset.messageKey as MessageKey)}
          </option>
        ))}
        <option value={CUSTOM}>{t('cadence_custom_days')}</option>
      </select>
      {choice === CUSTOM && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save({ unit: 'days', count: customDays });
          }}
        >
          <label htmlFor={`${id}-days`}>{t('cadenceCustomDays')}</label>
          <input id={`${id}-days`} type="number" min={1} max={3660} required value={customDays} onChange={(event) => setCustomDays(Number(event.target.value))} />
          <button type="submit" disabled={busy}>
            {t('save')}
          </button>
        </form>
      )}
      <StatusLine status={status} />
    </div>
  );
}
