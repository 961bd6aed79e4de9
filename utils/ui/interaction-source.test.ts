import { describe, expect, it } from 'vitest';
import { interactionSource } from './interaction-source';

describe('interactionSource', () => {
  it.each([
    [{ sourceKey: 'linkedin:msg:2-abc', sourceUrl: 'https://www.linkedin.com/messaging/thread/2-x/' }, { label: 'historySourceLinkedInMessage', link: { url: 'https://www.linkedin.com/messaging/thread/2-x/', label: 'historyOpenLinkedIn' } }],
    [{ sourceKey: 'linkedin:list:2-x:2026-12-02' }, { label: 'historySourceLinkedInList' }],
    [{ sourceKey: 'gmail:msg-f:1:c', sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz' }, { label: 'historySourceGmailConversation', link: { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', label: 'historyOpenGmail' } }],
    [{ sourceKey: 'gmail:row:thread-f:1:123:c' }, { label: 'historySourceGmailList' }],
    [{ sourceKey: 'gmail:sent:r-1:c' }, { label: 'historySourceGmailSent' }],
    [{}, {}],
    [{ sourceKey: 'li-msg:abc' }, {}],
    [{ sourceUrl: 'javascript:alert(1)' }, {}],
    [{ sourceUrl: 'http://mail.google.com/mail/' }, {}],
    [{ sourceUrl: 'https://evil.example/mail.google.com/' }, {}],
    [{ sourceUrl: 'https://user:pw@www.linkedin.com/' }, {}],
  ])('%j', (interaction, expected) => {
    expect(interactionSource(interaction)).toEqual(expected);
  });
});
