import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../utils/i18n';
import { COLD_LIST_MAX } from '../../utils/messaging/requests/cold';
import { ColdRowContent } from '../cold/ColdRowContent';
import { COLD_SHOWN_MARK } from '../cold/marks';
import { hrefOf, type Route } from '../options/shared/route';
import { COLD_PAGE_SIZE as PAGE_SIZE } from './cold-tab-read';
import { useColdList } from './use-cold-list';

const optionsUrl = (route: Route) => browser.runtime.getURL(`/options.html${hrefOf(route)}`);

/** The popup's second tab: the coldest relationships, each name opening the contact's page. `onShown` is called once its list is on screen. */
export function GoingColdTab({ onShown }: { onShown?: () => void }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const state = useColdList(limit);
  const ready = state.status === 'ready';
  const nameId = useId();
  useEffect(() => {
    if (ready && performance.getEntriesByName(COLD_SHOWN_MARK).length === 0) performance.mark(COLD_SHOWN_MARK);
    if (ready) onShown?.();
  }, [ready, onShown]);

  if (state.status === 'loading') return <p className="subtle">{t('dueLoading')}</p>;
  if (state.status === 'error') return <p role="alert">{t('coldError', state.message)}</p>;
  const { rows, months, today, total } = state.list;
  if (total === 0) return <p className="due-empty">{t('coldEmpty')}</p>;
  const language = uiLanguage();
  return (
    <>
      <p className="subtle">{t('coldPopupIntro')}</p>
      <ul className="cold-list" aria-label={t('coldListLabel')}>
        {rows.map((row, index) => (
          <li key={row.contactId} className={`cold-row cold-row-stacked cold-level-row-${row.coldness.level}`} data-testid="cold-row" aria-labelledby={`${nameId}-${index}`}>
            <ColdRowContent
              row={row}
              months={months}
              today={today}
              language={language}
              nameId={`${nameId}-${index}`}
              nameHref={optionsUrl({ section: 'contact', contactId: row.contactId })}
              nameTarget="_blank"
            />
          </li>
        ))}
      </ul>
      {rows.length < total && rows.length < COLD_LIST_MAX && (
        <button type="button" className="due-more" onClick={() => setLimit((value) => Math.min(value + PAGE_SIZE, COLD_LIST_MAX))}>
          {t('dueShowMore')}
        </button>
      )}
      <p>
        <a href={optionsUrl({ section: 'cold' })} target="_blank" rel="noreferrer">
          {t('coldSeeAll', total.toLocaleString(language))}
        </a>
      </p>
    </>
  );
}
