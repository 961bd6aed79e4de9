import * as v from 'valibot';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CHANNELS,
  DIRECTIONS,
  type Agreement,
  type Cadence,
  type Contact,
  type ContactKind,
  type Interaction,
} from '../../domain/model';
import type { Settings } from '../../domain/settings';
import type { DisplayPlace } from '../../display/display-place';
import type { OrganisationBrief } from '../../db/organisation-brief';
import { draftSchema } from '../content-command';
import { PageContextSchema, type PageContext } from '../page-context';
import { CadenceSchema, amount, calendarDate, currency, emails, id, importantDates, kinds, siteUrl, tags, text } from './fields';
import type { RequestTable } from './table';

/** Page facts, the sidebar, contacts, interactions and agreements. */
/** A profile page's copy is 10 to 200 KB; a page that copies more than this is not one we know. */
const MAX_PAGE_COPY = 4_000_000;

const ContactFieldsSchema = v.object({
  displayName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  emails: v.optional(emails),
  linkedinSlug: v.optional(text(200)),
  company: v.optional(text(500)),
  role: v.optional(text(500)),
  headline: v.optional(text(2000)),
  location: v.optional(text(500)),
  language: v.optional(v.picklist(['de', 'en'])),
  formality: v.optional(v.picklist(['du', 'sie'])),
  salutation: v.optional(v.picklist(['frau', 'herr', 'none'])),
  notes: v.optional(text(20_000)),
  cadence: v.optional(CadenceSchema),
});

/** Identities change only through `contact.link` and `contact.setIdentities`, which check who else has them. */
const { emails: _emails, linkedinSlug: _linkedinSlug, ...contactDetails } = v.partial(ContactFieldsSchema).entries;
const ContactPatchSchema = v.object({
  ...contactDetails,
  cadence: v.optional(v.nullable(CadenceSchema)),
  betweenProjectsCadence: v.optional(v.nullable(v.union([CadenceSchema, v.literal('regular')]))),
  snoozedUntil: v.optional(v.nullable(calendarDate)),
  kinds: v.optional(kinds),
  tags: v.optional(tags),
  importantDates: v.optional(importantDates),
});

const NewInteractionSchema = v.object({
  contactId: id,
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  channel: v.picklist(CHANNELS),
  direction: v.picklist(DIRECTIONS),
  summary: v.optional(text(2000)),
});

const NewAgreementSchema = v.object({
  contactId: id,
  kind: v.picklist(AGREEMENT_KINDS),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000)),
  dueDate: v.optional(calendarDate),
  organisation: v.optional(text(500)),
  owner: v.optional(v.picklist(['us', 'them', 'both'])),
  interactionId: v.optional(id),
  amount: v.optional(amount),
  currency: v.optional(currency),
});

const AgreementPatchSchema = v.object({
  kind: v.optional(v.picklist(AGREEMENT_KINDS)),
  text: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000))),
  dueDate: v.optional(v.nullable(calendarDate)),
  status: v.optional(v.picklist(AGREEMENT_STATUSES)),
  paidOn: v.optional(v.nullable(calendarDate)),
  amount: v.optional(v.nullable(amount)),
  currency: v.optional(v.nullable(currency)),
});



export interface ContactCard {
  contact: Contact;
  openAgreements: Agreement[];
  recentInteractions: Interaction[];
  /** Where an open agreement was made (a Gmail conversation), by agreement id; https only. */
  agreementSources: Record<string, string>;
  /** The contact's organisation: what was agreed there through others, and how it pays. */
  organisation?: OrganisationBrief;
  /** The cadence the next follow-up comes from: between projects it can be quieter than the contact's own. */
  followUp?: { cadence?: Cadence; betweenProjects?: true; fromKind?: ContactKind };
  /** Who changed the contact (or what is attached) last, when that was another sync user. */
  changedBy?: { user: string; at: number };
}

/** The texts of the frame and its fold-away tab, in the UI language. */
export interface SidebarLabels {
  title: string;
  tab: string;
  show: string;
  hide: string;
}

/** What the content script needs before it adds anything to the page, in one answer. */
export interface SidebarSetup {
  labels: SidebarLabels;
  /** Where the user wants Rapport on this site: beside the page, or in the browser's side panel. */
  place: DisplayPlace;
  collapsed: boolean;
}

export interface SidebarState {
  tabId: number;
  context?: PageContext;
}

/** `addressed-elsewhere`: every open message box is addressed to other people. */
export type DraftResult =
  | { inserted: true; where: string }
  | { inserted: false; reason: 'no-message-box' | 'addressed-elsewhere' | 'no-tab' };

export const CORE_REQUESTS = {
  /**
   * What a page shows, answered with the in-page frame's labels, place and folded state: one round trip at load
   * (`i18n.getMessage` in a content script blocks the host page on its first call, and every storage read from the
   * page is one more message).
   */
  'page.context': { from: ['content-script'], input: PageContextSchema },
  /**
   * A LinkedIn profile page's copy (utils/sites/linkedin/page-copy.ts), read here rather than on the host page's
   * main thread; answered like `page.context`, with what the copy says.
   */
  'page.copy': { from: ['content-script'], input: v.object({ url: siteUrl, html: text(MAX_PAGE_COPY) }) },
  'sidebar.state': { from: ['extension-page'], input: v.object({}) },
  'contact.lookup': {
    from: ['extension-page'],
    /** `linkedinName`: a LinkedIn chat partner, whose slug the messaging page rarely shows. */
    input: v.object({ linkedinSlug: v.optional(text(200)), emails: v.optional(emails), linkedinName: v.optional(text(500)) }),
  },
  'contact.card': { from: ['extension-page'], input: v.object({ contactId: id }) },
  'contact.add': { from: ['extension-page'], input: ContactFieldsSchema },
  'contact.update': { from: ['extension-page'], input: v.object({ contactId: id, patch: ContactPatchSchema }) },
  'interaction.log': { from: ['extension-page'], input: NewInteractionSchema },
  'agreement.add': { from: ['extension-page'], input: NewAgreementSchema },
  'agreement.update': { from: ['extension-page'], input: v.object({ agreementId: id, patch: AgreementPatchSchema }) },
  'draft.insert': { from: ['extension-page'], input: draftSchema() },
  'settings.get': { from: ['extension-page'], input: v.object({}) },
  /** Firefox gives a sidebar framed in a web page no `tabs` API; the background opens the tab for it. */
  'tab.open': { from: ['extension-page'], input: v.object({ url: siteUrl }) },
} as const satisfies RequestTable;

export interface CoreOutputs {
  'page.context': SidebarSetup;
  'page.copy': { setup: SidebarSetup; context: PageContext };
  'sidebar.state': SidebarState;
  'contact.lookup': ContactCard | null;
  'contact.card': ContactCard | null;
  'contact.add': Contact;
  'contact.update': Contact;
  'interaction.log': Interaction[];
  'agreement.add': Agreement;
  'agreement.update': Agreement;
  'draft.insert': DraftResult;
  'settings.get': Settings;
  'tab.open': null;
}
