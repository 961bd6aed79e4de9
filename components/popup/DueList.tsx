import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CalendarDate } from '../../utils/domain/model';
import type { DueRow } from '../../utils/db/due-list';
import { t } from '../../utils/i18n';
import { DueRowView } from './DueRowView';
import type { Report } from './RowActions';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The due rows, most overdue first. Arrow keys, Home and End move between rows; Tab reaches a row's
 * buttons. When a row leaves (snoozed, done) focus moves to the row that took its place.
 */
export function DueList({ rows, today, report }: { rows: DueRow[]; today: CalendarDate; report: Report }) {
  const list = useRef<HTMLUListElement>(null);
  const focusedRow = useRef<number | undefined>(undefined);

  useEffect(() => {
    const index = focusedRow.current;
    const items = rowsIn(list.current);
    if (index === undefined || items.length === 0 || list.current?.contains(document.activeElement)) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    items[Math.min(index, items.length - 1)]?.focus();
  }, [rows]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const move = MOVES[event.key];
    const target = event.target as HTMLElement;
    if (!move || event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea, dialog')) return;
    const items = rowsIn(list.current);
    const current = items.findIndex((item) => item.contains(target));
    const next = items[move(current, items.length)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return (
    <>
      <ul
        ref={list}
        className="due-list"
        aria-label={t('dueListLabel')}
        aria-describedby="due-keyboard-hint"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const index = rowsIn(list.current).findIndex((item) => item.contains(event.target));
          if (index >= 0) focusedRow.current = index;
        }}
      >
        {rows.map((row) => (
          <DueRowView key={row.key} row={row} today={today} report={report} />
        ))}
      </ul>
      <p id="due-keyboard-hint" className="subtle due-hint">
        {t('dueKeyboardHint')}
      </p>
    </>
  );
}

function rowsIn(list: HTMLUListElement | null): HTMLElement[] {
  return list ? [...list.querySelectorAll<HTMLElement>(':scope > li')] : [];
}
