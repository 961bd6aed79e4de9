import type { Agreement } from '../../../utils/domain/model';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { isAgreementOverdue } from '../../../utils/schedule/follow-up';
import { agreementKindLabel } from '../../../utils/ui/agreement-kind-label';
import { formatDate } from '../../../utils/ui/format';
import { useAction } from '../shared/use-action';

const MAX_SHOWN = 30;

/** Overdue first, then by due date, undated last. */
function byUrgency(today: string) {
  return (a: Agreement, b: Agreement) =>
    Number(isAgreementOverdue(b, today)) - Number(isAgreementOverdue(a, today)) ||
    (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') ||
    a.createdAt - b.createdAt;
}

/** Everything still open with the organisation, whoever it was agreed with; each can be closed here. */
export function OrganisationAgreements({ agreements, names, today }: { agreements: Agreement[]; names: Record<string, string>; today: string }) {
  const language = uiLanguage();
  const closing = useAction((agreementId: string) => callBackground('agreement.update', { agreementId, patch: { status: 'done' } }));
  const open = agreements.filter((agreement) => agreement.status === 'open').sort(byUrgency(today));
  if (open.length === 0) return <p className="subtle">{t('noOpenAgreements')}</p>;
  return (
    <>
      <ul className="plain-list">
        {open.slice(0, MAX_SHOWN).map((agreement) => {
          const overdue = isAgreementOverdue(agreement, today);
          const textId = `org-agreement-${agreement.id}`;
          return (
            <li key={agreement.id} className={overdue ? 'overdue' : undefined} data-testid="organisation-open-agreement">
              <span className="subtle">{agreementKindLabel(agreement.kind)}</span> · <span id={textId}>{agreement.text}</span>
              <div className="subtle">
                {t('orgAgreedVia', names[agreement.contactId] ?? '?')}
                {agreement.dueDate && ` · ${t('dueOn', formatDate(agreement.dueDate, language))}`}
                {overdue && <strong className="flag"> {t('overdue')}</strong>}
              </div>
              <button type="button" aria-describedby={textId} disabled={closing.state.status === 'busy'} onClick={() => void closing.run(agreement.id)}>
                {agreement.kind === 'invoice' ? t('orgMarkPaid') : t('agreementDone')}
              </button>
            </li>
          );
        })}
      </ul>
      {open.length > MAX_SHOWN && <p className="subtle">{t('orgShowingFirst', [String(MAX_SHOWN), open.length.toLocaleString(language)])}</p>}
      {closing.state.status === 'failed' && <p role="alert">{t('optActionFailed', closing.state.message)}</p>}
    </>
  );
}
