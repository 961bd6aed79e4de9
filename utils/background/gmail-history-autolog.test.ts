import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addContact } from '../db/contacts-repo';
import { freshDatabase } from '../db/test-db';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { GmailConversationContext } from '../messaging/page-context';
import type { GmailHistoryReport } from '../messaging/requests/history';
import { logGmailConversation } from './gmail-autolog';
import { logGmailHistory } from './gmail-history-autolog';

const defaults = { language: 'de', formality: 'sie' } as const;
const at = (hours: number, minutes: number, seconds = 0) => new Date(2026, 11, 3, hours, minutes, seconds).getTime();
const report = (patch: Partial<GmailHistoryReport>): GmailHistoryReport => ({
  pageUrl: 'https://mail.google.com/mail/u/0/#inbox',
  account: 'lena.vogt@example.com',
  sentView: false,
  rows: [],
  sent: [],
  ...patch,
});

const conversation = (messageId: string, when: number): GmailConversationContext => ({
  site: 'gmail',
  kind: 'conversation',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzJonas',
  threadId: 'thread-f:1851234567890123457',
  subject: 'Workshop follow-up',
  account: 'lena.vogt@example.com',
  strategy: 'test',
  partners: [{ email: 'jonas.berger@example.org', name: 'Jonas Berger' }],
  messages: [{ id: messageId, from: 'lena.vogt@example.com', to: ['jonas.berger@example.org'], at: when }],
});

describe('logGmailHistory', () => {
  it('a sent message is logged once per known recipient, outbound, with its subject; unknown addresses are not stored', async () => {
    const db = await freshDatabase();
    const jonas = await addContact(db, { displayName: 'Jonas Berger', emails: ['jonas.berger@example.org'] }, defaults);
    const sent = { key: '#msg-a:r-1', to: ['jonas.berger@example.org', 'stranger@example.org', 'lena.vogt@example.com'], subject: 'Workshop follow-up', at: at(14, 30, 20) };
    expect(await logGmailHistory(db, report({ sent: [sent] }), DEFAULT_SETTINGS)).toBe(1);
    expect(await logGmailHistory(db, report({ sent: [sent] }), DEFAULT_SETTINGS)).toBe(0);
    const [logged, ...others] = await db.getAll('interactions');
    expect(others).toEqual([]);
    expect(logged).toMatchObject({ contactId: jonas.id, channel: 'email', direction: 'outbound', summary: 'Workshop follow-up', at: at(14, 30, 20) });
    expect(await db.count('contacts')).toBe(1);
  });

  it('sent, then seen in the Sent list and in the conversation: one interaction, with the message id the views share', async () => {
    const db = await freshDatabase();
    await addContact(db, { displayName: 'Jonas Berger', emails: ['jonas.berger@example.org'] }, defaults);
    const messageId = 'msg-f:1851234567890123458';
    expect(await logGmailHistory(db, report({ sent: [{ key: '#msg-a:r-1', to: ['jonas.berger@example.org'], at: at(14, 30, 20), messageId }] }), DEFAULT_SETTINGS)).toBe(1);
    const row = { threadId: 'thread-f:1851234567890123457', messageId, legacyThreadId: '19b0e807ff03bac1', people: ['jonas.berger@example.org'], at: at(14, 30) };
    expect(await logGmailHistory(db, report({ sentView: true, rows: [row] }), DEFAULT_SETTINGS)).toBe(0);
    expect(await logGmailConversation(db, conversation(messageId, at(14, 30)), DEFAULT_SETTINGS)).toBe(0);
    expect(await db.count('interactions')).toBe(1);
  });

  it('without a message id, a row stands for its moment until the conversation view names the message', async () => {
    const db = await freshDatabase();
    const jonas = await addContact(db, { displayName: 'Jonas Berger', emails: ['jonas.berger@example.org'] }, defaults);
    const row = { threadId: 'thread-f:1851234567890123457', legacyThreadId: '19b0e807ff03bac1', people: ['jonas.berger@example.org', 'lena.vogt@example.com'], at: at(14, 30) };
    expect(await logGmailHistory(db, report({ rows: [row] }), DEFAULT_SETTINGS)).toBe(1);
    const [fromRow] = await db.getAll('interactions');
    expect(fromRow).toMatchObject({ direction: 'outbound', sourceUrl: 'https://mail.google.com/mail/u/0/#all/19b0e807ff03bac1' });
    // The same row seen again, and a sent confirmation of it a few seconds off: nothing new.
    expect(await logGmailHistory(db, report({ rows: [row], sent: [{ key: '#msg-a:r-2', to: ['jonas.berger@example.org'], at: at(14, 30, 40) }] }), DEFAULT_SETTINGS)).toBe(0);
    // The conversation view knows the message: the row's record becomes that message.
    expect(await logGmailConversation(db, conversation('msg-f:1851234567890123458', at(14, 30)), DEFAULT_SETTINGS)).toBe(1);
    const [exact, ...others] = await db.getAll('interactions');
    expect(others).toEqual([]);
    expect(exact).toMatchObject({ id: fromRow?.id, contactId: jonas.id, sourceKey: `gmail:msg-f:1851234567890123458:${jonas.id}`, sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzJonas' });
  });

  it('an inbox row is the latest sender\'s message; in Sent every shown recipient gets one', async () => {
    const db = await freshDatabase();
    const marta = await addContact(db, { displayName: 'Marta', emails: ['marta.kowalczyk@example.net'] }, defaults);
    const priya = await addContact(db, { displayName: 'Priya', emails: ['priya.raman@example.com'] }, defaults);
    const people = ['marta.kowalczyk@example.net', 'priya.raman@example.com'];
    expect(await logGmailHistory(db, report({ rows: [{ threadId: 'thread-f:1', people, at: at(9, 0) }] }), DEFAULT_SETTINGS)).toBe(1);
    expect((await db.getAll('interactions')).map((interaction) => [interaction.contactId, interaction.direction])).toEqual([[priya.id, 'inbound']]);
    expect(await logGmailHistory(db, report({ sentView: true, rows: [{ threadId: 'thread-f:2', people, at: at(11, 0) }] }), DEFAULT_SETTINGS)).toBe(2);
    const outbound = (await db.getAll('interactions')).filter((interaction) => interaction.direction === 'outbound').map((interaction) => interaction.contactId);
    expect(outbound.sort()).toEqual([marta.id, priya.id].sort());
  });

  it('logs nothing when Gmail logging is off, and nothing for rows without a date', async () => {
    const db = await freshDatabase();
    await addContact(db, { displayName: 'Jonas Berger', emails: ['jonas.berger@example.org'] }, defaults);
    const rows = [{ threadId: 'thread-f:1', people: ['jonas.berger@example.org'], at: at(9, 0) }];
    expect(await logGmailHistory(db, report({ rows }), { ...DEFAULT_SETTINGS, autoLogGmail: false })).toBe(0);
    expect(await logGmailHistory(db, report({ rows: [{ threadId: 'thread-f:1', people: ['jonas.berger@example.org'] }] }), DEFAULT_SETTINGS)).toBe(0);
    expect(await db.count('interactions')).toBe(0);
  });
});
