import { useId, useState } from 'react';
import type { Cadence } from '../../utils/domain/model';
import { t, type MessageKey } from '../../utils/i18n';
import { CADENCE_PRESETS, MAX_CADENCE_DAYS, MAX_CADENCE_MONTHS, cadenceOfPreset, presetIdOf, type CadencePresetId } from '../../utils/schedule/cadence';

const NONE = 'none';
const CUSTOM = 'custom';

interface CadencePickerProps {
  label: string;
  value: Cadence | undefined;
  onChange: (cadence: Cadence | undefined) => void;
  /** The text for "no cadence"; without it, a cadence must be chosen. */
  noneLabel?: string;
  hint?: string;
}

/** A cadence field for a form: presets, or every N days or months. */
export function CadencePicker({ label, value, onChange, noneLabel, hint }: CadencePickerProps) {
  const id = useId();
  const preset = presetIdOf(value);
  const [custom, setCustom] = useState(value !== undefined && !preset);
  const choice = value === undefined && !custom ? NONE : custom || !preset ? CUSTOM : preset;
  const customValue: Cadence = value ?? { unit: 'days', count: 45 };

  const choose = (next: string) => {
    setCustom(next === CUSTOM);
    if (next === NONE) onChange(undefined);
    else if (next === CUSTOM) onChange(customValue);
    else onChange(cadenceOfPreset(next as CadencePresetId));
  };
  const setCount = (count: number, unit: Cadence['unit']) => {
    const max = unit === 'days' ? MAX_CADENCE_DAYS : MAX_CADENCE_MONTHS;
    onChange({ unit, count: Math.min(max, Math.max(1, Math.trunc(Number.isFinite(count) ? count : 1))) });
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-choice`}>{label}</label>
      <select id={`${id}-choice`} value={choice} onChange={(event) => choose(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {noneLabel !== undefined && <option value={NONE}>{noneLabel}</option>}
        {CADENCE_PRESETS.map((option) => (
          <option key={option.id} value={option.id}>
            {t(option.messageKey as MessageKey)}
          </option>
        ))}
        <option value={CUSTOM}>{t('optCadenceCustom')}</option>
      </select>
      {choice === CUSTOM && (
        <span className="inline-fields">
          <label htmlFor={`${id}-count`}>{t('optCadenceEvery')}</label>
          <input
            id={`${id}-count`}
            type="number"
            min={1}
            max={customValue.unit === 'days' ? MAX_CADENCE_DAYS : MAX_CADENCE_MONTHS}
            value={customValue.count}
            onChange={(event) => setCount(event.target.valueAsNumber, customValue.unit)}
          />
          <label htmlFor={`${id}-unit`} className="visually-hidden">
            {t('optCadenceUnit')}
          </label>
          <select id={`${id}-unit`} value={customValue.unit} onChange={(event) => setCount(customValue.count, event.target.value as Cadence['unit'])}>
            <option value="days">{t('optCadenceDays')}</option>
            <option value="months">{t('optCadenceMonths')}</option>
          </select>
        </span>
      )}
      {hint && (
        <p id={`${id}-hint`} className="subtle hint">
          {hint}
        </p>
      )}
    </div>
  );
}
