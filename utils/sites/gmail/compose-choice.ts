import { normaliseEmail } from '../../domain/identity';
import type { GmailCompose } from './compose';
import { composeRecipients } from './compose-recipients';

/**
 * The open compose a draft to `to` belongs in, best first:
 * 1. one already addressed to them: the user has started writing to them;
 * 2. the inline reply of the open conversation, when they take part in it (`partners`);
 * 3. a new message addressed to nobody yet.
 * A compose addressed only to others is never chosen: the note would go to the wrong people.
 * Undefined when none fits; ties go to the first in the page.
 */
export function composeForDraft(composes: readonly GmailCompose[], to: string | undefined, partners: readonly string[]): GmailCompose | undefined {
  const address = normaliseEmail(to ?? '');
  const inConversation = address !== '' && partners.some((partner) => normaliseEmail(partner) === address);
  const rank = (compose: GmailCompose): number | undefined => {
    const recipients = composeRecipients(compose.root);
    if (address && recipients.addresses.includes(address)) return 1;
    if (compose.kind === 'inline' && inConversation) return 2;
    if (!compose.reply && recipients.empty) return 3;
    return undefined;
  };
  let best: { compose: GmailCompose; rank: number } | undefined;
  for (const compose of composes) {
    const candidate = rank(compose);
    if (candidate !== undefined && (!best || candidate < best.rank)) best = { compose, rank: candidate };
  }
  return best?.compose;
}
