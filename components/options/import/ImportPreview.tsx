import { useId, useMemo, useState, type ReactNode } from 'react';
import { readAllContacts } from '../../../utils/db/contacts-query';
import { readSettings } from '../../../utils/db/settings-repo';
import type { Cadence, Contact } from '../../../utils/domain/model';
import { linkedinProfileUrl } from '../../../utils/domain/identity';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import type { RequestInput } from '../../../utils/messaging/protocol';
import type { FileEncoding } from '../../../utils/transfer/decode-file';
import type { ImportedPerson, ImportSource, PeopleFormat, SkippedEntry } from '../../../utils/transfer/imported-person';
import { defaultCadence } from '../../../utils/schedule/cadence';
import { planImport, type ImportPlan } from '../../../utils/transfer/import-plan';
import { cadenceLabel } from '../../../utils/ui/cadence-label';
import { CadencePicker } from '../../shared/CadencePicker';
import { LoadProblem } from '../shared/LoadProblem';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';
import { ENCODING_LABELS, FORMAT_LABELS, NAMED_FROM_LABELS, SKIP_REASON_LABELS, positionLabel } from './import-labels';

/** Lists in the preview show this many entries; the counts are always complete. */
const LIST_LIMIT = 100;

interface ImportPreviewProps {
  fileName: string;
  format: PeopleFormat;
  /** How the file's bytes were decoded; anything but UTF-8 is said. */
  encoding?: FileEncoding;
  people: ImportedPerson[];
  skipped: SkippedEntry[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Only what the background needs; the plan's bookkeeping (source lines) stays in the page. */
function requestOf(plan: ImportPlan): RequestInput<'import.apply'> {
  return {
    create: plan.create.map(({ displayName, emails, linkedinSlug, company, role, notes, cadence, tags, importantDates }) => ({
      displayName,
      emails,
      linkedinSlug,
      company,
      role,
      notes,
      cadence,
      tags,
      importantDates,
    })),
    merge: plan.merge.map(({ contactId, adds }) => ({ contactId, adds })),
  };
}

export function ImportPreview({ fileName, format, encoding = 'utf-8', people, skipped, onDone, onCancel }: ImportPreviewProps) {
  const id = useId();
  const [writing, setWriting] = useState(false);
  // While the import is written, the address book it was planned against stays put: no re-reading, no re-planning.
  const existing = useDatabaseRead(readAllContacts, 'all', { hold: writing });
  const [cadence, setCadence] = useState<Cadence | undefined>(undefined);
  const settings = useDatabaseRead(readSettings, 'app');
  const offered = settings.status === 'ready' ? defaultCadence(settings.value) : undefined;
  const contacts = existing.status === 'ready' ? existing.value : undefined;
  const plan = useMemo(() => (contacts ? planImport(people, contacts, { cadence }) : undefined), [people, contacts, cadence]);
  const names = useMemo(() => new Map((contacts ?? []).map((contact) => [contact.id, contact])), [contacts]);
  const importing = useAction(async (request: RequestInput<'import.apply'>) => {
    try {
      const result = await callBackground('import.apply', request);
      onDone(t('optImportDone', [String(result.created), String(result.merged)]));
      return result;
    } finally {
      setWriting(false);
    }
  });
  const startImport = (plan: ImportPlan) => {
    setWriting(true);
    void importing.run(requestOf(plan));
  };

  if (existing.status === 'failed') return <LoadProblem message={existing.message} />;
  if (!plan) return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const language = uiLanguage();
  const count = (value: number) => value.toLocaleString(language);
  const skippedTotal = plan.skip.length + skipped.length;
  const writes = plan.create.length + plan.merge.length;
  const busy = importing.state.status === 'busy';

  return (
    <section aria-labelledby={`${id}-title`} className="preview">
      <h3 id={`${id}-title`}>{t('optPreviewTitle', fileName)}</h3>
      <p>{t('optPreviewRead', [t(FORMAT_LABELS[format]), count(people.length + skipped.length)])}</p>
      <EncodingNote encoding={encoding} />
      <ul className="counts" data-testid="import-counts">
        <li>
          <strong>{count(plan.create.length)}</strong> {t('optPreviewNew')}
        </li>
        <li>
          <strong>{count(plan.merge.length)}</strong> {t('optPreviewMerged')}
        </li>
        <li>
          <strong>{count(skippedTotal)}</strong> {t('optPreviewSkipped')}
        </li>
      </ul>
      {plan.create.length > 0 && cadence === undefined && offered && (
        <button type="button" onClick={() => setCadence(offered)}>
          {t('cadenceKeepInTouch', cadenceLabel(offered))}
        </button>
      )}
      {plan.create.length > 0 && (
        <CadencePicker
          label={t('optPreviewCadence')}
          value={cadence}
          noneLabel={t('optPreviewCadenceNone')}
          hint={t('optPreviewCadenceHint')}
          onChange={setCadence}
        />
      )}
      <Listing title={t('optPreviewNewList', count(plan.create.length))} total={plan.create.length}>
        {plan.create.slice(0, LIST_LIMIT).map((draft, index) => (
          <li key={index}>
            <span className="name">{draft.displayName}</span>{' '}
            {draft.namedFrom && <span className="subtle named-from">({t(NAMED_FROM_LABELS[draft.namedFrom])})</span>}{' '}
            <span className="subtle">{[draft.company, ...draft.emails, draft.linkedinSlug && linkedinProfileUrl(draft.linkedinSlug)].filter(Boolean).join(' · ')}</span>{' '}
            <Sources sources={draft.sources} />
          </li>
        ))}
      </Listing>
      <Listing title={t('optPreviewMergedList', count(plan.merge.length))} total={plan.merge.length}>
        {plan.merge.slice(0, LIST_LIMIT).map((merge) => (
          <li key={merge.contactId}>
            <span className="name">{names.get(merge.contactId)?.displayName ?? '?'}</span>{' '}
            <span className="subtle">
              ←{' '}
              {[
                ...merge.adds.emails,
                merge.adds.linkedinSlug && linkedinProfileUrl(merge.adds.linkedinSlug),
                merge.adds.company && `${t('optFieldCompany')}: ${merge.adds.company}`,
                merge.adds.role && `${t('optFieldRole')}: ${merge.adds.role}`,
                merge.adds.notes && t('notes'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>{' '}
            <Sources sources={merge.sources} />
          </li>
        ))}
      </Listing>
      <Listing title={t('optPreviewSkippedList', count(skippedTotal))} total={skippedTotal}>
        {skipped.slice(0, LIST_LIMIT).map((entry, index) => (
          <li key={`file-${index}`}>
            {positionLabel(entry) ?? ''}: <span className="subtle">{entry.reason}</span>
          </li>
        ))}
        {plan.skip.slice(0, Math.max(0, LIST_LIMIT - skipped.length)).map((skip, index) => (
          <li key={`plan-${index}`}>
            {positionLabel(skip.person.source) ?? ''} <span className="name">{personName(skip.person)}</span>:{' '}
            <span className="subtle">{t(SKIP_REASON_LABELS[skip.reason], existingName(names, skip.contactId))}</span>
          </li>
        ))}
      </Listing>
      <div className="actions">
        {writes > 0 ? (
          <button type="button" className="primary" disabled={busy} onClick={() => startImport(plan)}>
            {t('optImportDo', count(writes))}
          </button>
        ) : (
          <p>{t('optImportNothing')}</p>
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

function EncodingNote({ encoding }: { encoding: FileEncoding }) {
  if (encoding === 'utf-8') return null;
  const label = ENCODING_LABELS[encoding];
  return (
    <p className="encoding-note" data-testid="import-encoding">
      {encoding === 'windows-1252' ? t('importEncodingLegacy', label) : t('importEncodingDetected', label)}
    </p>
  );
}

function Listing({ title, total, children }: { title: string; total: number; children: ReactNode }) {
  if (total === 0) return null;
  return (
    <details className="listing">
      <summary>{title}</summary>
      <ul className="plain-list">{children}</ul>
      {total > LIST_LIMIT && <p className="subtle">{t('optAndMore', String(total - LIST_LIMIT))}</p>}
    </details>
  );
}

function Sources({ sources }: { sources: readonly ImportSource[] }) {
  const labels = sources.map(positionLabel).filter(Boolean);
  return labels.length > 0 ? <span className="subtle">({labels.join(', ')})</span> : null;
}

function personName(person: ImportedPerson): string {
  return person.displayName || person.emails[0] || person.linkedinSlug || '';
}

function existingName(names: Map<string, Contact>, contactId: string | undefined): string {
  return (contactId && names.get(contactId)?.displayName) || '';
}
