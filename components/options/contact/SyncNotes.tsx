import { readContactSyncFacts } from '../../../utils/db/sync-notes';
import type { Contact } from '../../../utils/domain/model';
import { t, uiLanguage, type MessageKey } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import { relativeDay } from '../../../utils/ui/format';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';

const FIELD_LABELS: Record<string, MessageKey> = {
  displayName: 'optFieldName',
  company: 'optFieldCompany',
  role: 'optFieldRole',
  headline: 'optFieldHeadline',
  location: 'optFieldLocation',
  language: 'optFieldLanguage',
  formality: 'optFieldFormality',
  salutation: 'optFieldSalutation',
  notes: 'syncFieldNotes',
  emails: 'syncFieldEmails',
  cadence: 'syncFieldCadence',
};

const shown = (value: unknown) => (value === null || value === undefined || value === '' ? t('syncEmptyValue') : typeof value === 'string' ? value : JSON.stringify(value));

/** Sync on a contact: "only on this device", who changed it last, and values also written on another device. */
export function SyncNotes({ contact }: { contact: Contact }) {
  const language = uiLanguage();
  const facts = useDatabaseRead(readContactSyncFacts, contact.id);
  const toggling = useAction((localOnly: boolean) => callBackground('sync.setLocalOnly', { contactId: contact.id, localOnly }));
  const dismissing = useAction((input: { recordKey: string; field: string; stamp: [number, string, string] }) =>
    callBackground('sync.dismissLost', { contactId: contact.id, ...input }),
  );
  const when = (at: number) => relativeDay(calendarDateOf(at), language);
  const value = facts.status === 'ready' ? facts.value : undefined;
  return (
    <section className="sync-notes" aria-label={t('syncTitle')}>
      <div className="field check">
        <input
          id={`local-only-${contact.id}`}
          type="checkbox"
          checked={contact.localOnly === true}
          disabled={toggling.state.status === 'busy'}
          aria-describedby={`local-only-${contact.id}-hint`}
          onChange={(event) => void toggling.run(event.target.checked)}
        />
        <label htmlFor={`local-only-${contact.id}`}>{t('syncLocalOnly')}</label>
        <p id={`local-only-${contact.id}-hint`} className="subtle hint">
          {t('syncLocalOnlyHint')}
        </p>
      </div>
      {value?.changedBy && (
        <p className="subtle" data-testid="sync-changed-by">
          {t('syncChangedBy', [value.changedBy.user, when(value.changedBy.at)])}
        </p>
      )}
      {value && value.lost.length > 0 && (
        <div className="notice" data-testid="sync-lost">
          <h3>{t('syncAlsoWritten')}</h3>
          <ul>
            {value.lost.map((lost) => (
              <li key={`${lost.field}:${lost.stamp[0]}:${lost.stamp[1]}`}>
                {t('syncAlsoWrittenValue', [
                  FIELD_LABELS[lost.field] ? t(FIELD_LABELS[lost.field] as MessageKey) : lost.field,
                  shown(lost.value),
                  lost.stamp[2] || '?',
                  when(lost.stamp[0]),
                ])}{' '}
                <button
                  type="button"
                  onClick={() => void dismissing.run({ recordKey: lost.recordKey, field: lost.field, stamp: [lost.stamp[0], lost.stamp[1], lost.stamp[2]] })}
                >
                  {t('syncDismiss')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(toggling.state.status === 'failed' || dismissing.state.status === 'failed') && (
        <p role="alert">{t('optActionFailed', toggling.state.status === 'failed' ? toggling.state.message : dismissing.state.status === 'failed' ? dismissing.state.message : '')}</p>
      )}
    </section>
  );
}
