import { describe, expect, it } from 'vitest';
import type { Contact } from '../../domain/model';
import type { HistoryEntry } from './history-entry';
import { initialOwn, planHistoryImport, proposeOwnIdentities } from './history-plan';

const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 24 * 60 * 60 * 1000;
const ME = 'me@studio.example';

function contact(id: string, fields: Partial<Contact>): Contact {
  return { id, displayName: id, emails: [], language: 'de', formality: 'sie', createdAt: 0, updatedAt: 0, ...fields };
}

function mail(key: string, from: string, to: string[], daysAgo: number, summary?: string): HistoryEntry {
  return { key, at: NOW - daysAgo * DAY, kind: 'message', channel: 'email', from: { email: from, name: from.split('@')[0] }, to: to.map((email) => ({ email })), ...(summary ? { summary } : {}) };
}

const anna = contact('anna', { displayName: 'Anna Müller', emails: ['anna@kunde.example'], linkedinSlug: 'anna-mueller' });
const own = new Set([`email:${ME}`]);

describe('planHistoryImport', () => {
  it('counts only the user\u2019s own conversations: sent is outbound to each recipient, received is inbound from the sender', () => {
    const entries = [
      mail('mail:1', ME, ['anna@kunde.example', 'new@other.example'], 10, 'Angebot'),
      mail('mail:2', 'anna@kunde.example', [ME, 'cc@other.example'], 9),
      mail('mail:3', 'anna@kunde.example', ['list@lists.example'], 8),
    ];
    const plan = planHistoryImport(entries, [anna], { own, now: NOW });
    expect(plan.interactions).toEqual([
      { contact: { contactId: 'anna' }, key: 'mail:1', at: NOW - 10 * DAY, channel: 'email', direction: 'outbound', summary: 'Angebot' },
      { contact: { contactId: 'anna' }, key: 'mail:2', at: NOW - 9 * DAY, channel: 'email', direction: 'inbound' },
    ]);
    expect(plan).toMatchObject({ contacts: 1, notMine: 1, withOthers: 1, alreadyImported: 0 });
  });

  it('leaves out what an earlier import stored, so a re-import adds nothing', () => {
    const entries = [mail('mail:1', ME, ['anna@kunde.example'], 10)];
    const plan = planHistoryImport(entries, [anna], { own, now: NOW, existingKeys: new Set(['mail:1:anna']) });
    expect(plan.interactions).toEqual([]);
    expect(plan.alreadyImported).toBe(1);
  });

  it('proposes people the user wrote with at least 3 times in 2 years, and adds them only when chosen', () => {
    const entries = [
      mail('mail:a1', ME, ['neu@kunde.example'], 700),
      mail('mail:a2', 'neu@kunde.example', [ME], 30),
      mail('mail:a3', ME, ['neu@kunde.example'], 20),
      mail('mail:a4', ME, ['neu@kunde.example'], 800),
      // Three newsletters: received only, never written to.
      mail('mail:n1', 'news@shop.example', [ME], 3),
      mail('mail:n2', 'news@shop.example', [ME], 2),
      mail('mail:n3', 'news@shop.example', [ME], 1),
      // Only two recent conversations.
      mail('mail:b1', ME, ['rare@kunde.example'], 5),
      mail('mail:b2', ME, ['rare@kunde.example'], 4),
    ];
    const offered = planHistoryImport(entries, [], { own, now: NOW });
    expect(offered.proposals.map((p) => [p.personKey, p.recent, p.total])).toEqual([['email:neu@kunde.example', 3, 4]]);
    expect(offered.create).toEqual([]);
    expect(offered.interactions).toEqual([]);
    const added = planHistoryImport(entries, [], { own, now: NOW, add: new Set(['email:neu@kunde.example']) });
    expect(added.create.map((p) => [p.displayName, p.emails])).toEqual([['neu', ['neu@kunde.example']]]);
    expect(added.interactions).toHaveLength(4);
    expect(added.interactions.every((item) => 'draft' in item.contact && item.contact.draft === 0)).toBe(true);
  });

  it('makes a meeting the user is in mutual with everyone else, and skips meetings without the user', () => {
    const meeting = (key: string, people: string[]): HistoryEntry => ({ key, at: NOW - DAY, kind: 'meeting', channel: 'meeting', from: { email: people[0] as string }, to: people.slice(1).map((email) => ({ email })) });
    const plan = planHistoryImport([meeting('ics:1', [ME, 'anna@kunde.example']), meeting('ics:2', ['anna@kunde.example', 'x@y.example'])], [anna], { own, now: NOW });
    expect(plan.interactions.map((item) => [item.key, item.direction])).toEqual([['ics:1', 'mutual']]);
    expect(plan.notMine).toBe(1);
  });

  it('matches LinkedIn people by profile, and by a name only one contact has when the file gives no profile', () => {
    const entries: HistoryEntry[] = [
      { key: 'li:1', at: NOW - DAY, kind: 'message', channel: 'linkedin', from: { name: 'Mara' }, to: [{ name: 'anna müller' }], knownDirection: 'outbound' },
      { key: 'li:2', at: NOW - DAY, kind: 'message', channel: 'linkedin', from: { linkedinSlug: 'anna-mueller', name: 'A.' }, to: [{ linkedinSlug: 'mara' }] },
      { key: 'li:3', at: NOW - DAY, kind: 'connection', channel: 'linkedin', to: [{ linkedinSlug: 'anna-mueller' }] },
    ];
    const plan = planHistoryImport(entries, [anna], { own: new Set(['slug:mara']), now: NOW });
    expect(plan.interactions.map((item) => [item.key, item.direction])).toEqual([
      ['li:1', 'outbound'],
      ['li:2', 'inbound'],
      ['li:3', 'mutual'],
    ]);
  });
});

describe('which identities are the user', () => {
  const entries = [
    mail('mail:1', ME, ['anna@kunde.example'], 3),
    mail('mail:2', 'anna@kunde.example', [ME], 2),
    mail('mail:3', 'bob@kunde.example', [ME, 'anna@kunde.example'], 1),
  ];

  it('ranks identities by the messages they are in, the user first', () => {
    expect(proposeOwnIdentities(entries).map((p) => [p.personKey, p.count])).toEqual([
      [`email:${ME}`, 3],
      ['email:anna@kunde.example', 3],
      ['email:bob@kunde.example', 1],
    ]);
  });

  it('starts from the settings when the file holds those addresses, else from a top proposal in half the messages', () => {
    expect([...initialOwn(entries, ['ME@studio.example'], proposeOwnIdentities(entries))]).toEqual([`email:${ME}`]);
    expect([...initialOwn(entries, ['other@x.example'], proposeOwnIdentities(entries))]).toEqual([`email:${ME}`]);
    const scattered = [mail('mail:1', 'a@x.example', ['b@x.example'], 1), mail('mail:2', 'c@x.example', ['d@x.example'], 1), mail('mail:3', 'e@x.example', ['f@x.example'], 1)];
    expect([...initialOwn(scattered, [], proposeOwnIdentities(scattered))]).toEqual([]);
  });
});
