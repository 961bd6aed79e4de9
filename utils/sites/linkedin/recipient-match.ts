import { nameKey } from '../../domain/text';
import type { ConversationPartner } from './conversation-partner';

/** The person a draft is for, as the sidebar knows them. */
export interface DraftRecipient {
  /** The name LinkedIn shows and the one in Rapport, when they differ. */
  names: readonly string[];
  linkedinSlug?: string;
}

export type PartnerMatch = 'recipient' | 'someone-else' | 'unknown';

/** Whether a chat's partner is the recipient. A slug, when both have one, outranks the name. */
export function matchPartner(partner: ConversationPartner | undefined, recipient: DraftRecipient | undefined): PartnerMatch {
  if (!partner || !recipient) return 'unknown';
  if (partner.slug && recipient.linkedinSlug) return partner.slug === recipient.linkedinSlug.toLowerCase() ? 'recipient' : 'someone-else';
  const names = recipient.names.map(nameKey).filter((key) => key !== '');
  if (!partner.name || names.length === 0) return 'unknown';
  return names.includes(nameKey(partner.name)) ? 'recipient' : 'someone-else';
}
