import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { badgeSummary, buildDueList, dueCountsOf, type DueAgreement, type DueContact } from './due';

const today = '2026-03-10';

const anna: DueContact = {
  id: 'c-anna',
  displayName: 'Anna Müller',
  company: 'Müller GmbH',
  nextFollowUp: '2026-03-01',
  lastContactAt: Date.parse('2026-02-01T09:00:00Z'),
  lastContactChannel: 'email',
};
const ben: DueContact = { id: 'c-ben', displayName: 'Ben Okafor', nextFollowUp: today, lastContactAt: Date.parse('2026-02-10T09:00:00Z'), lastContactChannel: 'call' };
const clara: DueContact = { id: 'c-clara', displayName: 'Clara Jensen', nextFollowUp: '2026-03-11' };
const dora: DueContact = { id: 'c-dora', displayName: 'Dora Lind' };

const invoice: DueAgreement = {
  id: 'a-invoice',
  contactId: 'c-clara',
  kind: 'invoice',
  text: 'Invoice #12 paid within 14 days',
  dueDate: '2026-03-05',
  status: 'open',
  owner: 'them',
};

describe('buildDueList', () => {
  it('lists due and overdue follow-ups and overdue agreements, most overdue first', () => {
    const list = buildDueList({ contacts: [ben, anna, clara, dora], overdueAgreements: [invoice], today });
    expect(list).toEqual([
      {
        key: 'cadence:c-anna',
        who: { contactId: 'c-anna', displayName: 'Anna Müller', company: 'Müller GmbH' },
        why: { kind: 'cadence', dueDate: '2026-03-01' },
        daysOverdue: 9,
        lastContactAt: anna.lastContactAt,
        lastContactChannel: 'email',
      },
      {
        key: 'agreement:a-invoice',
        who: { contactId: 'c-clara', displayName: 'Clara Jensen' },
        why: {
          kind: 'agreement',
          agreementId: 'a-invoice',
          agreementKind: 'invoice',
          text: 'Invoice #12 paid within 14 days',
          dueDate: '2026-03-05',
          owner: 'them',
        },
        daysOverdue: 5,
      },
      {
        key: 'cadence:c-ben',
        who: { contactId: 'c-ben', displayName: 'Ben Okafor' },
        why: { kind: 'cadence', dueDate: today },
        daysOverdue: 0,
        lastContactAt: ben.lastContactAt,
        lastContactChannel: 'call',
      },
    ]);
  });

  it('leaves out follow-ups still ahead and contacts without one', () => {
    const list = buildDueList({ contacts: [clara, dora], overdueAgreements: [], today });
    expect(list).toEqual([]);
  });

  it('ignores agreements that are not overdue', () => {
    const notOverdue: DueAgreement[] = [
      { ...invoice, id: 'a-today', dueDate: today },
      { ...invoice, id: 'a-done', status: 'done' },
      { ...invoice, id: 'a-undated', dueDate: undefined },
    ];
    expect(buildDueList({ contacts: [clara], overdueAgreements: notOverdue, today })).toEqual([]);
  });

  it('lists a contact once for its cadence and once per overdue agreement', () => {
    const promise: DueAgreement = { id: 'a-promise', contactId: 'c-anna', kind: 'promise', text: 'Send the offer', dueDate: '2026-03-01', status: 'open' };
    const list = buildDueList({ contacts: [anna, anna], overdueAgreements: [promise, promise], today });
    expect(list.map((item) => item.key)).toEqual(['agreement:a-promise', 'cadence:c-anna']);
    expect(list[0]?.lastContactChannel).toBe('email');
  });

  it('still lists an agreement whose contact was not passed in', () => {
    const list = buildDueList({ contacts: [], overdueAgreements: [invoice], today });
    expect(list).toHaveLength(1);
    expect(list[0]?.who).toEqual({ contactId: 'c-clara' });
    expect(list[0]?.lastContactAt).toBeUndefined();
  });

  it('orders equally overdue follow-ups by name', () => {
    const zoe: DueContact = { id: 'c-1', displayName: 'Zoë Adler', nextFollowUp: '2026-03-08' };
    const emil: DueContact = { id: 'c-2', displayName: 'emil Berg', nextFollowUp: '2026-03-08' };
    const list = buildDueList({ contacts: [zoe, emil], overdueAgreements: [], today });
    expect(list.map((item) => item.who.displayName)).toEqual(['emil Berg', 'Zoë Adler']);
  });

  it('counts days across month ends and leap days', () => {
    const leap: DueContact = { id: 'c-leap', displayName: 'Leap', nextFollowUp: '2028-02-28' };
    expect(buildDueList({ contacts: [leap], overdueAgreements: [], today: '2028-03-01' })[0]?.daysOverdue).toBe(2);
  });

  it('property: sorted by days overdue, each item due, the badge counting exactly the list', () => {
    const offsets = fc.integer({ min: -30, max: 400 });
    const contacts = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), name: fc.string({ maxLength: 8 }), offset: fc.option(offsets, { nil: undefined }) }),
      { selector: (c) => c.id, maxLength: 30 },
    );
    const agreements = fc.array(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), contactId: fc.string({ minLength: 1, maxLength: 6 }), offset: offsets, open: fc.boolean() }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(contacts, agreements, (cs, as) => {
        const list = buildDueList({
          contacts: cs.map((c) => ({
            id: c.id,
            displayName: c.name,
            ...(c.offset === undefined ? {} : { nextFollowUp: addDays(today, -c.offset) }),
          })),
          overdueAgreements: as.map((a) => ({
            id: a.id,
            contactId: a.contactId,
            kind: 'promise',
            text: 'x',
            dueDate: addDays(today, -a.offset),
            status: a.open ? 'open' : 'done',
          })),
          today,
        });
        for (let i = 1; i < list.length; i += 1) expect(list[i - 1]!.daysOverdue).toBeGreaterThanOrEqual(list[i]!.daysOverdue);
        for (const item of list) expect(item.daysOverdue).toBeGreaterThanOrEqual(item.why.kind === 'agreement' ? 1 : 0);
        expect(new Set(list.map((item) => item.key)).size).toBe(list.length);
        const expected = cs.filter((c) => c.offset !== undefined && c.offset >= 0).length + new Set(as.filter((a) => a.open && a.offset >= 1).map((a) => a.id)).size;
        expect(list).toHaveLength(expected);
        expect(badgeSummary(dueCountsOf(list)).count).toBe(list.length);
      }),
    );
  });
});

describe('badgeSummary', () => {
  it('is empty at zero', () => {
    expect(badgeSummary({ followUpsDueToday: 0, followUpsOverdue: 0, agreementsOverdue: 0 })).toEqual({ text: '', state: 'none', count: 0 });
  });

  it('is "due-today" when only today’s follow-ups are due', () => {
    expect(badgeSummary({ followUpsDueToday: 3, followUpsOverdue: 0, agreementsOverdue: 0 })).toEqual({ text: '3', state: 'due-today', count: 3 });
  });

  it('is "overdue" as soon as a follow-up or an agreement is past due', () => {
    expect(badgeSummary({ followUpsDueToday: 3, followUpsOverdue: 1, agreementsOverdue: 0 })).toEqual({ text: '4', state: 'overdue', count: 4 });
    expect(badgeSummary({ followUpsDueToday: 0, followUpsOverdue: 0, agreementsOverdue: 1 })).toEqual({ text: '1', state: 'overdue', count: 1 });
  });

  it('shows up to 99, then 99+', () => {
    expect(badgeSummary({ followUpsDueToday: 50, followUpsOverdue: 40, agreementsOverdue: 9 }).text).toBe('99');
    expect(badgeSummary({ followUpsDueToday: 50, followUpsOverdue: 40, agreementsOverdue: 10 })).toEqual({ text: '99+', state: 'overdue', count: 100 });
    expect(badgeSummary({ followUpsDueToday: 12_000, followUpsOverdue: 0, agreementsOverdue: 0 }).text).toBe('99+');
  });

  it('counts nonsense as zero', () => {
    expect(badgeSummary({ followUpsDueToday: -2, followUpsOverdue: Number.NaN, agreementsOverdue: 1.5 })).toEqual({ text: '1', state: 'overdue', count: 1 });
  });
});

describe('dueCountsOf', () => {
  it('splits a due list into the badge counts', () => {
    const list = buildDueList({ contacts: [ben, anna, clara], overdueAgreements: [invoice], today });
    expect(dueCountsOf(list)).toEqual({ followUpsDueToday: 1, followUpsOverdue: 1, agreementsOverdue: 1 });
    expect(badgeSummary(dueCountsOf(list))).toEqual({ text: '3', state: 'overdue', count: 3 });
  });
});
