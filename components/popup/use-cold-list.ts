import { useEffect, useRef, useState } from 'react';
import type { GoingColdList } from '../../utils/db/going-cold';
import { callBackground } from '../../utils/messaging/client';
import { useDataVersion } from '../shared/use-data-version';

export type ColdListState = { status: 'loading' } | { status: 'ready'; list: GoingColdList } | { status: 'error'; message: string };

/** The `limit` coldest relationships, reloaded whenever data changes; an answer older than one shown is dropped. */
export function useColdList(limit: number): ColdListState {
  const version = useDataVersion();
  const [state, setState] = useState<ColdListState>({ status: 'loading' });
  const asked = useRef(0);
  const shown = useRef(0);
  useEffect(() => {
    const request = ++asked.current;
    const show = (next: ColdListState) => {
      if (request < shown.current) return;
      shown.current = request;
      setState(next);
    };
    callBackground('cold.list', { limit }).then(
      (list) => show({ status: 'ready', list }),
      (reason: unknown) => show({ status: 'error', message: reason instanceof Error ? reason.message : String(reason) }),
    );
  }, [limit, version]);
  return state;
}
