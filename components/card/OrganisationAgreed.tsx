import type { OrganisationBrief } from '../../utils/db/organisation-brief';
import { t, uiLanguage } from '../../utils/i18n';
import { isAgreementOverdue } from '../../utils/schedule/follow-up';
import { agreementKindLabel } from '../../utils/ui/agreement-kind-label';
import { formatDate } from '../../utils/ui/format';

/**
 * What was agreed with the person's organisation through others (who may have left it), so a new contact
 * person is not met with "I know nothing about that"; and a quiet word when the organisation pays late.
 */
export function OrganisationAgreed({ brief, today }: { brief: OrganisationBrief; today: string }) {
  const language = uiLanguage();
  if (brief.agreedByOthers.length === 0 && !brief.lateWarning) return null;
  return (
    <section aria-labelledby="organisation-agreed-heading" className="organisation-agreed" data-testid="organisation-agreed">
      <h2 id="organisation-agreed-heading">{t(brief.newContactPerson ? 'orgNewPersonHeading' : 'orgAgreedHeading', brief.name)}</h2>
      {brief.newContactPerson && <p className="subtle">{t('orgNewPersonHint')}</p>}
      {brief.agreedByOthers.length > 0 && (
        <ul className="agreements">
          {brief.agreedByOthers.map((agreement) => (
            <li key={agreement.id} data-testid="organisation-agreement">
              <span className="subtle">{agreementKindLabel(agreement.kind)}</span> · {agreement.text}
              <div className="subtle">
                {t('orgAgreedVia', brief.names[agreement.contactId] ?? '?')}
                {agreement.dueDate && ` · ${t('dueOn', formatDate(agreement.dueDate, language))}`}
                {isAgreementOverdue(agreement, today) && <strong className="flag"> {t('overdue')}</strong>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {brief.agreedByOthersCount > brief.agreedByOthers.length && (
        <p className="subtle">{t('orgShowingFirst', [String(brief.agreedByOthers.length), brief.agreedByOthersCount.toLocaleString(language)])}</p>
      )}
      {brief.lateWarning && (
        <p className="subtle" data-testid="organisation-late-warning">
          {t('orgLateWarning', [String(brief.lateWarning.late), String(brief.lateWarning.of)])}
        </p>
      )}
    </section>
  );
}
