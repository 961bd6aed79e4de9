import { readOrganisationPage } from '../../utils/db/organisation-page';
import { startFirstRead } from '../shared/first-read';
import { COLD_VIEW_READ, readColdView } from './cold/read-cold-view';
import { organisationPageRead } from './organisations/organisation-read';
import { preloadSection } from './sections';
import type { Route } from './shared/route';

/**
 * Called by the options page's entry before React mounts: for the views that read much (going cold, an
 * organisation) it starts their read, so the database works while the page's code is evaluated and rendered,
 * and it loads the first route's section. React should mount when the returned promise resolves (it never
 * rejects): then the first render does not suspend.
 */
export function startFirstScreen(route: Route): Promise<void> {
  if (route.section === 'cold') startFirstRead(COLD_VIEW_READ, readColdView);
  if (route.section === 'organisation') startFirstRead(organisationPageRead(route.organisationId), (db) => readOrganisationPage(db, route.organisationId));
  return preloadSection(route);
}
