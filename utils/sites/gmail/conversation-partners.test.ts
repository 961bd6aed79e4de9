// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GMAIL_FIXTURES, expectedFor, parseGmailFixture } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { conversationPartners, messageDirection } from './conversation-partners';
import { readGmailConversation } from './conversation-reader';
import type { GmailConversation, GmailMessage, Person } from './gmail-types';

const LENA = { email: 'lena.vogt@example.com', name: 'Lena Vogt' };
const ALIAS = { email: 'lena@vogt-design.example', name: 'Lena Vogt' };
const JONAS = { email: 'jonas.berger@example.org', name: 'Jonas Berger' };
const MARTA = { email: 'marta.kowalczyk@example.net', name: 'Marta Kowalczyk' };

function message(id: string, from: Person | undefined, to: Person[], cc: Person[] = []): GmailMessage {
  return { id, ...(from ? { from } : {}), to, cc, date: undefined, expanded: true };
}

function conversation(messages: GmailMessage[], account?: string): GmailConversation {
  return {
    kind: 'conversation',
    threadId: 'thread-f:1',
    threadIdSource: 'perm-id',
    subject: 'x',
    ...(account ? { account } : {}),
    messages,
    strategy: { thread: 'h2.hP', messages: 'div.adn' },
  };
}

const threadFixtures = GMAIL_FIXTURES.filter((name) => expectedFor(name).partners);

describe('conversationPartners on the fixtures', () => {
  it.each(threadFixtures)('%s', (name) => {
    const expected = expectedFor(name);
    const reading = readGmailConversation(parseGmailFixture(name), expected.hash);
    expect(conversationPartners(reading, expected.ownAddresses ?? [])).toEqual(expected.partners);
  });

  it.each(threadFixtures)('%s: the own addresses are never partners', (name) => {
    const expected = expectedFor(name);
    const reading = readGmailConversation(parseGmailFixture(name), expected.hash);
    const own = [LENA.email.toUpperCase(), ALIAS.email];
    const partners = conversationPartners(reading, own);
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.map((partner) => partner.email)).not.toContain(LENA.email);
    expect(partners.map((partner) => partner.email)).not.toContain(ALIAS.email);
  });

  it.each(threadFixtures)('%s: message directions relative to the main partner', (name) => {
    const expected = expectedFor(name);
    const reading = readGmailConversation(parseGmailFixture(name), expected.hash);
    if (reading.kind !== 'conversation' || !expected.directions) throw new Error('fixture is no conversation');
    const own = [...(expected.ownAddresses ?? []), reading.account ?? ''];
    const directions = reading.messages.map((m) => messageDirection(m, expected.directions?.partner ?? '', own) ?? null);
    expect(directions).toEqual(expected.directions.expected);
  });

  it('counts an alias as a partner only while it is not declared', () => {
    const expected = expectedFor('thread-user-wrote-last.html');
    const reading = readGmailConversation(parseGmailFixture('thread-user-wrote-last.html'), expected.hash);
    expect(conversationPartners(reading, []).map((p) => p.email)).toEqual([ALIAS.email, 'tomas.herrera@example.org']);
    expect(conversationPartners(reading, [' LENA@vogt-design.EXAMPLE ']).map((p) => p.email)).toEqual([
      'tomas.herrera@example.org',
    ]);
  });
});

describe('conversationPartners', () => {
  it('puts the most recent other sender first, then other recipients by recency', () => {
    const reading = conversation(
      [
        message('1', MARTA, [LENA], [{ email: 'old.cc@example.org', name: 'Old Cc' }]),
        message('2', JONAS, [LENA, MARTA]),
        message('3', LENA, [JONAS], [{ email: 'new.cc@example.org', name: 'New Cc' }]),
      ],
      LENA.email,
    );
    expect(conversationPartners(reading, []).map((p) => p.email)).toEqual([
      JONAS.email,
      MARTA.email,
      'new.cc@example.org',
      'old.cc@example.org',
    ]);
  });

  it('dedupes by normalised address and keeps the first non-empty name', () => {
    const reading = conversation([
      message('1', { email: 'Jonas.Berger@Example.org', name: '' }, [LENA]),
      message('2', LENA, [{ email: 'jonas.berger@example.org ', name: 'Jonas B.' }]),
    ]);
    expect(conversationPartners(reading, [LENA.email])).toEqual([{ email: JONAS.email, name: 'Jonas B.' }]);
  });

  it('takes the account from the reading as an own address', () => {
    const reading = conversation([message('1', JONAS, [LENA])], LENA.email);
    expect(conversationPartners(reading, [])).toEqual([JONAS]);
  });

  it('has no partners outside a conversation', () => {
    expect(conversationPartners({ kind: 'no-conversation', reason: 'list' }, [])).toEqual([]);
    expect(conversationPartners({ kind: 'unreadable', reason: 'exception' }, [])).toEqual([]);
  });
});

describe('messageDirection', () => {
  const own = [LENA.email, ALIAS.email];
  it.each([
    ['partner wrote to me', message('1', JONAS, [LENA]), 'inbound'],
    ['partner wrote to others, me in cc', message('1', JONAS, [MARTA], [LENA]), 'inbound'],
    ['I wrote to the partner', message('1', LENA, [JONAS]), 'outbound'],
    ['my alias wrote, partner in cc', message('1', ALIAS, [MARTA], [{ email: 'JONAS.BERGER@example.org', name: '' }]), 'outbound'],
    ['I wrote to someone else', message('1', LENA, [MARTA]), undefined],
    ['others wrote, partner in copy', message('1', MARTA, [LENA], [JONAS]), undefined],
    ['collapsed message of mine: recipients unknown', { ...message('1', LENA, []), expanded: false }, undefined],
    ['no sender', message('1', undefined, [JONAS]), undefined],
  ] as const)('%s -> %s', (_, m, direction) => {
    expect(messageDirection(m, ' Jonas.Berger@example.org', own)).toBe(direction);
  });

  it('has no direction for an own address as partner or an invalid partner', () => {
    expect(messageDirection(message('1', LENA, [ALIAS]), ALIAS.email, own)).toBeUndefined();
    expect(messageDirection(message('1', JONAS, [LENA]), 'not an address', own)).toBeUndefined();
  });
});
