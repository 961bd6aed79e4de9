import { useDeferredValue, useId, useMemo, useState } from 'react';
import { readAllContacts, readContactDetail } from '../../../utils/db/contacts-query';
import type { Contact } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { filterRows, searchableRows } from '../contacts/contact-rows';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';

const MAX_CANDIDATES = 8;

/** Finds a duplicate of this contact and folds it in: its identities, interactions and agreements move here. */
export function MergePanel({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="merge" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('optMergeTitle')}</summary>
      {open && <MergeSearch contact={contact} />}
    </details>
  );
}

function MergeSearch({ contact }: { contact: Contact }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Contact | undefined>(undefined);
  const deferred = useDeferredValue(query);
  const all = useDatabaseRead(readAllContacts, 'all');
  const rows = useMemo(
    () => searchableRows((all.status === 'ready' ? all.value : []).filter((other) => other.id !== contact.id).map((other) => ({ contact: other, openAgreements: 0 }))),
    [all, contact.id],
  );
  const candidates = deferred.trim() ? filterRows(rows, deferred).slice(0, MAX_CANDIDATES) : [];

  return (
    <div className="merge-search">
      <p className="subtle">{t('optMergeHint', contact.displayName)}</p>
      <label htmlFor={`${id}-search`}>{t('optMergeSearch')}</label>
      <input id={`${id}-search`} type="search" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
      <ul className="plain-list" aria-label={t('optMergeCandidates')}>
        {candidates.map(({ contact: other }) => (
          <li key={other.id}>
            <button type="button" aria-pressed={chosen?.id === other.id} onClick={() => setChosen(other)}>
              {other.displayName}
            </button>{' '}
            <span className="subtle">{[other.company, ...other.emails].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      {chosen && <MergeConfirm key={chosen.id} keep={contact} other={chosen} onCancel={() => setChosen(undefined)} />}
    </div>
  );
}

function MergeConfirm({ keep, other, onCancel }: { keep: Contact; other: Contact; onCancel: () => void }) {
  const detail = useDatabaseRead(readContactDetail, other.id);
  const merging = useAction(() => callBackground('contacts.merge', { keepId: keep.id, mergeId: other.id }));
  const counts = detail.status === 'ready' && detail.value ? detail.value : undefined;
  return (
    <div className="confirm" role="group" aria-label={t('optMergeTitle')}>
      <p>
        {counts
          ? t('optMergeConfirm', [other.displayName, keep.displayName, String(counts.interactions.length), String(counts.agreements.length)])
          : t('optLoading')}
      </p>
      <p className="actions">
        <button type="button" className="primary" disabled={!counts || merging.state.status === 'busy'} onClick={() => void merging.run()}>
          {t('optMergeDo')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
      {merging.state.status === 'done' && <p role="status">{t('optMerged')}</p>}
      {merging.state.status === 'failed' && <p role="alert">{t('optActionFailed', merging.state.message)}</p>}
    </div>
  );
}
