import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../../utils/i18n';
import type { CalendarDate } from '../../utils/domain/model';
import { addDays } from '../../utils/schedule/calendar';
import { SNOOZE_PRESETS, type SnoozeOption } from '../../utils/schedule/snooze';

/** "Snooze…" opens the choices in place: 1 day, 1 week, 1 month, or until a date. Escape closes them. */
export function SnoozeMenu({ who, today, busy, onSnooze }: { who: string; today: CalendarDate; busy: boolean; onSnooze: (option: SnoozeOption) => void }) {
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const tomorrow = addDays(today, 1);
  const [until, setUntil] = useState(addDays(today, 14));

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  return (
    <div className="snooze" onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-choices`}
        aria-label={t('dueSnoozeOf', who)}
        onClick={() => setOpen((value) => !value)}
      >
        {t('dueSnooze')}
      </button>
      {open && (
        <div id={`${id}-choices`} role="group" aria-label={t('dueSnoozeChoices')} className="snooze-choices">
          {SNOOZE_PRESETS.map((preset) => (
            <button key={preset.id} type="button" disabled={busy} onClick={() => onSnooze(preset.id)}>
              {t(preset.messageKey as MessageKey)}
            </button>
          ))}
          <form
            className="snooze-until"
            onSubmit={(event) => {
              event.preventDefault();
              onSnooze({ until });
            }}
          >
            <label htmlFor={`${id}-until`}>{t('dueSnoozeUntil')}</label>
            <input id={`${id}-until`} type="date" min={tomorrow} required value={until} onChange={(event) => setUntil(event.target.value)} />
            <button type="submit" disabled={busy || until < tomorrow}>
              {t('dueSnoozeConfirm')}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
