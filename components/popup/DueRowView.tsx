import { useId } from 'react';
import type { CalendarDate } from '../../utils/domain/model';
import type { DueRow } from '../../utils/db/due-list';
import { t, uiLanguage } from '../../utils/i18n';
import { dateWhenOf, dueSinceOf, lastContactOf, whoOf, whyOf } from './row-text';
import { RowActions, type Report } from './RowActions';

/** One follow-up or agreement that is due: who, why, how late, the last contact, and the actions. */
export function DueRowView({ row, today, report }: { row: DueRow; today: CalendarDate; report: Report }) {
  const nameId = useId();
  const language = uiLanguage();
  const who = whoOf(row);
  const why = whyOf(row);
  const overdue = row.daysOverdue > 0 && row.why.kind !== 'date';

  return (
    <li className={`due-row ${overdue ? 'overdue' : 'due-today'}`} tabIndex={-1} aria-labelledby={nameId} data-testid="due-row" data-key={row.key}>
      <p className="due-who">
        <strong id={nameId} className="name">
          {who}
        </strong>
        {row.who.company && <span className="subtle name"> · {row.who.company}</span>}
      </p>
      <p className="due-why">
        {why.text === undefined ? (
          why.label
        ) : (
          <>
            <span className="subtle">{why.label} </span>
            <span className="agreement-text">{why.text}</span>
          </>
        )}
      </p>
      <p className="due-when">
        {row.why.kind === 'date' ? (
          <strong className="today-flag">{dateWhenOf(row, language)}</strong>
        ) : (
          <>
            <strong className={overdue ? 'flag' : 'today-flag'}>{overdue ? t('overdue') : t('dueToday')}</strong>
            {overdue && ` · ${dueSinceOf(row, today, language)}`}
          </>
        )}
      </p>
      <p className="subtle">{lastContactOf(row, today, language)}</p>
      <RowActions row={row} who={who} today={today} report={report} />
    </li>
  );
}
