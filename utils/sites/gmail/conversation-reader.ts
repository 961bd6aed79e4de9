import { isShown, nearestAncestorContaining, outermost, queryOutsideBodies } from './gmail-dom';
import { gmailHashView } from './gmail-hash';
import { threadIdOf } from './gmail-ids';
import { MESSAGE_STRATEGIES, THREAD_HEADING_STRATEGIES } from './gmail-markup';
import type { MessageStrategy, ThreadHeadingStrategy } from './gmail-markup';
import { readGmailMessage } from './gmail-message';
import { subjectText } from './gmail-subject';
import { accountFromTitle } from './gmail-title';
import type { GmailMessage, GmailReading, GmailUnreadableReason } from './gmail-types';

export { isConversationHash } from './gmail-hash';
export type { GmailMessage, GmailReading, Person } from './gmail-types';

/**
 * What the Gmail page shows: an open conversation with its people, or why not. Decides by the DOM
 * (is a thread heading there?) first and by the location hash second. Never throws.
 */
export function readGmailConversation(doc: Document, hash: string = doc.location?.hash ?? ''): GmailReading {
  try {
    return read(doc, hash);
  } catch {
    return unreadable('exception');
  }
}

function read(doc: Document, hash: string): GmailReading {
  const found = findThreadHeading(doc);
  if (!found) {
    const view = gmailHashView(hash);
    return view === 'conversation' ? unreadable('thread-not-rendered') : { kind: 'no-conversation', reason: view };
  }
  const threadId = threadIdOf(found.heading);
  if (!threadId) return unreadable('no-thread-id');
  const thread = findMessages(found.heading);
  if (!thread) return unreadable('no-messages');

  const account = accountFromTitle(doc.title);
  return {
    kind: 'conversation',
    threadId: threadId.id,
    threadIdSource: threadId.source,
    subject: subjectText(found.heading),
    ...(account ? { account } : {}),
    messages: thread.messages,
    strategy: { thread: found.strategy, messages: thread.strategy },
  };
}

function findThreadHeading(doc: Document): { heading: Element; strategy: ThreadHeadingStrategy } | undefined {
  for (const strategy of THREAD_HEADING_STRATEGIES) {
    const headings = [...doc.querySelectorAll(strategy.selector)].filter(isShown);
    const heading = headings.find((candidate) => threadIdOf(candidate)) ?? headings[0];
    if (heading) return { heading, strategy: strategy.name };
  }
  return undefined;
}

/** Messages of the thread around `heading`, tried with each known markup, oldest first. */
function findMessages(heading: Element): { messages: GmailMessage[]; strategy: MessageStrategy } | undefined {
  for (const strategy of MESSAGE_STRATEGIES) {
    const scope = nearestAncestorContaining(heading, strategy.selector);
    if (!scope) continue;
    const elements = outermost(queryOutsideBodies(scope, strategy.selector).filter(isShown));
    const messages = uniqueById(elements.map(readGmailMessage));
    if (messages.length > 0) return { messages, strategy: strategy.name };
  }
  return undefined;
}

function uniqueById(messages: readonly (GmailMessage | undefined)[]): GmailMessage[] {
  const byId = new Map<string, GmailMessage>();
  for (const message of messages) if (message && !byId.has(message.id)) byId.set(message.id, message);
  return [...byId.values()];
}

function unreadable(reason: GmailUnreadableReason): GmailReading {
  return { kind: 'unreadable', reason };
}
