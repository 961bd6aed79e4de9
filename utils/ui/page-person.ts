import type { Direction } from '../domain/model';
import type { PageContext } from '../messaging/page-context';
import type { RequestInput } from '../messaging/protocol';

/** The latest email in the open conversation between the user and one partner. */
export interface EmailOnPage {
  messageId: string;
  at?: number;
  direction: Direction;
  conversationUrl: string;
  subject: string;
}

/** Where a note to a person goes in Gmail: `account` is the mailbox (`authuser`) it is written from, when known. */
export interface MailTo {
  address: string;
  account?: string;
}

/** The person a page is about, as the sidebar needs it: how to find them, how to add them, what the page says. */
export interface PagePerson {
  name: string;
  detail?: string;
  identity: { linkedinSlug?: string; emails?: string[]; linkedinName?: string };
  prefill: RequestInput<'contact.add'>;
  /** What LinkedIn shows now, to notice a new job or headline. */
  pageFacts?: { headline?: string; company?: string; role?: string };
  email?: EmailOnPage;
  /** In a Gmail conversation: the address the conversation uses, in the signed-in account. */
  mailTo?: MailTo;
  /** The page named the person only by its address. */
  unreadable?: boolean;
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
        pageFacts: { headline: context.headline, company: context.company, role: context.role },
        unreadable: !context.name,
      },
    ];
  }
  if (context.kind === 'chat') {
    return [
      {
        name: context.name,
        identity: context.slug ? { linkedinSlug: context.slug } : { linkedinName: context.name },
        prefill: { displayName: context.name, ...(context.slug ? { linkedinSlug: context.slug } : {}) },
      },
    ];
  }
  return context.partners.map((partner) => {
    const email = partner.email.toLowerCase();
    const latest = [...context.messages]
      .reverse()
      .find((message) => message.from?.toLowerCase() === email || message.to.some((to) => to.toLowerCase() === email));
    return {
      name: partner.name || partner.email,
      detail: partner.email,
      identity: { emails: [partner.email] },
      prefill: { displayName: partner.name || partner.email, emails: [partner.email] },
      mailTo: { address: partner.email, ...(context.account ? { account: context.account } : {}) },
      email: latest && {
        messageId: latest.id,
        at: latest.at,
        direction: latest.from?.toLowerCase() === email ? 'inbound' : 'outbound',
        conversationUrl: context.url,
        subject: context.subject,
      },
    };
  });
}
