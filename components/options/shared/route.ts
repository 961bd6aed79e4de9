export type Section = 'contacts' | 'cold' | 'agreements' | 'import' | 'backup' | 'settings' | 'templates';
export const SECTIONS: readonly Section[] = ['contacts', 'cold', 'agreements', 'import', 'backup', 'settings', 'templates'];

export type Route = { section: Section } | { section: 'contact'; contactId: string };

/** `#contacts`, `#contact/<id>`, …; anything else is the contact list. */
export function routeOf(hash: string): Route {
  const path = hash.replace(/^#/, '');
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
  return route.section === 'contact' ? `#contact/${encodeURIComponent(route.contactId)}` : `#${route.section}`;
}
