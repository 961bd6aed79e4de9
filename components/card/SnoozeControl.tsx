import { useId, useState } from 'react';
import type { Contact } from '../../utils/domain/model';
import { t, uiLanguage, type MessageKey } from '../../utils/i18n';
import { callBackground } from '../../utils/messaging/client';
import { addDays, todayIn } from '../../utils/schedule/calendar';
import { SNOOZE_PRESETS, snoozeUntil, type SnoozeOption } from '../../utils/schedule/snooze';
import { formatDate } from '../../utils/ui/format';
import { StatusLine } from './StatusLine';
import { useAction } from './use-action';

export function SnoozeControl({ contact }: { contact: Contact }) {
  const id = useId();
  const today = todayIn();
  const { status, run, busy } = useAction();
  const [until, setUntil] = useState(addDays(today, 14));
  const [snoozedTo, setSnoozedTo] = useState<string>();
  if (!contact.cadence) return null;
  const snooze = (option: SnoozeOption) => {
    const date = snoozeUntil(option, todayIn());
    setSnoozedTo(date);
    return run(() => callBackground('contact.update', { contactId: contact.id, patch: { snoozedUntil: date } }));
  };

  return (
    <fieldset className="quick-form">
      <legend>{t('snooze')}</legend>
      {contact.snoozedUntil && contact.snoozedUntil >= today && (
        <p className="subtle">{t('snoozedUntil', formatDate(contact.snoozedUntil, uiLanguage()))}</p>
      )}
      <div className="button-row">
        {SNOOZE_PRESETS.map((preset) => (
          <button key={preset.id} type="button" disabled={busy} onClick={() => void snooze(preset.id)}>
            {t(preset.messageKey as MessageKey)}
          </button>
        ))}
      </div>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void snooze({ until });
        }}
      >
        <label htmlFor={`${id}-until`}>{t('snoozeUntilDate')}</label>
        <input id={`${id}-until`} type="date" min={addDays(today, 1)} required value={until} onChange={(event) => setUntil(event.target.value)} />
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
      </form>
      <StatusLine status={status} doneText={snoozedTo && t('snoozedUntil', formatDate(snoozedTo, uiLanguage()))} />
    </fieldset>
  );
}
