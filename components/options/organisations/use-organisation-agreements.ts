import { useEffect, useState } from 'react';
import { openRapportDB } from '../../../utils/db/open';
import { readOrganisationAgreements, type OrganisationFirst, type OrganisationPage } from '../../../utils/db/organisation-page';
import { afterPaint } from '../../shared/after-paint';
import { messageOf } from '../shared/use-database-read';

export type AgreementsRead = { status: 'loading' } | { status: 'ready'; value: Pick<OrganisationPage, 'agreements' | 'names'> } | { status: 'failed'; message: string };

/**
 * An organisation's agreements: those that came with its first screen, or, for a large organisation, all of them read
 * once that screen is painted (a frame, then a task). Read again whenever the first screen is (data changed); the
 * previous answer stays meanwhile.
 */
export function useOrganisationAgreements(organisationId: string, first: OrganisationFirst | undefined): AgreementsRead {
  const [read, setRead] = useState<{ first: OrganisationFirst; result: AgreementsRead }>();
  useEffect(() => {
    if (!first || first.agreements) return;
    let active = true;
    const show = (result: AgreementsRead) => active && setRead({ first, result });
    const cancel = afterPaint(() => {
      openRapportDB()
        .then((db) => readOrganisationAgreements(db, organisationId, first.names))
        .then(
          (value) => show({ status: 'ready', value }),
          (error: unknown) => show({ status: 'failed', message: messageOf(error) }),
        );
    });
    return () => {
      active = false;
      cancel();
    };
  }, [organisationId, first]);
  if (first?.agreements) return { status: 'ready', value: { agreements: first.agreements, names: first.names } };
  // While a re-read runs (data changed), what was read before stays on screen.
  return read?.result ?? { status: 'loading' };
}
