export type Section = 'contacts' | 'organisations' | 'cold' | 'agreements' | 'import' | 'backup' | 'settings' | 'templates' | 'sync';
export const SECTIONS: readonly Section[] = ['contacts', 'organisations', 'cold', 'agreements', 'import', 'backup', 'settings', 'templates', 'sync'];

export type Route =
  | { section: Section }
  | { section: 'contact'; contactId: string }
  | { section: 'organisation'; organisationId: string };

/** `#contacts`, `#contact/<id>`, …; anything else is the contact list. */
export function routeOf(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path.startsWith('organisation/')) {
    try {
      const organisationId = decodeURIComponent(path.slice('organisation/'.length));
      if (organisationId) return { section: 'organisation', organisationId };
    } catch {
      // A malformed address shows the list.
    }
  }
  if (path.startsWith('contact/')) {
    try {
      const contactId = decodeURIComponent(path.slice('contact/'.length));
      if (contactId) return { section: 'contact', contactId };
    } catch {
      // A malformed address shows the list.
    }
  }
  return { section: (SECTIONS as readonly string[]).includes(path) ? (path as Section) : 'contacts' };
}

export function hrefOf(route: Route): string {
  if (route.section === 'organisation') return `#organisation/${encodeURIComponent(route.organisationId)}`;
  return route.section === 'contact' ? `#contact/${encodeURIComponent(route.contactId)}` : `#${route.section}`;
}
