import { useId, useState, type FormEvent } from 'react';
import type { IdentityConflict } from '../../../utils/db/contact-identities';
import { linkedinProfileUrl, normaliseEmail } from '../../../utils/domain/identity';
import type { Contact } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { hrefOf } from '../shared/route';
import { useAction } from '../shared/use-action';

/** Email addresses and the LinkedIn profile: how Rapport recognises this person in Gmail and on LinkedIn. */
export function IdentitiesEditor({ contact }: { contact: Contact }) {
  const id = useId();
  const [newEmail, setNewEmail] = useState('');
  const [linkedin, setLinkedin] = useState(contact.linkedinSlug ? linkedinProfileUrl(contact.linkedinSlug) : '');
  const [conflict, setConflict] = useState<IdentityConflict | undefined>(undefined);
  const [invalid, setInvalid] = useState(false);
  const saving = useAction(async (emails: string[], profile: string | undefined) => {
    setConflict(undefined);
    const result = await callBackground('contact.setIdentities', { contactId: contact.id, emails, linkedin: profile });
    if (!result.ok) setConflict(result.conflict);
    return result.ok;
  });
  const merging = useAction((otherId: string) => callBackground('contacts.merge', { keepId: contact.id, mergeId: otherId }));
  const currentProfile = contact.linkedinSlug ? linkedinProfileUrl(contact.linkedinSlug) : undefined;
  const busy = saving.state.status === 'busy' || merging.state.status === 'busy';

  const addEmail = async (event: FormEvent) => {
    event.preventDefault();
    const email = normaliseEmail(newEmail);
    setInvalid(!email);
    if (!email) return;
    if (await saving.run([...contact.emails, email], currentProfile)) setNewEmail('');
  };
  const saveProfile = (event: FormEvent) => {
    event.preventDefault();
    void saving.run(contact.emails, linkedin.trim() || undefined);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="identities">
      <h3 id={`${id}-title`}>{t('optIdentities')}</h3>
      <p className="subtle">{t('optIdentitiesHint')}</p>
      {contact.emails.length === 0 ? (
        <p className="subtle">{t('optNoEmails')}</p>
      ) : (
        <ul className="plain-list">
          {contact.emails.map((email) => (
            <li key={email} className="identity">
              <span className="name">{email}</span>
              <button
                type="button"
                disabled={busy}
                aria-label={t('optRemoveEmail', email)}
                onClick={() => void saving.run(contact.emails.filter((other) => other !== email), currentProfile)}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(event) => void addEmail(event)}>
        <label htmlFor={`${id}-email`}>{t('optAddEmail')}</label>
        <input
          id={`${id}-email`}
          type="email"
          value={newEmail}
          maxLength={320}
          aria-invalid={invalid}
          onChange={(event) => {
            setNewEmail(event.target.value);
            setInvalid(false);
          }}
        />
        <button type="submit" disabled={busy || newEmail.trim() === ''}>
          {t('optAdd')}
        </button>
      </form>
      {invalid && <p role="alert">{t('optInvalidEmail')}</p>}
      <form className="inline-form" onSubmit={saveProfile}>
        <label htmlFor={`${id}-linkedin`}>{t('optLinkedinUrl')}</label>
        <input
          id={`${id}-linkedin`}
          type="url"
          value={linkedin}
          maxLength={500}
          placeholder="https://www.linkedin.com/in/…"
          onChange={(event) => setLinkedin(event.target.value)}
        />
        <button type="submit" disabled={busy || (linkedin.trim() || undefined) === currentProfile}>
          {linkedin.trim() ? t('save') : t('optRemove')}
        </button>
      </form>
      {saving.state.status === 'failed' && <p role="alert">{t('optActionFailed', saving.state.message)}</p>}
      {conflict && (
        <div role="alert" className="conflict">
          <p>{t('optIdentityTaken', [conflict.identity, conflict.displayName])}</p>
          <p className="actions">
            <a href={hrefOf({ section: 'contact', contactId: conflict.contactId })}>{t('optOpenContact', conflict.displayName)}</a>
            <button type="button" disabled={busy} onClick={() => void merging.run(conflict.contactId).then(() => setConflict(undefined))}>
              {t('optMergeInto', conflict.displayName)}
            </button>
          </p>
        </div>
      )}
      {merging.state.status === 'failed' && <p role="alert">{t('optActionFailed', merging.state.message)}</p>}
    </section>
  );
}
