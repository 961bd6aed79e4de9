import type { PageContext } from '../../messaging/page-context';
import type { ProfileReading } from './profile-reading';
import { parseProfileUrl } from './profile-url';

/** What the sidebar is told about a LinkedIn page at `url`, from its reading. */
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
