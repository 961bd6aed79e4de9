import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addContact } from '../db/contacts-repo';
import { freshDatabase } from '../db/test-db';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { GmailConversationContext } from '../messaging/page-context';
import { logConversationInTab, logGmailConversation } from './gmail-autolog';
import { rememberTabContext } from './tab-contexts';

const conversation: GmailConversationContext = {
  site: 'gmail',
  kind: 'conversation',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
  threadId: 'thread-f:1',
  subject: 'Relaunch',
  account: 'lena@example.com',
  strategy: 'test',
  partners: [{ email: 'anna@example.com', name: 'Anna' }, { email: 'stranger@example.org', name: 'Stranger' }],
  messages: [
    { id: 'msg-f:1', from: 'anna@example.com', to: ['lena@example.com'], at: Date.UTC(2026, 10, 20) },
    { id: 'msg-f:2', from: 'lena@example.com', to: ['anna@example.com', 'stranger@example.org'], at: Date.UTC(2026, 10, 21) },
    { id: 'msg-f:3', from: 'stranger@example.org', to: ['lena@example.com'], at: Date.UTC(2026, 10, 22) },
    { id: 'msg-f:4', from: 'anna@example.com', to: ['lena@example.com'] },
  ],
};

describe('automatic email logging', () => {
  it('logs dated messages between the user and known contacts once, with direction and subject only', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'], cadence: { unit: 'days', count: 30 } }, { language: 'de', formality: 'sie' });
    expect(await logGmailConversation(db, conversation, DEFAULT_SETTINGS)).toBe(2);
    expect(await logGmailConversation(db, conversation, DEFAULT_SETTINGS)).toBe(0);
    const logged = await db.getAll('interactions');
    expect(logged.map((i) => [i.direction, i.summary, i.channel]).sort()).toEqual([
      ['inbound', 'Relaunch', 'email'],
      ['outbound', 'Relaunch', 'email'],
    ]);
    expect((await db.get('contacts', anna.id))?.lastContactAt).toBe(Date.UTC(2026, 10, 21));
    expect(await db.count('contacts')).toBe(1);
  });

  it('logs nothing when automatic logging is off', async () => {
    const db = await freshDatabase();
    await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'] }, { language: 'de', formality: 'sie' });
    expect(await logGmailConversation(db, conversation, { ...DEFAULT_SETTINGS, autoLogGmail: false })).toBe(0);
    expect(await db.count('interactions')).toBe(0);
  });

  it('logs the conversation open in a tab when asked (after adding someone from it), and nothing for other pages', async () => {
    fakeBrowser.reset();
    const db = await freshDatabase();
    await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'] }, { language: 'de', formality: 'sie' });
    await rememberTabContext(7, conversation);
    await rememberTabContext(8, { site: 'linkedin', kind: 'none', url: 'https://www.linkedin.com/feed/', reason: 'not-a-profile' });
    expect(await logConversationInTab(db, 8)).toBe(0);
    expect(await logConversationInTab(db, undefined)).toBe(0);
    expect(await logConversationInTab(db, 7)).toBe(2);
    expect(await db.count('interactions')).toBe(2);
  });
});
