import { useEffect, useRef, useState } from 'react';
import { callBackground } from '../../utils/messaging/client';
import type { DuePage } from '../../utils/messaging/requests/due';
import { useDataVersion } from '../shared/use-data-version';

export type DueListState = { status: 'loading' } | { status: 'ready'; page: DuePage } | { status: 'error'; message: string };

/**
 * The `limit` most overdue rows, reloaded whenever any tab or page changes data. A reload keeps the
 * rows on screen until the new ones arrive; an answer older than one already shown is dropped.
 */
export function useDueList(limit: number): DueListState {
  const version = useDataVersion();
  const [state, setState] = useState<DueListState>({ status: 'loading' });
  const asked = useRef(0);
  const shown = useRef(0);
  useEffect(() => {
    const request = ++asked.current;
    const show = (next: DueListState) => {
      if (request < shown.current) return;
      shown.current = request;
      setState(next);
    };
    callBackground('due.list', { limit }).then(
      (page) => show({ status: 'ready', page }),
      (reason: unknown) => show({ status: 'error', message: reason instanceof Error ? reason.message : String(reason) }),
    );
  }, [limit, version]);
  return state;
}
