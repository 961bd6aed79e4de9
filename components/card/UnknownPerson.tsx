import { useEffect, useId, useState } from 'react';
import type { Contact } from '../../utils/domain/model';
import { t } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import type { PagePerson } from '../../utils/ui/page-person';
import type { OrganisationBrief } from '../../utils/db/organisation-brief';
import { todayIn } from '../../utils/schedule/calendar';
import { OrganisationAgreed } from './OrganisationAgreed';

export function UnknownPerson({ person }: { person: PagePerson }) {
  const [status, setStatus] = useState<'idle' | 'saving' | { error: string }>('idle');
  const run = async (write: () => Promise<unknown>) => {
    setStatus('saving');
    try {
      await write();
    } catch (error) {
      setStatus({ error: String(error) });
    }
  };
  return (
    <section className="card" aria-labelledby="unknown-name">
      <h1 id="unknown-name" className="name">
        {person.name}
      </h1>
      {person.detail && <p className="subtle">{person.detail}</p>}
      {person.unreadable && <p className="subtle">{t('unreadableProfile')}</p>}
      <p>{t('unknownPerson')}</p>
      <button type="button" className="primary" onClick={() => void run(() => callBackground('contact.add', person.prefill))} disabled={status === 'saving'}>
        {t('addToRapport')}
      </button>
      <KnownOrganisation person={person} />
      <LinkToExisting
        person={person}
        onLink={(contact) => void run(() => callBackground('contact.link', { contactId: contact.id, ...person.identity }))}
      />
      {typeof status === 'object' && <p role="alert">{t('sidebarError', status.error)}</p>}
    </section>
  );
}

/** Someone not yet in Rapport from an organisation that is: what was agreed there, before they are added. */
function KnownOrganisation({ person }: { person: PagePerson }) {
  const [brief, setBrief] = useState<OrganisationBrief | null>(null);
  const { company, emails } = person.prefill;
  const key = JSON.stringify([company ?? '', emails ?? []]);
  useEffect(() => {
    let active = true;
    const [askedCompany, askedEmails] = JSON.parse(key) as [string, string[]];
    if (!askedCompany && askedEmails.length === 0) return;
    callBackground('organisation.brief', { ...(askedCompany ? { company: askedCompany } : {}), emails: askedEmails }).then(
      (found) => active && setBrief(found),
      () => active && setBrief(null),
    );
    return () => {
      active = false;
    };
  }, [key]);
  return brief ? <OrganisationAgreed brief={brief} today={todayIn()} /> : null;
}

function LinkToExisting({ person, onLink }: { person: PagePerson; onLink: (contact: Contact) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="link-existing" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('linkToExisting')}</summary>
      {/* Suggestions scan every contact: only when asked for. */}
      {open && <Suggestions person={person} onLink={onLink} />}
    </details>
  );
}

function Suggestions({ person, onLink }: { person: PagePerson; onLink: (contact: Contact) => void }) {
  const id = useId();
  const [query, setQuery] = useState(person.unreadable ? '' : person.name);
  const [suggestions, setSuggestions] = useState<Contact[]>();
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => {
      if (!query.trim()) return setSuggestions([]);
      callBackground('contact.suggest', { name: query }).then(
        (found) => active && setSuggestions(found),
        () => active && setSuggestions([]),
      );
    }, 150);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <>
      <label htmlFor={`${id}-search`}>{t('linkSearch')}</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <h2>{t('linkSuggestions')}</h2>
      {suggestions?.length === 0 && <p className="subtle">{t('noSuggestions')}</p>}
      <ul>
        {suggestions?.map((contact) => (
          <li key={contact.id}>
            <span className="name-inline">{contact.displayName}</span>
            {contact.company && <span className="subtle"> · {contact.company}</span>}{' '}
            <button type="button" onClick={() => onLink(contact)}>
              {t('linkThis', contact.displayName)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
