import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { AGREEMENT_KINDS, type AgreementKind } from '../../utils/domain/model';
import { t } from '../../utils/i18n';
import { agreementKindLabel } from '../../utils/ui/agreement-kind-label';

export interface AgreementValues {
  kind: AgreementKind;
  text: string;
  dueDate?: string;
}

export function AgreementForm({
  title,
  initial,
  busy,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  initial?: AgreementValues;
  busy: boolean;
  onSubmit: (values: AgreementValues) => Promise<boolean>;
  onCancel?: () => void;
  /** More fields, shown above the buttons. */
  children?: ReactNode;
}) {
  const id = useId();
  const [kind, setKind] = useState<AgreementKind>(initial?.kind ?? 'deadline');
  const [text, setText] = useState(initial?.text ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit({ kind, text: text.trim(), dueDate: dueDate || undefined }) && !initial) {
      setText('');
      setDueDate('');
    }
  };

  return (
    <form className="quick-form" onSubmit={(event) => void submit(event)} aria-label={title}>
      <label htmlFor={`${id}-kind`}>{t('agreementKind')}</label>
      <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as AgreementKind)}>
        {AGREEMENT_KINDS.map((option) => (
          <option key={option} value={option}>
            {agreementKindLabel(option)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>{t('agreementText')}</label>
      <textarea id={`${id}-text`} rows={2} required maxLength={5000} value={text} onChange={(event) => setText(event.target.value)} />
      <label htmlFor={`${id}-due`}>{t('agreementDue')}</label>
      <input id={`${id}-due`} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      {children}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          {t('save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
