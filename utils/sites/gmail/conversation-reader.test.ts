// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  GMAIL_EXPECTED,
  GMAIL_FIXTURES,
  expectedFor,
  localDateTime,
  parseGmailFixture,
} from '../../../tests/fixtures/gmail/gmail-fixtures';
import { isConversationHash, readGmailConversation } from './conversation-reader';
import { accountFromTitle } from './gmail-title';
import type { GmailReading } from './gmail-types';

/** The reading with timestamps as local wall-clock text, the form expected.json uses. */
function comparable(reading: GmailReading): unknown {
  if (reading.kind !== 'conversation') return reading;
  return {
    ...reading,
    messages: reading.messages.map(({ date, ...message }) => ({
      ...message,
      ...(date ? { date: 'at' in date ? { local: localDateTime(date.at) } : date } : {}),
    })),
  };
}

describe('readGmailConversation on the fixtures', () => {
  it('has an expected reading for every fixture and a fixture for every expectation', () => {
    expect(Object.keys(GMAIL_EXPECTED).sort()).toEqual(GMAIL_FIXTURES);
    expect(GMAIL_FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(GMAIL_FIXTURES)('%s', (name) => {
    const expected = expectedFor(name);
    const reading = readGmailConversation(parseGmailFixture(name), expected.hash);
    expect(comparable(reading)).toEqual(expected.reading);
  });
});

describe('readGmailConversation decisions', () => {
  it('trusts an open thread over the hash (preview pane, hash not updated yet)', () => {
    const reading = readGmailConversation(parseGmailFixture('thread-1to1.html'), '#inbox');
    expect(reading.kind).toBe('conversation');
  });

  it('reports a conversation hash without a thread as not rendered, not as a list', () => {
    const doc = parseGmailFixture('inbox-list.html');
    expect(readGmailConversation(doc, '#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd')).toEqual({
      kind: 'unreadable',
      reason: 'thread-not-rendered',
    });
  });

  it('falls back to the legacy thread id when the perm id attribute is missing (undo-send)', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    doc.querySelector('h2.hP')?.removeAttribute('data-thread-perm-id');
    const reading = readGmailConversation(doc, '#inbox');
    expect(reading).toMatchObject({ kind: 'conversation', threadId: '1958b2f4c1a7e3d5', threadIdSource: 'legacy-id' });
  });

  it('is unreadable, not guessed, when the heading has no usable id at all', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    const heading = doc.querySelector('h2.hP');
    heading?.setAttribute('data-thread-perm-id', 'undefined');
    heading?.setAttribute('data-legacy-thread-id', 'not-hex');
    expect(readGmailConversation(doc, '#inbox')).toEqual({ kind: 'unreadable', reason: 'no-thread-id' });
  });

  it('is unreadable while the heading is there but no message is', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    for (const message of doc.querySelectorAll('div.adn')) message.remove();
    expect(readGmailConversation(doc, '#inbox')).toEqual({ kind: 'unreadable', reason: 'no-messages' });
  });

  it('finds the thread without Gmail class names (the class-free strategies)', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    doc.querySelector('h2.hP')?.classList.remove('hP');
    for (const message of doc.querySelectorAll('div.adn')) message.classList.remove('adn');
    const reading = readGmailConversation(doc, '#inbox');
    expect(reading).toMatchObject({
      kind: 'conversation',
      subject: 'Project kickoff 🚀',
      strategy: { thread: 'h2[data-thread-*]', messages: '[data-message-id]' },
    });
    expect(reading.kind === 'conversation' && reading.messages.map((message) => message.from?.email)).toEqual([
      'jonas.berger@example.org',
      'lena.vogt@example.com',
      'jonas.berger@example.org',
    ]);
  });

  it('ignores a thread view Gmail keeps hidden', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    const main = doc.querySelector('div[role="main"]');
    main?.setAttribute('style', 'display: none');
    expect(readGmailConversation(doc, '#inbox')).toEqual({ kind: 'no-conversation', reason: 'list' });
  });

  it('ignores a thread view hidden by a style sheet rule when the document is rendered', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    const style = doc.createElement('style');
    style.textContent = '.stale-view { display: none }';
    doc.head.append(style);
    doc.querySelector('div[role="main"]')?.classList.add('stale-view');
    expect(readGmailConversation(doc, '#inbox')).toEqual({ kind: 'no-conversation', reason: 'list' });
  });

  it('shows only the sender of a collapsed message, even when recipient markup lingers', () => {
    const doc = parseGmailFixture('thread-1to1.html');
    const first = doc.querySelector('div.adn');
    first?.classList.remove('ads');
    const reading = readGmailConversation(doc, '#inbox');
    expect(reading.kind === 'conversation' && reading.messages[0]).toMatchObject({
      expanded: false,
      from: { email: 'jonas.berger@example.org' },
      to: [],
      cc: [],
    });
  });

  it('never throws: a broken document reads as unreadable', () => {
    const broken = {
      title: 'x',
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(readGmailConversation(broken, '#inbox')).toEqual({ kind: 'unreadable', reason: 'exception' });
  });

  it('reads the hash from the document when none is given', () => {
    const doc = document.implementation.createHTMLDocument('Settings - lena.vogt@example.com - Gmail');
    window.location.hash = '#settings/general';
    expect(readGmailConversation(doc)).toEqual({ kind: 'no-conversation', reason: 'settings' });
  });

  it('re-exports isConversationHash', () => {
    expect(isConversationHash('#sent/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd')).toBe(true);
    expect(isConversationHash('#sent')).toBe(false);
  });
});

describe('accountFromTitle', () => {
  it.each([
    ['Project kickoff - lena.vogt@example.com - Gmail', 'lena.vogt@example.com'],
    ['Inbox (3) - Lena.Vogt@Example.com - Gmail', 'lena.vogt@example.com'],
    ['Posteingang (12) - lena.vogt@example.com - Gmail', 'lena.vogt@example.com'],
    ['Re: a - b - c - lena@vogt-design.example - Vogt Design Mail', 'lena@vogt-design.example'],
    ['Ask x@evil.example - lena.vogt@example.com - Gmail', 'lena.vogt@example.com'],
    ['x - evil@attacker.example - Gmail - lena.vogt@example.com - Gmail', 'lena.vogt@example.com'],
    ['Gmail', undefined],
    ['lena.vogt@example.com - Gmail', undefined],
    ['Inbox - not an address - Gmail', undefined],
    ['Inbox - javascript:x@evil.example - Gmail', undefined],
  ])('%s -> %s', (title, account) => {
    expect(accountFromTitle(title)).toBe(account);
  });
});
