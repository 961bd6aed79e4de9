import { useEffect, useRef, useState } from 'react';
import { callBackground } from '../../utils/messaging/client';
import { filterValue, type ContactFilter } from '../../utils/domain/tags';
import type { RequestInput } from '../../utils/messaging/protocol';
import type { DuePage } from '../../utils/messaging/requests/due';

type DueFilter = NonNullable<RequestInput<'due.list'>['filter']>;
import { useDataVersion } from '../shared/use-data-version';

export type DueListState = { status: 'loading' } | { status: 'ready'; page: DuePage } | { status: 'error'; message: string };

/**
 * The `limit` most overdue rows, reloaded whenever any tab or page changes data. A reload keeps the
 * rows on screen until the new ones arrive; an answer older than one already shown is dropped. Nothing is asked
 * while `enabled` is false.
 */
export function useDueList(limit: number, filter: ContactFilter = {}, enabled = true): DueListState {
  const version = useDataVersion();
  const [state, setState] = useState<DueListState>({ status: 'loading' });
  const asked = useRef(0);
  const filterKey = filterValue(filter);
  const shown = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const request = ++asked.current;
    const show = (next: DueListState) => {
      if (request < shown.current) return;
      shown.current = request;
      setState(next);
    };
    const given = Object.keys(filter).length > 0 ? { filter: filter as DueFilter } : {};
    callBackground('due.list', { limit, ...given }).then(
      (page) => show({ status: 'ready', page }),
      (reason: unknown) => show({ status: 'error', message: reason instanceof Error ? reason.message : String(reason) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is compared by its value
  }, [limit, version, filterKey, enabled]);
  return state;
}
