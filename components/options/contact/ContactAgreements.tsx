import { useId } from 'react';
import type { Agreement, AgreementStatus } from '../../../utils/domain/model';
import { t, uiLanguage, type MessageKey } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { isAgreementOverdue } from '../../../utils/schedule/follow-up';
import { agreementKindLabel } from '../../../utils/ui/agreement-kind-label';
import { formatDate } from '../../../utils/ui/format';
import { useAction } from '../shared/use-action';

const STATUS_ORDER: Record<AgreementStatus, number> = { open: 0, done: 1, cancelled: 2 };

/** All of a contact's agreements, open ones first; each can be closed or reopened. */
export function ContactAgreements({ agreements, today }: { agreements: Agreement[]; today: string }) {
  const id = useId();
  const language = uiLanguage();
  const changing = useAction((agreementId: string, status: AgreementStatus) => callBackground('agreement.update', { agreementId, patch: { status } }));
  const sorted = [...agreements].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt - b.createdAt,
  );
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('optAgreements')}</h3>
      {sorted.length === 0 ? (
        <p className="subtle">{t('optNoAgreements')}</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((agreement, index) => {
            const overdue = isAgreementOverdue(agreement, today);
            const textId = `${id}-text-${index}`;
            return (
              <li key={agreement.id} className={overdue ? 'overdue' : agreement.status !== 'open' ? 'closed' : undefined} data-testid="contact-agreement">
                <span className="subtle">{agreementKindLabel(agreement.kind)}</span> · <span id={textId} className="agreement-text">
                  {agreement.text}
                </span>
                <div className="subtle">
                  {agreement.dueDate && t('dueOn', formatDate(agreement.dueDate, language))}
                  {overdue && <strong className="flag"> {t('overdue')}</strong>}
                  {agreement.status !== 'open' && ` · ${t(`optStatus_${agreement.status}` as MessageKey)}`}
                </div>
                {agreement.status === 'open' ? (
                  <button type="button" aria-describedby={textId} disabled={changing.state.status === 'busy'} onClick={() => void changing.run(agreement.id, 'done')}>
                    {t('agreementDone')}
                  </button>
                ) : (
                  <button type="button" aria-describedby={textId} disabled={changing.state.status === 'busy'} onClick={() => void changing.run(agreement.id, 'open')}>
                    {t('optReopen')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {changing.state.status === 'failed' && <p role="alert">{t('optActionFailed', changing.state.message)}</p>}
    </section>
  );
}
