import type { PageContext } from '../messaging/page-context';
import { readPagePartner } from '../sites/linkedin/messaging/conversation-reader';
import { THREAD_PATH } from '../sites/linkedin/messaging/messaging-markup';
import { observeRegions } from './observe-regions';

const MESSAGING_PATH = /^\/messaging(?:\/|$)/u;
/** The messaging page's own region, on every era; never the whole document. */
export const MESSAGING_REGION = 'main, [data-sdui-screen]';

export function isMessagingUrl(url: string): boolean {
  try {
    return MESSAGING_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The messaging page as the sidebar sees it: the partner of the open conversation. */
export function linkedinChatContext(doc: Document, url: string): PageContext {
  const partner = readPagePartner(doc);
  if (!partner) return { site: 'linkedin', kind: 'none', url, reason: 'no-conversation' };
  const threadId = THREAD_PATH.exec(url)?.[1];
  return {
    site: 'linkedin',
    kind: 'chat',
    url,
    name: partner.name,
    ...(partner.slug ? { slug: partner.slug } : {}),
    ...(threadId ? { threadId } : {}),
    strategy: partner.memberId ? 'title+member-id' : 'title',
  };
}

/** Follows the user from one conversation to the next: LinkedIn replaces the thread a moment after the URL. */
export function watchChat(doc: Document, onChange: (context: PageContext) => void, signal: AbortSignal): void {
  let last = '';
  const regions = () => [doc.querySelector(MESSAGING_REGION)].filter((region) => region !== null);
  observeRegions(doc, regions, () => {
    const context = linkedinChatContext(doc, doc.location.href);
    const seen = JSON.stringify(context);
    if (seen === last) return;
    last = seen;
    onChange(context);
  }, signal, { debounceMs: 150, maxWaitMs: 600 });
}
