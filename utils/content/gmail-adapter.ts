import type { PageContext } from '../messaging/page-context';
import { fillCompose, findComposeWindows } from '../sites/gmail/compose';
import { composeForDraft } from '../sites/gmail/compose-choice';
import { conversationPartners } from '../sites/gmail/conversation-partners';
import { readGmailConversation } from '../sites/gmail/conversation-reader';
import type { GmailReading } from '../sites/gmail/gmail-types';
import { watchConversation } from '../sites/gmail/thread-watch';
import type { SiteAdapter } from './site-adapter';

/** Only metadata leaves the page: who, when, which message; never a message body. */
export function gmailPageContext(reading: GmailReading, url: string): PageContext {
  if (reading.kind !== 'conversation') return { site: 'gmail', kind: 'none', url, reason: reading.reason };
  return {
    site: 'gmail',
    kind: 'conversation',
    url,
    threadId: reading.threadId,
    subject: reading.subject,
    account: reading.account,
    partners: conversationPartners(reading, reading.account ? [reading.account] : []),
    messages: reading.messages.map((message) => ({
      id: message.id,
      from: message.from?.email,
      to: [...message.to, ...message.cc].map((person) => person.email),
      at: message.date && 'at' in message.date ? message.date.at : undefined,
    })),
    strategy: `${reading.strategy.thread}/${reading.strategy.messages}`,
  };
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  headerHeight: 64,
  read: (doc, url) => gmailPageContext(readGmailConversation(doc), url),
  watch: (doc, onChange, signal) => watchConversation(doc, (reading) => onChange(gmailPageContext(reading, doc.location.href)), signal),
  putDraft(doc, draft) {
    const composes = findComposeWindows(doc);
    if (composes.length === 0) return { inserted: false, reason: 'no-message-box' };
    const partners = conversationPartners(readGmailConversation(doc), []).map((partner) => partner.email);
    const compose = composeForDraft(composes, draft.to, partners);
    if (!compose) return { inserted: false, reason: 'addressed-elsewhere' };
    if (!fillCompose(compose, draft).filled.includes('body')) return { inserted: false, reason: 'no-message-box' };
    return { inserted: true, where: compose.kind };
  },
};
