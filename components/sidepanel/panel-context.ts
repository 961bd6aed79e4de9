import type { PageContext } from '../../utils/messaging/page-context';

const SITE_HOST: Record<PageContext['site'], string> = { linkedin: 'www.linkedin.com', gmail: 'mail.google.com' };

/**
 * What the side panel may show for the active tab: the context its content script reported, but only while the
 * tab is still on that site (a tab that went from LinkedIn to another site keeps its last report). The browser
 * tells the panel a tab's address only on the two sites, so an unknown address means "elsewhere".
 */
export function contextForTab(context: PageContext | undefined, tabUrl: string | undefined): PageContext | undefined {
  if (!context || !tabUrl) return undefined;
  try {
    return new URL(tabUrl).hostname === SITE_HOST[context.site] ? context : undefined;
  } catch {
    return undefined;
  }
}
