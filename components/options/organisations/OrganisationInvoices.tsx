import { useId } from 'react';
import type { Agreement } from '../../../utils/domain/model';
import { DEFAULT_CURRENCY, daysLate, formatMoney, toMinor } from '../../../utils/domain/payment-record';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { isAgreementOverdue } from '../../../utils/schedule/follow-up';
import { formatDate } from '../../../utils/ui/format';
import { useAction } from '../shared/use-action';

const MAX_SHOWN = 30;

/** The organisation's invoices, newest first: amount, due date, and the day each was paid, which can be corrected. */
export function OrganisationInvoices({ agreements, names, today }: { agreements: Agreement[]; names: Record<string, string>; today: string }) {
  const language = uiLanguage();
  const saving = useAction((agreementId: string, paidOn: string) => callBackground('agreement.update', { agreementId, patch: { paidOn } }));
  const invoices = agreements
    .filter((agreement) => agreement.kind === 'invoice' && agreement.status !== 'cancelled')
    .sort((a, b) => (b.dueDate ?? '').localeCompare(a.dueDate ?? '') || b.createdAt - a.createdAt);
  if (invoices.length === 0) return <p className="subtle">{t('orgNoInvoices')}</p>;
  return (
    <>
      <ul className="plain-list">
        {invoices.slice(0, MAX_SHOWN).map((invoice) => (
          <InvoiceRow key={invoice.id} invoice={invoice} who={names[invoice.contactId]} today={today} language={language} onPaidOn={saving.run} busy={saving.state.status === 'busy'} />
        ))}
      </ul>
      {invoices.length > MAX_SHOWN && <p className="subtle">{t('orgShowingFirst', [String(MAX_SHOWN), invoices.length.toLocaleString(language)])}</p>}
      {saving.state.status === 'failed' && <p role="alert">{t('optActionFailed', saving.state.message)}</p>}
    </>
  );
}

interface InvoiceRowProps {
  invoice: Agreement;
  who?: string;
  today: string;
  language: string;
  busy: boolean;
  onPaidOn: (agreementId: string, paidOn: string) => Promise<unknown>;
}

function InvoiceRow({ invoice, who, today, language, busy, onPaidOn }: InvoiceRowProps) {
  const id = useId();
  const late = daysLate(invoice);
  const currency = invoice.currency ?? DEFAULT_CURRENCY;
  return (
    <li data-testid="organisation-invoice" className={isAgreementOverdue(invoice, today) ? 'overdue' : undefined}>
      <span id={`${id}-text`}>{invoice.text}</span>
      {invoice.amount !== undefined && <strong> · {formatMoney({ currency, minor: toMinor(invoice.amount, currency) }, language)}</strong>}
      <div className="subtle">
        {who && t('orgAgreedVia', who)}
        {invoice.dueDate && ` · ${t('dueOn', formatDate(invoice.dueDate, language))}`}
        {isAgreementOverdue(invoice, today) && <strong className="flag"> {t('overdue')}</strong>}
        {late !== undefined && ` · ${late > 0 ? t('orgPaidDaysLate', String(late)) : t('orgPaidOnTime')}`}
      </div>
      {invoice.status === 'done' && (
        <div className="inline-form">
          <label htmlFor={`${id}-paid`}>{t('orgPaidOn')}</label>
          <input
            id={`${id}-paid`}
            type="date"
            aria-describedby={`${id}-text`}
            defaultValue={invoice.paidOn ?? ''}
            disabled={busy}
            onChange={(event) => {
              if (event.target.value) void onPaidOn(invoice.id, event.target.value);
            }}
          />
        </div>
      )}
    </li>
  );
}
