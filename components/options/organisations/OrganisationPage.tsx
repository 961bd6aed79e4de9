import { useEffect, useId, useMemo } from 'react';
import { readOrganisationFirst, type OrganisationPage as PageData } from '../../../utils/db/organisation-page';
import { paymentRecordOf } from '../../../utils/domain/payment-record';
import { t } from '../../../utils/i18n';
import { todayIn } from '../../../utils/schedule/calendar';
import { LoadProblem } from '../shared/LoadProblem';
import { hrefOf } from '../shared/route';
import { useDatabaseRead } from '../shared/use-database-read';
import { MergeSuggestions } from './MergeSuggestions';
import { OrganisationAgreements } from './OrganisationAgreements';
import { OrganisationHistory } from './OrganisationHistory';
import { OrganisationInvoices } from './OrganisationInvoices';
import { OrganisationName } from './OrganisationName';
import { organisationPageRead } from './organisation-read';
import { OrganisationPeople } from './OrganisationPeople';
import { PaymentRecordView } from './PaymentRecordView';
import { useOrganisationRest, type RestRead } from './use-organisation-rest';

/** Marks the moment an organisation page is first on screen, for the benchmark. */
export const ORGANISATION_SHOWN_MARK = 'rapport:organisation-shown';
/** Marks the moment its agreements and merge suggestions are on screen too (a large organisation's come after its first screen). */
export const ORGANISATION_COMPLETE_MARK = 'rapport:organisation-complete';

/** One organisation: its people, what is open, how it pays, and the latest contact with it. */
export function OrganisationPage({ organisationId }: { organisationId: string }) {
  const id = useId();
  const read = useDatabaseRead(readOrganisationFirst, organisationId, { first: organisationPageRead(organisationId) });
  const today = todayIn();
  const page = read.status === 'ready' ? read.value : undefined;
  const restRead = useOrganisationRest(page);
  const agreed = restRead.status === 'ready' ? restRead.value : undefined;
  const record = useMemo(() => (agreed ? paymentRecordOf(agreed.agreements, today) : undefined), [agreed, today]);
  useEffect(() => {
    if (page && performance.getEntriesByName(ORGANISATION_SHOWN_MARK).length === 0) performance.mark(ORGANISATION_SHOWN_MARK);
  }, [page]);
  useEffect(() => {
    if (agreed && performance.getEntriesByName(ORGANISATION_COMPLETE_MARK).length === 0) performance.mark(ORGANISATION_COMPLETE_MARK);
  }, [agreed]);

  const back = (
    <p>
      <a href={hrefOf({ section: 'organisations' })}>← {t('orgBackToList')}</a>
    </p>
  );
  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (read.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  if (!page) {
    return (
      <section>
        {back}
        <p>{t('orgGone')}</p>
      </section>
    );
  }
  return (
    <article className="organisation-page" aria-labelledby={`${id}-name`} data-testid="organisation-page">
      {back}
      <OrganisationName key={page.organisation.id} organisation={page.organisation} headingId={`${id}-name`} />
      <MergeSuggestions organisation={page.organisation} suggestions={agreed?.suggestions ?? page.suggestions} />
      <div className="contact-columns">
        <div>
          <Section title={t('orgPaymentRecord')}>
            {record ? <PaymentRecordView record={record} /> : <Pending read={restRead} />}
          </Section>
          <Section title={t('orgPeople', page.peopleCount.toLocaleString())}>
            <OrganisationPeople people={page.people} count={page.peopleCount} today={today} />
          </Section>
          <Section title={t('orgHistory')}>
            <OrganisationHistory history={page.history} names={agreed?.names ?? page.names} />
          </Section>
        </div>
        <div>
          <Section title={t('orgOpenAgreements')}>
            {agreed ? <OrganisationAgreements agreements={agreed.agreements} names={agreed.names} today={today} /> : <Pending read={restRead} />}
          </Section>
          <Section title={t('orgInvoices')}>
            {agreed ? <OrganisationInvoices agreements={agreed.agreements} names={agreed.names} today={today} /> : <Pending read={restRead} />}
          </Section>
        </div>
      </div>
    </article>
  );
}

/** A section waiting for the agreements: loading, or why they could not be read. */
function Pending({ read }: { read: RestRead }) {
  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  return (
    <p className="subtle" aria-busy="true">
      {t('optLoading')}
    </p>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export type { PageData };
