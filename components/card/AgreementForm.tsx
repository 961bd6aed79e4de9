import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { AGREEMENT_KINDS, type AgreementKind } from '../../utils/domain/model';
import { t } from '../../utils/i18n';
import { agreementKindLabel } from '../../utils/ui/agreement-kind-label';
import { DEFAULT_CURRENCY, parseAmount } from '../../utils/domain/payment-record';

export interface AgreementValues {
  kind: AgreementKind;
  text: string;
  dueDate?: string;
  /** An invoice's amount, in `currency` (EUR unless chosen). */
  amount?: number;
  currency?: string;
}

const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'];

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
  const [amount, setAmount] = useState(initial?.amount === undefined ? '' : String(initial.amount));
  const [currency, setCurrency] = useState(initial?.currency ?? DEFAULT_CURRENCY);
  const parsedAmount = parseAmount(amount);
  const amountInvalid = kind === 'invoice' && amount.trim() !== '' && parsedAmount === undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (amountInvalid) return;
    const money = kind === 'invoice' && parsedAmount !== undefined ? { amount: parsedAmount, currency } : {};
    if (await onSubmit({ kind, text: text.trim(), dueDate: dueDate || undefined, ...money }) && !initial) {
      setText('');
      setDueDate('');
      setAmount('');
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
      {kind === 'invoice' && (
        <>
          <label htmlFor={`${id}-amount`}>{t('orgAmount')}</label>
          <input
            id={`${id}-amount`}
            inputMode="decimal"
            value={amount}
            aria-invalid={amountInvalid}
            aria-describedby={amountInvalid ? `${id}-amount-problem` : undefined}
            onChange={(event) => setAmount(event.target.value)}
          />
          {amountInvalid && <p id={`${id}-amount-problem`} className="subtle">{t('orgAmountInvalid')}</p>}
          <label htmlFor={`${id}-currency`}>{t('orgCurrency')}</label>
          <select id={`${id}-currency`} value={currency} onChange={(event) => setCurrency(event.target.value)}>
            {[...new Set([currency, ...CURRENCIES])].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </>
      )}
      {children}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || !text.trim() || amountInvalid}>
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
