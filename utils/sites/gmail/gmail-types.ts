import type { Timestamp } from '../../domain/model';
import type { MessageStrategy, ThreadHeadingStrategy } from './gmail-markup';

/** A person as Gmail shows them: a normalised address and the display name (cleaned, may be empty). */
export interface Person {
  email: string;
  name: string;
}

/** `at` when the absolute date was understood; otherwise the cleaned text as Gmail showed it. */
export type GmailDate = { at: Timestamp } | { raw: string };

export interface GmailMessage {
  /** `msg-f:<decimal>` (perm id, leading `#` stripped) or the legacy hex id. */
  id: string;
  from?: Person;
  /** Empty for collapsed messages: Gmail renders only the sender for them. */
  to: Person[];
  /** Cc and, on your own sent copies, Bcc. Empty for collapsed messages. */
  cc: Person[];
  date: GmailDate | undefined;
  expanded: boolean;
}

export interface GmailConversation {
  kind: 'conversation';
  threadId: string;
  threadIdSource: 'perm-id' | 'legacy-id';
  subject: string;
  /** The signed-in address, from the document title. */
  account?: string;
  /** In thread order, oldest first. */
  messages: GmailMessage[];
  /** Which markup was recognised, for diagnostics. */
  strategy: { thread: ThreadHeadingStrategy; messages: MessageStrategy };
}

export type NoConversationReason = 'list' | 'settings' | 'search' | 'other';

export type GmailUnreadableReason =
  /** The thread heading has neither a usable perm id nor a legacy id. */
  | 'no-thread-id'
  /** A thread heading is there but no message with an id (still rendering, or new markup). */
  | 'no-messages'
  /** The address names a conversation but no thread is in the page (still loading, or new markup). */
  | 'thread-not-rendered'
  /** A reader threw; the page is in a shape nobody expected. */
  | 'exception';

export type GmailReading =
  | GmailConversation
  | { kind: 'no-conversation'; reason: NoConversationReason }
  | { kind: 'unreadable'; reason: GmailUnreadableReason };
