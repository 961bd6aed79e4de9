import { useId, useMemo, useState } from 'react';
import { readAllContacts } from '../../../utils/db/contacts-query';
import { readSourceKeys } from '../../../utils/db/history-imports-query';
import { readSettings } from '../../../utils/db/settings-repo';
import type { RapportDatabase } from '../../../utils/db/open';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import type { RequestInput } from '../../../utils/messaging/protocol';
import type { HistoryRead } from '../../../utils/transfer/history/history-entry';
import { initialOwn, planHistoryImport, proposeOwnIdentities, type HistoryPlan } from '../../../utils/transfer/history/history-plan';
import { LoadProblem } from '../shared/LoadProblem';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';

const LIST_LIMIT = 100;

interface HistoryPreviewProps {
  fileName: string;
  read: HistoryRead;
  onDone: (message: string, batch?: string) => void;
  onCancel: () => void;
}

const readKeysByPrefix = (db: RapportDatabase, prefixes: string) => readSourceKeys(db, prefixes.split('|'));

function requestOf(fileName: string, plan: HistoryPlan, own: ReadonlySet<string>, settingsEmails: readonly string[]): RequestInput<'historyImport.apply'> {
  const known = new Set(settingsEmails);
  return {
    fileName,
    create: plan.create.map(({ displayName, emails, linkedinSlug }) => ({ displayName, emails, ...(linkedinSlug ? { linkedinSlug } : {}) })),
    interactions: plan.interactions.map(({ contact, ...rest }) => ({ ...rest, contact: 'draft' in contact ? contact.draft : contact.contactId })),
    ownEmails: [...own].filter((key) => key.startsWith('email:')).map((key) => key.slice('email:'.length)).filter((email) => !known.has(email)).slice(0, 50),
  };
}

/** What a history file would add, to whom; which identities are the user's; whom to add. Nothing is written before "Import". */
export function HistoryPreview({ fileName, read, onDone, onCancel }: HistoryPreviewProps) {
  const id = useId();
  const [writing, setWriting] = useState(false);
  const existing = useDatabaseRead(readAllContacts, 'all', { hold: writing });
  const settings = useDatabaseRead(readSettings, 'app', { hold: writing });
  const prefixes = useMemo(() => [...new Set(read.entries.map((entry) => entry.key.slice(0, entry.key.indexOf(':') + 1)))].join('|'), [read]);
  const stored = useDatabaseRead(readKeysByPrefix, prefixes, { hold: writing });
  const proposals = useMemo(() => proposeOwnIdentities(read.entries), [read]);
  const [own, setOwn] = useState<Set<string> | undefined>(undefined);
  const [addPeople, setAddPeople] = useState(false);
  const ownEmails = settings.status === 'ready' ? settings.value.ownEmails : undefined;
  const effectiveOwn = useMemo(() => own ?? (ownEmails ? initialOwn(read.entries, ownEmails, proposals) : undefined), [own, ownEmails, read, proposals]);
  const contacts = existing.status === 'ready' ? existing.value : undefined;
  const existingKeys = stored.status === 'ready' ? stored.value : undefined;
  const plan = useMemo(() => {
    if (!contacts || !effectiveOwn || !existingKeys) return undefined;
    const first = planHistoryImport(read.entries, contacts, { own: effectiveOwn, existingKeys });
    if (!addPeople || first.proposals.length === 0) return first;
    return planHistoryImport(read.entries, contacts, { own: effectiveOwn, existingKeys, add: new Set(first.proposals.map((p) => p.personKey)) });
  }, [read, contacts, effectiveOwn, existingKeys, addPeople]);
  const importing = useAction(async (request: RequestInput<'historyImport.apply'>) => {
    try {
      const result = await callBackground('historyImport.apply', request);
      onDone(t('historyImportDone', [String(result.added), String(result.created), String(result.alreadyThere)]), result.batch);
      return result;
    } finally {
      setWriting(false);
    }
  });

  const failed = [existing, settings, stored].find((state) => state.status === 'failed');
  if (failed?.status === 'failed') return <LoadProblem message={failed.message} />;
  if (!plan || !effectiveOwn) return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const language = uiLanguage();
  const count = (value: number) => value.toLocaleString(language);
  const busy = importing.state.status === 'busy';
  const asksOwn = proposals.length > 0 && read.entries.some((entry) => entry.kind !== 'connection' && !entry.knownDirection);
  const toggleOwn = (key: string, mine: boolean) => {
    const next = new Set(effectiveOwn);
    if (mine) next.add(key);
    else next.delete(key);
    setOwn(next);
  };
  const start = () => {
    setWriting(true);
    void importing.run(requestOf(fileName, plan, effectiveOwn, ownEmails ?? []));
  };

  return (
    <section aria-labelledby={`${id}-title`} className="preview">
      <h3 id={`${id}-title`}>{t('optPreviewTitle', fileName)}</h3>
      <p>{t('historyImportRead', [read.parts.join(', ') || fileName, count(read.entries.length), count(read.skipped.length)])}</p>
      {asksOwn && (
        <fieldset className="own-identities">
          <legend>{t('historyImportWhichAreYours')}</legend>
          <p className="subtle">{t('historyImportOwnHint')}</p>
          {proposals.map((proposal) => (
            <label key={proposal.personKey} className="check">
              <input type="checkbox" checked={effectiveOwn.has(proposal.personKey)} onChange={(event) => toggleOwn(proposal.personKey, event.currentTarget.checked)} />{' '}
              {proposal.label} <span className="subtle">({t('historyImportOwnCount', count(proposal.count))})</span>
            </label>
          ))}
        </fieldset>
      )}
      <ul className="counts" data-testid="history-counts">
        <li>
          <strong>{count(plan.interactions.length)}</strong> {t('historyImportCountNew', count(plan.contacts + plan.create.length))}
        </li>
        <li>
          <strong>{count(plan.alreadyImported)}</strong> {t('historyImportCountAlready')}
        </li>
        <li>
          <strong>{count(plan.notMine)}</strong> {t('historyImportCountNotMine')}
        </li>
        <li>
          <strong>{count(plan.withOthers)}</strong> {t('historyImportCountOthers')}
        </li>
      </ul>
      {plan.proposals.length > 0 && (
        <div className="new-people">
          <label className="check">
            <input type="checkbox" checked={addPeople} onChange={(event) => setAddPeople(event.currentTarget.checked)} />{' '}
            {t('historyImportAddPeople', count(plan.proposals.length))}
          </label>
          <details className="listing">
            <summary>{t('historyImportPeopleList', count(plan.proposals.length))}</summary>
            <ul className="plain-list">
              {plan.proposals.slice(0, LIST_LIMIT).map((person) => (
                <li key={person.personKey}>
                  <span className="name">{person.displayName}</span>{' '}
                  <span className="subtle">
                    {[...person.emails, person.linkedinSlug].filter(Boolean).join(' · ')} · {t('historyImportPersonCount', count(person.recent))}
                  </span>
                </li>
              ))}
            </ul>
            {plan.proposals.length > LIST_LIMIT && <p className="subtle">{t('optAndMore', String(plan.proposals.length - LIST_LIMIT))}</p>}
          </details>
        </div>
      )}
      {read.skipped.length > 0 && (
        <details className="listing">
          <summary>{t('optPreviewSkippedList', count(read.skipped.length))}</summary>
          <ul className="plain-list">
            {read.skipped.slice(0, LIST_LIMIT).map((skip, index) => (
              <li key={index}>
                {skip.where}: <span className="subtle">{skip.reason}</span>
              </li>
            ))}
          </ul>
          {read.skipped.length > LIST_LIMIT && <p className="subtle">{t('optAndMore', String(read.skipped.length - LIST_LIMIT))}</p>}
        </details>
      )}
      <div className="actions">
        {plan.interactions.length > 0 ? (
          <button type="button" className="primary" disabled={busy} onClick={start}>
            {t('historyImportDo', count(plan.interactions.length))}
          </button>
        ) : (
          <p>{t('historyImportNothing')}</p>
        )}
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
      <p role="status">{busy && t('optImporting')}</p>
      {importing.state.status === 'failed' && (
        <div role="alert">
          <p>{t('optImportFailed', importing.state.message)}</p>
          <p>{t('optNothingWritten')}</p>
        </div>
      )}
    </section>
  );
}
