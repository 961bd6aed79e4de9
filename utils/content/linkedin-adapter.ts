import { allMessageComposers, findMessageComposer, insertIntoComposer } from '../sites/linkedin/message-composer';
import { linkedinPageContext } from '../sites/linkedin/page-context';
import { copyProfilePage, type ProfilePageCopy } from '../sites/linkedin/page-copy';
import { pageKindOfUrl } from '../sites/linkedin/page-kind';
import { watchTopCard } from '../sites/linkedin/top-card-watch';
import { isMessagingUrl, linkedinChatContext, watchChat } from './linkedin-chat';
import type { PageCopy, SiteAdapter } from './site-adapter';

/** The last copy, so a watch started right after it need not copy a large page again. */
let lastCopy: { doc: Document; url: string; copy: ProfilePageCopy } | undefined;

/** A profile page's copy for the background to read; until it answers, the URL names the person. */
function profileCopy(html: string, url: string, slug: string): PageCopy {
  return { url, html, fallback: linkedinPageContext({ kind: 'unreadable', slug, reason: 'no-answer' }, url) };
}

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  headerHeight: 52,
  read(doc, url) {
    if (isMessagingUrl(url)) return linkedinChatContext(doc, url);
    const page = pageKindOfUrl(url);
    if (page.kind !== 'profile') return linkedinPageContext(page, url);
    const copy = copyProfilePage(doc, page.slug);
    lastCopy = { doc, url, copy };
    return profileCopy(copy.html, url, page.slug);
  },
  watch(doc, onChange, signal) {
    const url = doc.location.href;
    if (isMessagingUrl(url)) return watchChat(doc, onChange, signal);
    const page = pageKindOfUrl(url);
    const initial = lastCopy?.doc === doc && lastCopy.url === url ? lastCopy.copy : undefined;
    lastCopy = undefined;
    if (page.kind !== 'profile') return;
    watchTopCard(doc, page.slug, (copy) => onChange(profileCopy(copy.html, doc.location.href, page.slug)), signal, { initial });
  },
  putDraft(doc, draft) {
    const composer = findMessageComposer(doc, draft.recipient);
    if (!composer) return { inserted: false, reason: allMessageComposers(doc).length > 0 ? 'addressed-elsewhere' : 'no-message-box' };
    if (!insertIntoComposer(composer.element, draft.body)) return { inserted: false, reason: 'no-message-box' };
    return { inserted: true, where: composer.where };
  },
};
