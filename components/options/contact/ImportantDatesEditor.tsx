import { useId, useState } from 'react';
import type { CalendarDate, Contact, ImportantDate, ImportantDateKind } from '../../../utils/domain/model';
import { IMPORTANT_DATE_KINDS } from '../../../utils/domain/model';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { isImportantDateValue, MAX_REMIND_DAYS_BEFORE, nextOccurrence } from '../../../utils/schedule/important-dates';
import { dateKindLabel } from '../../../utils/ui/date-label';
import { formatDate } from '../../../utils/ui/format';
import { useAction } from '../shared/use-action';
import { dateRowOf, dateRowValue, type DateRow } from './date-rows';

interface ImportantDatesEditorProps {
  contact: Contact;
  /** The day of the first interaction or agreement, offered as the anniversary of working together. */
  workingSince?: CalendarDate;
  today: CalendarDate;
}

/** Birthdays, the anniversary of working together, completed projects and custom dates, each with its reminder. */
export function ImportantDatesEditor({ contact, workingSince, today }: ImportantDatesEditorProps) {
  const id = useId();
  const stored = (contact.importantDates ?? []).map(dateRowOf);
  const [edited, setEdited] = useState<DateRow[] | undefined>(undefined);
  const rows = edited ?? stored;
  const saving = useAction((importantDates: ImportantDate[]) =>
    callBackground('contact.update', { contactId: contact.id, patch: { importantDates } }),
  );
  const language = uiLanguage();
  const values = rows.map(dateRowValue);
  const invalid = rows.map((row, index) => values[index] === undefined || !isImportantDateValue(values[index] ?? '', row.kind));
  const change = (index: number, patch: Partial<DateRow>) => setEdited(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = (row: DateRow) => setEdited([...rows, row]);
  const hasAnniversary = rows.some((row) => row.kind === 'anniversary');

  const save = async () => {
    if (invalid.some(Boolean)) return;
    const dates: ImportantDate[] = rows.map((row, index) => ({
      id: row.id,
      kind: row.kind,
      date: values[index] as string,
      ...(row.label.trim() && (row.kind === 'custom' || row.kind === 'project') ? { label: row.label.trim() } : {}),
      remindDaysBefore: row.remindDaysBefore,
      ...(row.handledOn ? { handledOn: row.handledOn } : {}),
    }));
    if (await saving.run(dates)) setEdited(undefined);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="important-dates">
      <h3 id={`${id}-title`}>{t('datesSectionTitle')}</h3>
      {rows.length === 0 && <p className="subtle">{t('datesNone')}</p>}
      <ul className="plain-list">
        {rows.map((row, index) => {
          const rowId = `${id}-${index}`;
          const value = values[index];
          const next = value && !invalid[index] ? nextOccurrence({ kind: row.kind, date: value }, today) : undefined;
          return (
            <li key={row.id} className="date-row" data-testid="important-date">
              <div className="field">
                <label htmlFor={`${rowId}-kind`}>{t('datesKindLabel')}</label>
                <select id={`${rowId}-kind`} value={row.kind} onChange={(event) => change(index, { kind: event.target.value as ImportantDateKind })}>
                  {IMPORTANT_DATE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {dateKindLabel(kind)}
                    </option>
                  ))}
                </select>
              </div>
              {(row.kind === 'custom' || row.kind === 'project') && (
                <div className="field">
                  <label htmlFor={`${rowId}-label`}>{row.kind === 'project' ? t('datesProjectNameLabel') : t('datesLabelLabel')}</label>
                  <input id={`${rowId}-label`} value={row.label} maxLength={200} onChange={(event) => change(index, { label: event.target.value })} />
                </div>
              )}
              <fieldset className="date-parts">
                <legend>{t('datesDateLabel')}</legend>
                <label>
                  {t('datesDay')}{' '}
                  <input type="number" min={1} max={31} value={row.day} onChange={(event) => change(index, { day: event.target.value })} />
                </label>
                <label>
                  {t('datesMonth')}{' '}
                  <select value={row.month} onChange={(event) => change(index, { month: event.target.value })}>
                    {Array.from({ length: 12 }, (_, month) => (
                      <option key={month} value={String(month + 1)}>
                        {new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month, 1))}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('datesYear')}{' '}
                  <input
                    type="number"
                    min={1}
                    max={9999}
                    value={row.year}
                    placeholder={t('datesYearUnknown')}
                    onChange={(event) => change(index, { year: event.target.value })}
                  />
                </label>
              </fieldset>
              <div className="field">
                <label htmlFor={`${rowId}-remind`}>{t('datesRemindLabel')}</label>
                <input
                  id={`${rowId}-remind`}
                  type="number"
                  min={0}
                  max={MAX_REMIND_DAYS_BEFORE}
                  value={row.remindDaysBefore}
                  onChange={(event) => change(index, { remindDaysBefore: clampDays(event.target.valueAsNumber) })}
                />
              </div>
              {invalid[index] && (
                <p role="alert" className="subtle">
                  {value !== undefined && !row.year.trim() ? t('datesNeedsYear') : t('datesInvalid')}
                </p>
              )}
              {next && <p className="subtle">{t('datesNext', formatDate(next, language))}</p>}
              <button
                type="button"
                aria-label={t('datesRemoveOf', dateKindLabel(row.kind))}
                onClick={() => setEdited(rows.filter((_, i) => i !== index))}
              >
                {t('datesRemove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => add(dateRowOf(newDate('birthday')))}>
          {t('datesAdd')}
        </button>
        {workingSince && !hasAnniversary && (
          <button type="button" onClick={() => add(dateRowOf({ ...newDate('anniversary'), date: workingSince }))}>
            {t('datesSuggestAnniversary', formatDate(workingSince, language))}
          </button>
        )}
        {edited && (
          <button type="button" className="primary" disabled={invalid.some(Boolean) || saving.state.status === 'busy'} onClick={() => void save()}>
            {t('datesSave')}
          </button>
        )}
        <span role="status" className="subtle">
          {saving.state.status === 'done' && !edited && t('optSaved')}
        </span>
      </div>
      {saving.state.status === 'failed' && <p role="alert">{t('optActionFailed', saving.state.message)}</p>}
    </section>
  );
}

function newDate(kind: ImportantDateKind): ImportantDate {
  return { id: crypto.randomUUID(), kind, date: '--01-01', remindDaysBefore: 0 };
}

function clampDays(value: number): number {
  return Number.isFinite(value) ? Math.min(MAX_REMIND_DAYS_BEFORE, Math.max(0, Math.trunc(value))) : 0;
}
