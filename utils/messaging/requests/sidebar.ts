import * as v from 'valibot';
import { AGREEMENT_KINDS, DIRECTIONS, type Agreement, type Contact } from '../../domain/model';
import { amount, calendarDate, currency, emails, id, text } from './fields';
import type { RequestTable } from './table';

/** What the sidebar needs beyond the core: linking people, and agreements made in an email. */
export const SIDEBAR_REQUESTS = {
  'contact.suggest': { from: ['extension-page'], input: v.object({ name: v.pipe(v.string(), v.maxLength(500)) }) },
  'contact.link': {
    from: ['extension-page'],
    input: v.object({ contactId: id, linkedinSlug: v.optional(text(200)), emails: v.optional(emails) }),
  },
  'agreement.addFromEmail': {
    from: ['extension-page'],
    input: v.object({
      contactId: id,
      kind: v.picklist(AGREEMENT_KINDS),
      text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000)),
      dueDate: v.optional(calendarDate),
      amount: v.optional(amount),
      currency: v.optional(currency),
      /** The Gmail message the agreement was made in, as the page reported it. */
      messageId: text(200),
      conversationUrl: v.pipe(v.string(), v.maxLength(4096), v.startsWith('https://mail.google.com/')),
      subject: v.optional(text(2000)),
      at: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      direction: v.optional(v.picklist(DIRECTIONS)),
    }),
  },
} as const satisfies RequestTable;

export interface SidebarOutputs {
  'contact.suggest': Contact[];
  'contact.link': Contact;
  'agreement.addFromEmail': Agreement;
}
