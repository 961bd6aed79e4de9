import type { ContactCard } from '../../utils/messaging/protocol';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import type { PagePerson } from '../../utils/ui/page-person';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

type Field = 'headline' | 'company';

/** LinkedIn shows a new headline or company: say what changed and offer to take it over. */
export function ChangeNotice({ card, pageFacts }: { card: ContactCard; pageFacts: NonNullable<PagePerson['pageFacts']> }) {
  const { status, run, busy } = useAction();
  const { contact } = card;
  const changed = (['headline', 'company'] as Field[]).filter((field) => pageFacts[field] && contact[field] && pageFacts[field] !== contact[field]);
  if (changed.length === 0) return null;
  const companyChanged = changed.includes('company');
  const handoverCompany = companyChanged && card.openAgreements.length > 0 ? contact.company : undefined;
  return (
    <section className="notice" aria-labelledby="change-heading">
      <h2 id="change-heading">{t('changedOnPage')}</h2>
      <dl>
        {changed.map((field) => (
          <div key={field} data-testid={`changed-${field}`}>
            <dt>{t(field === 'headline' ? 'fieldHeadline' : 'fieldCompany')}</dt>
            <dd>{t('changedBefore', contact[field] ?? '')}</dd>
            <dd>{t('changedNow', pageFacts[field] ?? '')}</dd>
          </div>
        ))}
      </dl>
      {handoverCompany && <p>{t('handoverHint', handoverCompany)}</p>}
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run(() =>
            callBackground('contact.update', {
              contactId: contact.id,
              patch: { headline: pageFacts.headline, company: pageFacts.company, role: pageFacts.role },
            }),
          )
        }
      >
        {t('updateContact')}
      </button>
      <StatusLine status={status} />
    </section>
  );
}
