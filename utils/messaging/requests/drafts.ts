import * as v from 'valibot';
import type { Agreement, Contact, Interaction } from '../../domain/model';
import type { DraftTemplate } from '../../drafts';
import { StoredTemplateSchema } from '../../drafts-store';
import { id } from './fields';
import type { RequestTable } from './table';

/** What a draft needs to know about a contact, beyond its card. */
export const DRAFTS_REQUESTS = {
  'draft.context': { from: ['extension-page'], input: v.object({ contactId: id }) },
  /** The user's templates are written by the background only, one write at a time (sync merges them too). */
  'templates.save': { from: ['extension-page'], input: v.object({ template: StoredTemplateSchema }) },
  'templates.remove': { from: ['extension-page'], input: v.object({ id }) },
} as const satisfies RequestTable;

/** Someone else at the contact's company: whom a handover takes over from, and what they had agreed. */
export interface DraftColleague {
  displayName: string;
  lastContactAt?: number;
  /** Their agreements that still matter: open ones and terms in force. */
  agreements: Agreement[];
}

export interface DraftContextData {
  contact: Contact;
  /** All of the contact's agreements, whatever their status (a call summary names done ones too). */
  agreements: Agreement[];
  /** The contact's interactions, newest first: the latest ones and the very first one. */
  interactions: Interaction[];
  /** Other contacts at the same company, the most recently in touch first. */
  colleagues: DraftColleague[];
}

export interface DraftsOutputs {
  'draft.context': DraftContextData | null;
  'templates.save': DraftTemplate[];
  'templates.remove': DraftTemplate[];
}
