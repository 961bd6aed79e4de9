import { useEffect, useState } from 'react';
import { goingColdList, type GoingColdList } from '../../../utils/db/going-cold';
import { openRapportDB } from '../../../utils/db/open';
import { afterPaint } from '../../shared/after-paint';
import { readWholeColdList, type ColdView } from './read-cold-view';

/**
 * The view's list: its first screenful as read, then every row once that screenful is painted (a frame, then a
 * task): scored from what was read, or read and scored then when the screenful was the stored one. The user sees
 * the coldest rows without waiting for the other thousands to be read, scored and sorted.
 */
export function useWholeColdList(view: ColdView | undefined): GoingColdList | undefined {
  const [whole, setWhole] = useState<{ view: ColdView; list: GoingColdList }>();
  useEffect(() => {
    if (!view || view.first.rows.length >= view.first.total) return;
    let active = true;
    const cancel = afterPaint(() => {
      if (view.data) setWhole({ view, list: goingColdList(view.data) });
      else
        void openRapportDB()
          .then((db) => readWholeColdList(db, view.stored))
          .then((list) => active && setWhole({ view, list }))
          .catch(() => undefined); // the first screenful stays; the next data change reads again
    });
    return () => {
      active = false;
      cancel();
    };
  }, [view]);
  if (!view) return undefined;
  if (view.first.rows.length >= view.first.total) return view.first;
  // Read again (data changed), the whole list shown before stays until the new one is scored: the list does not
  // shrink to a screenful under a user who scrolled.
  return whole?.view === view ? whole.list : (whole?.list ?? view.first);
}
