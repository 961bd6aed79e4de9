import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addContact } from '../db/contacts-repo';
import { freshDatabase } from '../db/test-db';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { LinkedInHistoryReport } from '../messaging/requests/history';
import { logLinkedInHistory } from './linkedin-autolog';

const NOW = new Date(2026, 11, 3, 15, 0); // Thursday
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 11, day, hours, minutes).getTime();
const DAY_SHOWN: Record<number, string> = { 1: 'Tuesday', 2: 'Gestern', 3: 'Today' };
/** A message as the page shows it: day heading and 24-hour time. */
const shown = (key: string | undefined, fromPartner: boolean, day: number, hours: number, minutes = 0, place = 1) => ({
  ...(key ? { key } : {}),
  fromPartner,
  day: DAY_SHOWN[day] ?? '',
  time: `${hours}:${String(minutes).padStart(2, '0')}`,
  place,
});
const row = (threadId: string, partnerName: string, shownAs: string) => ({ threadId, partnerName, shown: shownAs });
const defaults = { language: 'de', formality: 'sie' } as const;

const chat = (messages: LinkedInHistoryReport['chats'][number]['messages'], partner: { name: string; slug?: string } = { name: 'Priya Raghunathan' }, view: 'page' | 'overlay' = 'page') => ({
  view,
  threadId: '2-priya',
  partner,
  messages,
  strategy: 'msg-s',
});

describe('logLinkedInHistory', () => {
  it('logs each message with a known contact once, with its direction and a link back, never a text', async () => {
    const db = await freshDatabase();
    const priya = await addContact(db, { displayName: 'Priya Raghunathan', cadence: { unit: 'days', count: 30 } }, defaults);
    const report: LinkedInHistoryReport = {
      chats: [chat([
        shown('2-a', true, 1, 9, 5),
        shown('2-b', false, 1, 9, 40),
      ])],
      listed: [],
    };
    expect(await logLinkedInHistory(db, report, DEFAULT_SETTINGS, NOW)).toBe(2);
    // The same messages seen again, now in a chat window: nothing new.
    expect(await logLinkedInHistory(db, { chats: [chat(report.chats[0]?.messages ?? [], { name: 'priya raghunathan' }, 'overlay')], listed: [] }, DEFAULT_SETTINGS, NOW)).toBe(0);
    const logged = await db.getAll('interactions');
    expect(logged.map(({ channel, direction, at: when, sourceUrl, summary }) => ({ channel, direction, when, sourceUrl, summary })).sort((a, b) => a.when - b.when)).toEqual([
      { channel: 'linkedin', direction: 'inbound', when: at(1, 9, 5), sourceUrl: 'https://www.linkedin.com/messaging/thread/2-priya/', summary: undefined },
      { channel: 'linkedin', direction: 'outbound', when: at(1, 9, 40), sourceUrl: 'https://www.linkedin.com/messaging/thread/2-priya/', summary: undefined },
    ]);
    const contact = await db.get('contacts', priya.id);
    expect(contact).toMatchObject({ lastContactAt: at(1, 9, 40), lastContactChannel: 'linkedin', nextFollowUp: '2026-12-31' });
  });

  it('stores nothing for unknown partners, for two contacts of the same name, or when the setting is off', async () => {
    const db = await freshDatabase();
    await addContact(db, { displayName: 'Jonas Berger', emails: ['j1@example.org'] }, defaults);
    await addContact(db, { displayName: 'Jonas Berger', emails: ['j2@example.org'] }, defaults);
    await addContact(db, { displayName: 'Priya Raghunathan' }, defaults);
    const message = [shown('2-x', true, 2, 10)];
    expect(await logLinkedInHistory(db, { chats: [chat(message, { name: 'Stranger Danger' })], listed: [] }, DEFAULT_SETTINGS, NOW)).toBe(0);
    expect(await logLinkedInHistory(db, { chats: [chat(message, { name: 'Jonas Berger' })], listed: [] }, DEFAULT_SETTINGS, NOW)).toBe(0);
    expect(await logLinkedInHistory(db, { chats: [chat(message)], listed: [] }, { ...DEFAULT_SETTINGS, autoLogLinkedIn: false }, NOW)).toBe(0);
    expect(await db.count('interactions')).toBe(0);
  });

  it('a slug from the page finds the contact whatever name LinkedIn shows', async () => {
    const db = await freshDatabase();
    const priya = await addContact(db, { displayName: 'Priya R.', linkedinSlug: 'priya-raghunathan-8841b2' }, defaults);
    const report = { chats: [chat([shown('2-s', true, 2, 8)], { name: 'Priya Raghunathan', slug: 'priya-raghunathan-8841b2' })], listed: [] };
    expect(await logLinkedInHistory(db, report, DEFAULT_SETTINGS, NOW)).toBe(1);
    expect((await db.getAll('interactions'))[0]?.contactId).toBe(priya.id);
  });

  it('a list row stands for its last message until the message is seen, then becomes that message', async () => {
    const db = await freshDatabase();
    const jonas = await addContact(db, { displayName: 'Jonas Berger' }, defaults);
    const listedJonas = row('2-jonas', 'Jonas Berger', 'Yesterday');
    expect(await logLinkedInHistory(db, { chats: [], listed: [listedJonas] }, DEFAULT_SETTINGS, NOW)).toBe(1);
    expect(await logLinkedInHistory(db, { chats: [], listed: [listedJonas] }, DEFAULT_SETTINGS, NOW)).toBe(0);
    // The conversation is opened: its messages of that day make the row exact, the earlier day adds one.
    const opened = chat([
      shown('2-j1', true, 1, 8, 15),
      shown('2-j2', false, 2, 21, 47),
    ], { name: 'Jonas Berger' });
    expect(await logLinkedInHistory(db, { chats: [{ ...opened, threadId: '2-jonas' }], listed: [listedJonas] }, DEFAULT_SETTINGS, NOW)).toBe(2);
    const logged = (await db.getAll('interactions')).sort((a, b) => a.at - b.at);
    expect(logged.map(({ at: when, direction, sourceKey }) => [when, direction, sourceKey])).toEqual([
      [at(1, 8, 15), 'inbound', 'linkedin:msg:2-j1'],
      [at(2, 21, 47), 'outbound', 'linkedin:msg:2-j2'],
    ]);
    expect((await db.get('contacts', jonas.id))?.lastContactAt).toBe(at(2, 21, 47));
  });

  it('a row seen together with its open conversation adds nothing beside the messages', async () => {
    const db = await freshDatabase();
    await addContact(db, { displayName: 'Jonas Berger' }, defaults);
    const report = {
      chats: [chat([shown('2-t', true, 3, 14, 2)], { name: 'Jonas Berger' })],
      listed: [row('2-priya', 'Jonas Berger', '14:02')],
    };
    expect(await logLinkedInHistory(db, report, DEFAULT_SETTINGS, NOW)).toBe(1);
    expect(await db.count('interactions')).toBe(1);
  });
});

it('older chat windows without message keys: keyed by conversation, day, time, side and place, once', async () => {
  const db = await freshDatabase();
  await addContact(db, { displayName: 'Klaus Weiß' }, defaults);
  const messages = [shown(undefined, true, 1, 11, 20, 1), shown(undefined, true, 1, 11, 20, 2), shown(undefined, false, 2, 16, 45, 1)];
  const report = { chats: [{ ...chat(messages, { name: 'Klaus Weiß' }, 'overlay'), threadId: '2-klaus' }], listed: [] };
  expect(await logLinkedInHistory(db, report, DEFAULT_SETTINGS, NOW)).toBe(3);
  // A day later the headings say "Tuesday" and "Wednesday": the same messages, nothing new.
  const nextDay = new Date(2026, 11, 4, 9, 0);
  const later = messages.map((message) => ({ ...message, day: message.day === 'Gestern' ? 'Wednesday' : message.day }));
  expect(await logLinkedInHistory(db, { ...report, chats: [{ ...report.chats[0]!, messages: later }] }, DEFAULT_SETTINGS, nextDay)).toBe(0);
  expect(await db.count('interactions')).toBe(3);
  // Without a conversation id such messages cannot be keyed: nothing is logged.
  expect(await logLinkedInHistory(db, { chats: [{ ...chat(messages, { name: 'Klaus Weiß' }), threadId: undefined }], listed: [] }, DEFAULT_SETTINGS, NOW)).toBe(0);
});
