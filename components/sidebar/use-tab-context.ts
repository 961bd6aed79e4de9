import { useEffect, useState } from 'react';
import { tabContextKey } from '../../utils/background/tab-contexts';
import { callBackground } from '../../utils/messaging/client';
import type { PageContext } from '../../utils/messaging/page-context';
import { useLiveValue } from '../shared/use-live-value';

export type TabContextState =
  | { status: 'loading' }
  | { status: 'ready'; context: PageContext | undefined }
  | { status: 'error'; message: string };

/** What the tab around this sidebar shows, learned from the background (never from the host page). */
export function useTabContext(): TabContextState {
  const [tabId, setTabId] = useState<number>();
  const [error, setError] = useState<string>();
  const [initial, setInitial] = useState<PageContext>();
  useEffect(() => {
    callBackground('sidebar.state', {}).then(
      (state) => {
        setInitial(state.context);
        setTabId(state.tabId);
      },
      (reason: unknown) => setError(String(reason)),
    );
  }, []);
  const live = useLiveValue<PageContext>(tabId === undefined ? undefined : tabContextKey(tabId));
  if (error) return { status: 'error', message: error };
  if (tabId === undefined) return { status: 'loading' };
  return { status: 'ready', context: live ?? initial };
}
