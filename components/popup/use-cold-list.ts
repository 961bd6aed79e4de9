import { useEffect, useRef, useState } from 'react';
import type { GoingColdList } from '../../utils/db/going-cold';
import { openRapportDB } from '../../utils/db/open';
import { useLoadedDataVersion } from '../options/shared/use-loaded-data-version';
import { firstReadFor } from '../shared/first-read';
import { COLD_PAGE_SIZE, COLD_TAB_READ, readColdList } from './cold-tab-read';

export type ColdListState = { status: 'loading' } | { status: 'ready'; list: GoingColdList } | { status: 'error'; message: string };

/**
 * The `limit` coldest relationships, reloaded whenever data changes (read once on opening, not again when the
 * stored data version arrives); an answer older than one shown is dropped. Read here rather than in the
 * background, which is answering the popup's due list at the same moment. A read the popup's entry started
 * before React mounted (`COLD_TAB_READ`, components/shared/first-read.ts) is shown as soon as it is there and
 * stands for the first read unless data changed meanwhile.
 */
export function useColdList(limit: number): ColdListState {
  const version = useLoadedDataVersion();
  const [state, setState] = useState<ColdListState>({ status: 'loading' });
  const asked = useRef(0);
  const shown = useRef(0);
  const [first] = useState(() => (limit === COLD_PAGE_SIZE ? firstReadFor<GoingColdList>(COLD_TAB_READ) : undefined));
  const settled = useRef(false);
  useEffect(() => {
    void openRapportDB().catch(() => undefined);
  }, []);
  useEffect(() => {
    /** Shows the answer of `read` unless a later one is already on screen. */
    const ask = (read: Promise<GoingColdList>) => {
      const request = ++asked.current;
      const show = (next: ColdListState) => {
        if (request < shown.current) return;
        shown.current = request;
        setState(next);
      };
      read.then(
        (list) => show({ status: 'ready', list }),
        (reason: unknown) => show({ status: 'error', message: reason instanceof Error ? reason.message : String(reason) }),
      );
    };
    if (first && asked.current === 0) ask(first.value);
    if (version === undefined) return;
    if (first && !settled.current) {
      settled.current = true;
      if (!first.settle().stale && limit === COLD_PAGE_SIZE) return; // the first read is this one
    }
    ask(openRapportDB().then((db) => readColdList(db, limit)));
  }, [limit, version, first]);
  return state;
}
