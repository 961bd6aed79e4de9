import { useLayoutEffect } from 'react';
import { tabContextKey } from '../../utils/background/tab-contexts';
import { t } from '../../utils/i18n';
import { draftRequestedAt, PANEL_REQUEST_KEY, type PanelRequest } from '../../utils/display/panel-request';
import { actForTab } from '../../utils/messaging/client';
import type { PageContext } from '../../utils/messaging/page-context';
import { DraftRequestContext } from '../drafts/draft-request';
import { useLiveValue } from '../shared/use-live-value';
import { PageView } from '../sidebar/PageView';
import { contextForTab } from './panel-context';
import { useActiveTab } from './use-active-tab';

/** Rapport in the browser's side panel: the person in the window's active tab, with nothing added to the page. */
export function SidePanelApp() {
  const tab = useActiveTab();
  const tabId = tab.status === 'ready' ? tab.tabId : undefined;
  const stored = useLiveValue<PageContext>(tabId === undefined ? undefined : tabContextKey(tabId));
  const request = useLiveValue<PanelRequest>(PANEL_REQUEST_KEY);
  // Requests about "this page" (a draft into its message box, logging its conversation) go to the active tab.
  useLayoutEffect(() => actForTab(tabId), [tabId]);

  if (tab.status === 'loading') return <p className="subtle">{t('sidebarLoading')}</p>;
  if (tab.status === 'error') return <p role="alert">{t('sidebarError', tab.message)}</p>;
  const context = contextForTab(stored, tab.url);
  return (
    <DraftRequestContext value={draftRequestedAt(request, tabId)}>
      <PageView key={tabId} context={context} nobodyText={t('panelNobody')} />
    </DraftRequestContext>
  );
}
