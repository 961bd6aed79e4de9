import { useEffect, useRef, useState } from 'react';
import { readGoingCold, type GoingColdList } from '../../utils/db/going-cold';
import { openRapportDB } from '../../utils/db/open';
import { todayIn } from '../../utils/schedule/calendar';
import { useLoadedDataVersion } from '../options/shared/use-loaded-data-version';

export type ColdListState = { status: 'loading' } | { status: 'ready'; list: GoingColdList } | { status: 'error'; message: string };

/**
 * The `limit` coldest relationships, reloaded whenever data changes (read once on opening, not again when the
 * stored data version arrives); an answer older than one shown is dropped. Read here rather than in the
 * background, which is answering the popup's due list at the same moment.
 */
export function useColdList(limit: number): ColdListState {
  const version = useLoadedDataVersion();
  const [state, setState] = useState<ColdListState>({ status: 'loading' });
  const asked = useRef(0);
  const shown = useRef(0);
  useEffect(() => {
    void openRapportDB().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (version === undefined) return;
    const request = ++asked.current;
    const show = (next: ColdListState) => {
      if (request < shown.current) return;
      shown.current = request;
      setState(next);
    };
    openRapportDB()
      .then((db) => readGoingCold(db, { today: todayIn(), now: Date.now(), limit }))
      .then(
        (list) => show({ status: 'ready', list }),
        (reason: unknown) => show({ status: 'error', message: reason instanceof Error ? reason.message : String(reason) }),
      );
  }, [limit, version]);
  return state;
}
