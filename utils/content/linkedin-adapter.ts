import type { PageContext } from '../messaging/page-context';
import { allMessageComposers, findMessageComposer, insertIntoComposer } from '../sites/linkedin/message-composer';
import { readLinkedInProfile } from '../sites/linkedin/profile-reader';
import type { ProfileReading } from '../sites/linkedin/profile-reading';
import { parseProfileUrl } from '../sites/linkedin/profile-url';
import { watchTopCard } from '../sites/linkedin/top-card-watch';
import { isMessagingUrl, linkedinChatContext, watchChat } from './linkedin-chat';
import type { SiteAdapter } from './site-adapter';

export function linkedinPageContext(reading: ProfileReading, url: string): PageContext {
  switch (reading.kind) {
    case 'profile':
      return {
        site: 'linkedin',
        kind: 'profile',
        url: reading.profileUrl,
        slug: reading.slug,
        name: reading.name,
        headline: reading.headline,
        company: reading.company,
        role: reading.role,
        location: reading.location,
        strategy: reading.strategy,
      };
    case 'unreadable': {
      // The URL names the person even when the page cannot be read (yet): the sidebar can still find them.
      const profile = parseProfileUrl(url);
      if (!profile) return { site: 'linkedin', kind: 'none', url, reason: reading.reason };
      return { site: 'linkedin', kind: 'profile', url: profile.canonicalUrl, slug: profile.slug, name: '', strategy: `unreadable:${reading.reason}` };
    }
    default:
      return { site: 'linkedin', kind: 'none', url, reason: reading.reason };
  }
}

/** The last reading, so a watch started right after it need not read a large page again. */
let lastRead: { doc: Document; url: string; reading: ProfileReading } | undefined;

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  headerHeight: 52,
  read(doc, url) {
    if (isMessagingUrl(url)) return linkedinChatContext(doc, url);
    const reading = readLinkedInProfile(doc, url);
    lastRead = { doc, url, reading };
    return linkedinPageContext(reading, url);
  },
  watch(doc, onChange, signal) {
    const url = doc.location.href;
    if (isMessagingUrl(url)) return watchChat(doc, onChange, signal);
    const profile = parseProfileUrl(url);
    const initial = lastRead?.doc === doc && lastRead.url === url ? lastRead.reading : undefined;
    lastRead = undefined;
    if (profile) watchTopCard(doc, profile.slug, (reading) => onChange(linkedinPageContext(reading, doc.location.href)), signal, { initial });
  },
  putDraft(doc, draft) {
    const composer = findMessageComposer(doc, draft.recipient);
    if (!composer) return { inserted: false, reason: allMessageComposers(doc).length > 0 ? 'addressed-elsewhere' : 'no-message-box' };
    if (!insertIntoComposer(composer.element, draft.body)) return { inserted: false, reason: 'no-message-box' };
    return { inserted: true, where: composer.where };
  },
};
