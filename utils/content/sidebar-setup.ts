import type { Site } from '../display/display-place';
import { readSidebarStoredState } from '../display/sidebar-stored-state';
import { callBackground } from '../messaging/client';
import type { SidebarSetup } from '../messaging/requests/core';
import { sidebarLabels } from '../display/sidebar-labels';

/**
 * Labels, place and folded state from the background in one message; from the page's own storage and catalog
 * only when the background does not answer.
 */
export async function readSidebarSetup(site: Site): Promise<SidebarSetup> {
  try {
    return await callBackground('sidebar.setup', { site });
  } catch {
    return { labels: sidebarLabels(), ...(await readSidebarStoredState(site)) };
  }
}
