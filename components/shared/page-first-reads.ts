import type { RapportDatabase } from '../../utils/db/open';
import { readOrganisationFirst } from '../../utils/db/organisation-page';
import { COLD_VIEW_READ, readColdView } from '../options/cold/read-cold-view';
import { organisationPageRead } from '../options/organisations/organisation-read';
import { routeOf } from '../options/shared/route';
import { COLD_PAGE_SIZE, COLD_TAB_READ, readColdList } from '../popup/cold-tab-read';

export interface PageFirstRead {
  key: string;
  read: (db: RapportDatabase) => Promise<unknown>;
}

/**
 * The views that read much before they can show anything, by page and address: their first read starts before
 * React mounts (components/shared/first-read.ts), in the page's first script when it can (./early-read.ts).
 */
export function firstReadOf(page: 'options' | 'popup', hash: string): PageFirstRead | undefined {
  if (page === 'popup') return hash === '#cold' ? { key: COLD_TAB_READ, read: (db) => readColdList(db, COLD_PAGE_SIZE) } : undefined;
  const route = routeOf(hash);
  if (route.section === 'cold') return { key: COLD_VIEW_READ, read: readColdView };
  if (route.section === 'organisation') return { key: organisationPageRead(route.organisationId), read: (db) => readOrganisationFirst(db, route.organisationId) };
  return undefined;
}
