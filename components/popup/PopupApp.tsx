import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { DUE_LIST_MAX, type DuePage } from '../../utils/messaging/requests/due';
import type { ContactFilter } from '../../utils/domain/tags';
import { LabelFilter } from '../shared/LabelFilter';
import { DueList } from './DueList';
import { GetStarted } from './GetStarted';
import { GoingColdTab } from './GoingColdTab';
import { initialTab, panelId, PopupTabs, tabId, type PopupTab } from './PopupTabs';
import { OpenPanelButton } from './OpenPanelButton';
import { useHasContacts } from './use-has-contacts';
import { countText } from './row-text';
import type { Report } from './RowActions';
import { useDueList } from './use-due-list';
import './popup.css';

/** About four rows fit the popup; more come with "Show more". */
const PAGE_SIZE = 20;
/** Marked when the list (or the empty state) is first on screen; `npm run bench` reads it. */
export const LIST_SHOWN_MARK = 'rapport:due-list-shown';

export function PopupApp() {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [tab, setTab] = useState<PopupTab>(() => initialTab(window.location.hash));
  const [filter, setFilter] = useState<ContactFilter>({});
  // Opened on the going-cold tab, the due list is asked for once that tab's list is on screen: the two would
  // otherwise share the machine while the user waits for the first.
  const [dueWanted, setDueWanted] = useState(tab === 'due');
  const wantDue = useCallback(() => setDueWanted(true), []);
  const state = useDueList(limit, filter, dueWanted || tab === 'due');
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = state.status === 'ready';
  const empty = ready && state.page.rows.length === 0;
  // Rows in the due list mean there are contacts: only an empty list asks whether to show "get started".
  const hasContacts = useHasContacts(empty);

  useEffect(() => {
    if (ready && performance.getEntriesByName(LIST_SHOWN_MARK).length === 0) performance.mark(LIST_SHOWN_MARK);
  }, [ready]);
  useEffect(() => {
    // The last row is gone (done, snoozed): keep keyboard focus in the popup.
    if (empty && document.activeElement === document.body) heading.current?.focus();
  }, [empty]);

  const report: Report = (next) => setOutcome(next);

  return (
    <div className="popup">
      <h1 ref={heading} tabIndex={-1}>
        {tab === 'due' ? t('popupTitle') : t('coldTitle')}
      </h1>
      <PopupTabs selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'cold' && <GoingColdTab onShown={wantDue} />}
        {tab === 'due' && state.status === 'loading' && <p className="subtle">{t('dueLoading')}</p>}
        {tab === 'due' && state.status === 'error' && <p role="alert">{t('dueError', state.message)}</p>}
        {tab === 'due' && empty && hasContacts === false && <GetStarted />}
        {tab === 'due' && state.status === 'ready' && (
          <LabelFilter kinds={state.page.labels.kinds} tags={state.page.labels.tags} value={filter} onChange={setFilter} />
        )}
        {tab === 'due' && state.status === 'ready' && (
          <DueContent page={state.page} report={report} onMore={() => setLimit((value) => Math.min(value + PAGE_SIZE, DUE_LIST_MAX))} />
        )}
      </div>
      <p role="status" className="subtle due-outcome">
        {outcome?.ok ? outcome.text : ''}
      </p>
      <p role="alert" className="due-outcome">
        {outcome?.ok === false ? outcome.text : ''}
      </p>
      <footer className="popup-footer">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
        <OpenPanelButton />
      </footer>
    </div>
  );
}

function DueContent({ page, report, onMore }: { page: DuePage; report: Report; onMore: () => void }) {
  if (page.rows.length === 0) return <p className="due-empty">{page.filteredCounts ? t('tagsFilteredEmpty') : t('popupEmpty')}</p>;
  const { followUpsOverdue, followUpsDueToday, agreementsOverdue, datesDue = 0 } = page.filteredCounts ?? page.counts;
  return (
    <>
      <p className="subtle">{t('dueSummary', [countText(followUpsOverdue + agreementsOverdue), countText(followUpsDueToday + datesDue)])}</p>
      <DueList rows={page.rows} today={page.today} report={report} />
      {page.more && page.rows.length < DUE_LIST_MAX && (
        <button type="button" className="due-more" onClick={onMore}>
          {t('dueShowMore')}
        </button>
      )}
    </>
  );
}
