import type { Contact } from '../../../utils/domain/model';
import { readOrganisation } from '../../../utils/db/organisations-repo';
import { t } from '../../../utils/i18n';
import { hrefOf } from '../shared/route';
import { useDatabaseRead } from '../shared/use-database-read';

/** Which organisation the contact belongs to, as a link to its page. */
export function ContactOrganisation({ contact }: { contact: Contact }) {
  const read = useDatabaseRead(readOrganisation, contact.organisationId ?? '');
  if (read.status !== 'ready' || !read.value) return null;
  return (
    <p data-testid="contact-organisation">
      {t('orgOfContact')}:{' '}
      <a href={hrefOf({ section: 'organisation', organisationId: read.value.id })}>{read.value.name}</a>
    </p>
  );
}
