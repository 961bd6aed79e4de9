import { useEffect, useState } from 'react';
import { openRapportDB } from '../../../utils/db/open';
import { readOrganisationRest, type OrganisationFirst, type OrganisationRest } from '../../../utils/db/organisation-page';
import { afterPaint } from '../../shared/after-paint';
import { messageOf } from '../shared/use-database-read';

export type RestRead = { status: 'loading' } | { status: 'ready'; value: OrganisationRest } | { status: 'failed'; message: string };

/**
 * What an organisation page shows beyond its first screen: the agreements and merge suggestions that came with it, or,
 * for a large organisation, all of them read once that screen is painted (a frame, then a task). Read again whenever
 * the first screen is (data changed); the previous answer stays meanwhile.
 */
export function useOrganisationRest(first: OrganisationFirst | undefined): RestRead {
  const [read, setRead] = useState<{ first: OrganisationFirst; result: RestRead }>();
  useEffect(() => {
    if (!first || (first.agreements && first.suggestionsComplete)) return;
    let active = true;
    const show = (result: RestRead) => active && setRead({ first, result });
    const cancel = afterPaint(() => {
      openRapportDB()
        .then((db) => readOrganisationRest(db, first))
        .then(
          (value) => show({ status: 'ready', value }),
          (error: unknown) => show({ status: 'failed', message: messageOf(error) }),
        );
    });
    return () => {
      active = false;
      cancel();
    };
  }, [first]);
  if (first?.agreements && first.suggestionsComplete) return { status: 'ready', value: { agreements: first.agreements, names: first.names, suggestions: first.suggestions } };
  // While a re-read runs (data changed), what was read before stays on screen.
  return read?.result ?? { status: 'loading' };
}
