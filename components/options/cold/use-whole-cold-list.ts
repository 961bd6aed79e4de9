import { useEffect, useState } from 'react';
import { goingColdList, type GoingColdList } from '../../../utils/db/going-cold';
import { afterPaint } from '../../shared/after-paint';
import type { ColdView } from './read-cold-view';

/**
 * The view's list: its first screenful as read, then every row, scored once that screenful is painted (a frame, then
 * a task), so the user sees the coldest rows without waiting for the other thousands to be scored and sorted.
 */
export function useWholeColdList(view: ColdView | undefined): GoingColdList | undefined {
  const [whole, setWhole] = useState<{ view: ColdView; list: GoingColdList }>();
  useEffect(() => {
    if (!view || view.first.rows.length >= view.first.total) return;
    return afterPaint(() => setWhole({ view, list: goingColdList(view.data) }));
  }, [view]);
  if (!view) return undefined;
  if (view.first.rows.length >= view.first.total) return view.first;
  // Read again (data changed), the whole list shown before stays until the new one is scored: the list does not
  // shrink to a screenful under a user who scrolled.
  return whole?.view === view ? whole.list : (whole?.list ?? view.first);
}
