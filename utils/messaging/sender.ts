import type { SenderKind } from './protocol';

export const SITE_HOSTS = ['mail.google.com', 'www.linkedin.com'] as const;

export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Who sent a message: a page of this extension, its content script on one of the two sites, or nobody we trust. */
export function classifySender(sender: SenderFacts, ownId: string): SenderKind | undefined {
  if (sender.id !== ownId || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') return 'extension-page';
  if (url.protocol === 'https:' && (SITE_HOSTS as readonly string[]).includes(url.hostname) && sender.tab?.id !== undefined) {
    return 'content-script';
  }
  return undefined;
}
