import { useDeferredValue, useId, useMemo, useState, type CSSProperties } from 'react';
import { readContactRows } from '../../../utils/db/contacts-query';
import { t, uiLanguage, type MessageKey } from '../../../utils/i18n';
import { todayIn } from '../../../utils/schedule/calendar';
import { LoadProblem } from '../shared/LoadProblem';
import { hrefOf } from '../shared/route';
import { useDatabaseRead } from '../shared/use-database-read';
import { VirtualRows } from '../shared/VirtualRows';
import { ContactRowView } from './ContactRowView';
import { filterRows, labelsOf, nextSort, searchableRows, sortRows, type ContactSort, type ContactSortKey } from './contact-rows';
import { filterValue, matchesFilter, type ContactFilter } from '../../../utils/domain/tags';
import { LabelFilter } from '../../shared/LabelFilter';

/** Must match `.contact-row` height in options.css. */
export const CONTACT_ROW_HEIGHT = 48;

const COLUMNS: ReadonlyArray<{ key: ContactSortKey; label: MessageKey }> = [
  { key: 'name', label: 'optColumnName' },
  { key: 'company', label: 'optColumnCompany' },
  { key: 'lastContact', label: 'lastContact' },
  { key: 'nextFollowUp', label: 'nextFollowUp' },
  { key: 'openAgreements', label: 'optColumnOpenAgreements' },
];

export function ContactsSection() {
  const id = useId();
  const read = useDatabaseRead(readContactRows, 'all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ContactSort>({ key: 'name', direction: 'ascending' });
  const [labelFilter, setLabelFilter] = useState<ContactFilter>({});
  const deferredQuery = useDeferredValue(query);
  const rows = read.status === 'ready' ? read.value : undefined;
  const searchable = useMemo(() => (rows ? searchableRows(rows) : []), [rows]);
  const labels = useMemo(() => labelsOf(searchable), [searchable]);
  const shown = useMemo(
    () => sortRows(filterRows(searchable, deferredQuery).filter((row) => matchesFilter(row.contact, labelFilter)), sort),
    [searchable, deferredQuery, sort, labelFilter],
  );

  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (read.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  if (searchable.length === 0) {
    return (
      <section aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('optNavContacts')}</h2>
        <p>{t('optContactsEmpty')}</p>
        <p>
          <a href={hrefOf({ section: 'import' })}>{t('optContactsImportLink')}</a>
        </p>
      </section>
    );
  }
  const language = uiLanguage();
  const today = todayIn();
  return (
    <section aria-labelledby={`${id}-title`} className="contacts">
      <h2 id={`${id}-title`}>{t('optNavContacts')}</h2>
      <div className="toolbar">
        <label htmlFor={`${id}-search`}>{t('optSearchContacts')}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        <LabelFilter kinds={labels.kinds} tags={labels.tags} value={labelFilter} onChange={setLabelFilter} />
        <p className="subtle" role="status" aria-live="polite">
          {shown.length === searchable.length
            ? t('optContactCount', shown.length.toLocaleString(language))
            : t('optContactCountFiltered', [shown.length.toLocaleString(language), searchable.length.toLocaleString(language)])}
        </p>
      </div>
      <div role="table" className="contact-table" aria-label={t('optNavContacts')} aria-rowcount={shown.length + 1}>
        <div role="rowgroup">
          <div role="row" className="contact-row contact-head" aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={sort.key === column.key ? sort.direction : 'none'}
                className={`cell cell-${column.key}`}
              >
                <button type="button" className="sort" onClick={() => setSort(nextSort(sort, column.key))}>
                  {t(column.label)}
                  <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </div>
            ))}
          </div>
        </div>
        <VirtualRows
          count={shown.length}
          rowHeight={CONTACT_ROW_HEIGHT}
          resetKey={`${deferredQuery}|${sort.key}|${sort.direction}|${filterValue(labelFilter)}`}
          renderRow={(index: number, style: CSSProperties) => {
            const row = shown[index];
            return row ? <ContactRowView key={row.contact.id} row={row} rowIndex={index + 2} style={style} today={today} language={language} /> : null;
          }}
        />
      </div>
      {shown.length === 0 && <p>{t('optNoMatch')}</p>}
    </section>
  );
}
