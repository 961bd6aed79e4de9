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

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  headerHeight: 52,
  read: (doc, url) => (isMessagingUrl(url) ? linkedinChatContext(doc, url) : linkedinPageContext(readLinkedInProfile(doc, url), url)),
  watch(doc, onChange, signal) {
    if (isMessagingUrl(doc.location.href)) return watchChat(doc, onChange, signal);
    const profile = parseProfileUrl(doc.location.href);
    if (profile) watchTopCard(doc, profile.slug, (reading) => onChange(linkedinPageContext(reading, doc.location.href)), signal);
  },
  putDraft(doc, draft) {
    const composer = findMessageComposer(doc, draft.recipient);
    if (!composer) return { inserted: false, reason: allMessageComposers(doc).length > 0 ? 'addressed-elsewhere' : 'no-message-box' };
    if (!insertIntoComposer(composer.element, draft.body)) return { inserted: false, reason: 'no-message-box' };
    return { inserted: true, where: composer.where };
  },
};
