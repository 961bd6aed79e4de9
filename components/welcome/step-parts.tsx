import { useId, type ReactNode } from 'react';
import { t } from '../../utils/i18n';

export interface StepProps {
  /** Saved (or skipped): on to the next step. */
  next: () => void;
}

/** The buttons under every step: save and go on, or go on without saving. */
export function StepActions({ onSave, next, busy, saveLabel }: { onSave?: () => void; next: () => void; busy?: boolean; saveLabel?: string }) {
  return (
    <div className="actions welcome-actions">
      {onSave && (
        <button type="button" className="primary" onClick={onSave} disabled={busy}>
          {saveLabel ?? t('welcomeContinue')}
        </button>
      )}
      <button type="button" onClick={next}>
        {onSave ? t('welcomeSkip') : t('welcomeContinue')}
      </button>
    </div>
  );
}

/** A saving step's failure, announced; the step stays so nothing typed is lost. */
export function StepProblem({ message }: { message: string | undefined }) {
  return <p role="alert">{message ? t('welcomeSaveFailed', message) : ''}</p>;
}

export function StepField({ label, hint, children }: { label: string; hint?: string; children: (id: string, hintId?: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, hint ? `${id}-hint` : undefined)}
      {hint && (
        <p id={`${id}-hint`} className="subtle hint">
          {hint}
        </p>
      )}
    </div>
  );
}
