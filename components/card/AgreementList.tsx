import type { Agreement } from '../../utils/domain/model';
import { t, uiLanguage } from '../../utils/i18n';
import { isAgreementOverdue } from '../../utils/schedule/follow-up';
import { formatDate } from '../../utils/ui/format';

export function AgreementList({ agreements, today }: { agreements: Agreement[]; today: string }) {
  if (agreements.length === 0) return <p className="subtle">{t('noOpenAgreements')}</p>;
  const language = uiLanguage();
  return (
    <ul className="agreements">
      {agreements.map((agreement) => {
        const overdue = isAgreementOverdue(agreement, today);
        return (
          <li key={agreement.id} className={overdue ? 'overdue' : undefined} data-testid="agreement">
            <span className="agreement-text">{agreement.text}</span>
            {agreement.dueDate && (
              <span className="subtle">
                {' '}
                · {overdue ? <strong className="flag">{t('overdue')}</strong> : null} {t('dueOn', formatDate(agreement.dueDate, language))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
