import type { SidebarSetup } from '../messaging/requests/core';
import type { Site } from './display-place';
import { sidebarLabels } from './sidebar-labels';
import { readSidebarStoredState } from './sidebar-stored-state';

/** The in-page frame's labels (in the UI language), where Rapport appears on `site`, and whether the frame is folded. */
export async function sidebarSetupFor(site: Site): Promise<SidebarSetup> {
  return { labels: sidebarLabels(), ...(await readSidebarStoredState(site)) };
}
