import { callBackground } from '../messaging/client';

/** Opens a LinkedIn or Gmail page in a new tab, from any extension page (the sidebar included). */
export async function openSiteTab(url: string): Promise<void> {
  await callBackground('tab.open', { url });
}
