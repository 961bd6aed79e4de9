import type { PageContext } from '../messaging/page-context';
import type { RequestInput } from '../messaging/protocol';

/** The person a page is about, as the sidebar needs it: how to find them and how to add them. */
export interface PagePerson {
  name: string;
  detail?: string;
  identity: { linkedinSlug?: string; emails?: string[] };
  prefill: RequestInput<'contact.add'>;
}

export function peopleOnPage(context: PageContext | undefined): PagePerson[] {
  if (!context || context.kind === 'none') return [];
  if (context.kind === 'profile') {
    return [
      {
        name: context.name || context.slug,
        detail: context.headline,
        identity: { linkedinSlug: context.slug },
        prefill: {
          displayName: context.name || context.slug,
          linkedinSlug: context.slug,
          headline: context.headline,
          company: context.company,
          role: context.role,
          location: context.location,
        },
      },
    ];
  }
  return context.partners.map((partner) => ({
    name: partner.name || partner.email,
    detail: partner.email,
    identity: { emails: [partner.email] },
    prefill: { displayName: partner.name || partner.email, emails: [partner.email] },
  }));
}
