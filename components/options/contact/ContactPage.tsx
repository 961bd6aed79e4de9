import { useId } from 'react';
import { readContactDetail } from '../../../utils/db/contacts-query';
import type { DeletedContact } from '../../../utils/db/delete-contact';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { todayIn } from '../../../utils/schedule/calendar';
import { LoadProblem } from '../shared/LoadProblem';
import { hrefOf } from '../shared/route';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';
import { ContactAgreements } from './ContactAgreements';
import { ContactFacts } from './ContactFacts';
import { ContactOrganisation } from './ContactOrganisation';
import { ContactFieldsForm } from './ContactFieldsForm';
import { IdentitiesEditor } from './IdentitiesEditor';
import { ImportantDatesEditor } from './ImportantDatesEditor';
import { firstDayOf } from './working-since';
import { MergePanel } from './MergePanel';
import { SyncNotes } from './SyncNotes';
import { Timeline } from './Timeline';

interface ContactPageProps {
  contactId: string;
  onDeleted: (deleted: DeletedContact) => void;
}

export function ContactPage({ contactId, onDeleted }: ContactPageProps) {
  const id = useId();
  const read = useDatabaseRead(readContactDetail, contactId);
  const deleting = useAction(async () => {
    const deleted = await callBackground('contact.delete', { contactId });
    onDeleted(deleted);
    window.location.hash = hrefOf({ section: 'contacts' });
  });

  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (read.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const back = (
    <p>
      <a href={hrefOf({ section: 'contacts' })}>← {t('optBackToContacts')}</a>
    </p>
  );
  if (!read.value) {
    return (
      <section>
        {back}
        <p>{t('optContactGone')}</p>
      </section>
    );
  }
  const { contact, interactions, agreements } = read.value;
  const today = todayIn();
  return (
    <article className="contact-page" aria-labelledby={`${id}-name`}>
      {back}
      <header className="contact-header">
        <h2 id={`${id}-name`} className="contact-name name">
          {contact.displayName}
        </h2>
        <button type="button" className="danger" onClick={() => void deleting.run()} disabled={deleting.state.status === 'busy'}>
          {t('optDeleteContact')}
        </button>
      </header>
      {deleting.state.status === 'failed' && <p role="alert">{t('optActionFailed', deleting.state.message)}</p>}
      <ContactFacts contact={contact} today={today} />
      <ContactOrganisation contact={contact} />
      <SyncNotes contact={contact} />
      <div className="contact-columns">
        <div>
          <ContactFieldsForm key={contact.id} contact={contact} />
        </div>
        <div>
          <IdentitiesEditor key={`${contact.id}:${contact.linkedinSlug ?? ''}`} contact={contact} />
          <ImportantDatesEditor key={`dates-${contact.id}-${contact.updatedAt}`} contact={contact} today={today} workingSince={firstDayOf(interactions, agreements)} />
          <ContactAgreements agreements={agreements} today={today} />
          <Timeline interactions={interactions} />
          <MergePanel key={`merge-${contact.id}`} contact={contact} />
        </div>
      </div>
    </article>
  );
}
