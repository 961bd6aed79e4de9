import { useEffect, useId, type CSSProperties } from 'react';
import { t, uiLanguage } from '../../../utils/i18n';
import { ColdRowContent } from '../../cold/ColdRowContent';
import { COLD_COMPLETE_MARK, COLD_SHOWN_MARK } from '../../cold/marks';
import { LoadProblem } from '../shared/LoadProblem';
import { hrefOf } from '../shared/route';
import { useDatabaseRead } from '../shared/use-database-read';
import { VirtualRows } from '../shared/VirtualRows';
import { COLD_VIEW_READ, readColdView } from './read-cold-view';
import { useWholeColdList } from './use-whole-cold-list';

/** Must match `.cold-row-wide` height in cold.css. */
export const COLD_ROW_HEIGHT = 76;

/** Every contact with a rhythm, coldest first, each with two years of contact per month and the reasons. */
export function GoingColdSection() {
  const id = useId();
  const read = useDatabaseRead(readColdView, 'all', { first: COLD_VIEW_READ });
  const list = useWholeColdList(read.status === 'ready' ? read.value : undefined);
  const ready = list !== undefined;
  const complete = list !== undefined && list.rows.length >= list.total;
  useEffect(() => {
    if (ready && performance.getEntriesByName(COLD_SHOWN_MARK).length === 0) performance.mark(COLD_SHOWN_MARK);
    if (complete && performance.getEntriesByName(COLD_COMPLETE_MARK).length === 0) performance.mark(COLD_COMPLETE_MARK);
  }, [ready, complete]);

  if (read.status === 'failed') return <LoadProblem message={read.message} />;
  if (!list) return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const { rows, months, today, total } = list;
  const language = uiLanguage();
  return (
    <section aria-labelledby={`${id}-title`} className="going-cold">
      <h2 id={`${id}-title`}>{t('coldTitle')}</h2>
      <p className="subtle">{t('coldIntro')}</p>
      {total === 0 ? (
        <p>{t('coldEmpty')}</p>
      ) : (
        <>
          <p className="subtle">{t('coldCount', total.toLocaleString(language))}</p>
          <VirtualRows
              role="list"
              label={t('coldListLabel')}
              count={rows.length}
              rowHeight={COLD_ROW_HEIGHT}
              renderRow={(index: number, style: CSSProperties) => {
                const row = rows[index];
                if (!row) return null;
                return (
                  <div key={row.contactId} role="listitem" className={`cold-row cold-row-wide cold-level-row-${row.coldness.level}`} style={style} data-testid="cold-row">
                    <ColdRowContent row={row} months={months} today={today} language={language} nameHref={hrefOf({ section: 'contact', contactId: row.contactId })} />
                  </div>
                );
              }}
            />
        </>
      )}
    </section>
  );
}
