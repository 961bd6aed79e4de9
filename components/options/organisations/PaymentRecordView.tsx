import { formatMoney, type PaymentRecord } from '../../../utils/domain/payment-record';
import { t, uiLanguage } from '../../../utils/i18n';

/** Invoices paid, how late on average, what is overdue now; a quiet line when the client habitually pays late. */
export function PaymentRecordView({ record }: { record: PaymentRecord }) {
  const language = uiLanguage();
  const amounts = record.overdueAmounts.map((money) => formatMoney(money, language));
  return (
    <>
    <dl className="facts payment-record" data-testid="payment-record">
      <dt>{t('orgInvoicesPaid')}</dt>
      <dd>{record.paid.toLocaleString(language)}</dd>
      <dt>{t('orgAverageDaysLate')}</dt>
      <dd>
        {record.averageDaysLate === undefined
          ? t('orgNoTimedInvoices')
          : t('orgDaysValue', (Math.round(record.averageDaysLate * 10) / 10).toLocaleString(language))}
      </dd>
      <dt>{t('orgOverdueOpen')}</dt>
      <dd className={record.overdue > 0 ? 'overdue' : undefined}>
        {record.overdue === 0
          ? t('orgNothingOverdue')
          : [
              t('orgOverdueCount', record.overdue.toLocaleString(language)),
              ...amounts,
              ...(record.overdueWithoutAmount > 0 ? [t('orgWithoutAmount', record.overdueWithoutAmount.toLocaleString(language))] : []),
            ].join(' · ')}
      </dd>
    </dl>
    {record.lateWarning && (
      <p className="subtle" data-testid="late-warning">
        {t('orgLateWarning', [String(record.lateWarning.late), String(record.lateWarning.of)])}
      </p>
    )}
    </>
  );
}
