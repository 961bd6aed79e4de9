import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agreement, Contact, Interaction } from '../domain/model';
import { buildDueList } from '../schedule/due';
import { countDue } from './due-counts';
import { countDueUpTo, dueEntryKeys, readDueRows } from './due-list';
import type { RapportDatabase } from './open';
import { freshDatabase, seedRecords } from './test-db';

const TODAY = '2026-03-10';
const NOW = Date.UTC(2026, 2, 10, 12);
const DAY = 86_400_000;

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return { id, displayName: id, emails: [], language: 'de', formality: 'sie', createdAt: 0, updatedAt: 0, ...fields };
}

function agreement(id: string, contactId: string, fields: Partial<Agreement> = {}): Agreement {
  return { id, contactId, kind: 'invoice', text: `Invoice ${id}`, status: 'open', createdAt: 0, updatedAt: 0, ...fields };
}

function interaction(id: string, contactId: string, at: number, fields: Partial<Interaction> = {}): Interaction {
  return { id, contactId, at, channel: 'call', direction: 'outbound', createdAt: at, ...fields };
}

async function put(records: { contacts?: Contact[]; agreements?: Agreement[]; interactions?: Interaction[] }) {
  await seedRecords(db, records);
}

describe('readDueRows', () => {
  it('lists due follow-ups and overdue open agreements, most overdue first', async () => {
    await put({
      contacts: [
        contact('anna', { displayName: 'Anna', cadence: { unit: 'months', count: 1 }, nextFollowUp: '2026-03-01' }),
        contact('ben', { displayName: 'Ben', cadence: { unit: 'days', count: 14 }, nextFollowUp: TODAY }),
        contact('cleo', { displayName: 'Cleo', cadence: { unit: 'days', count: 14 }, nextFollowUp: '2026-03-11' }),
        contact('dora', { displayName: 'Dora' }),
      ],
      agreements: [
        agreement('late', 'dora', { dueDate: '2026-02-01' }),
        agreement('due-today', 'dora', { dueDate: TODAY }),
        agreement('closed', 'anna', { dueDate: '2026-01-01', status: 'done' }),
        agreement('undated', 'anna'),
      ],
    });
    const rows = await readDueRows(db, TODAY, 10);
    expect(rows.map((row) => [row.key, row.daysOverdue])).toEqual([
      ['agreement:late', 37],
      ['cadence:anna', 9],
      ['cadence:ben', 0],
    ]);
    expect(rows[0]?.who).toEqual({ contactId: 'dora', displayName: 'Dora' });
  });

  it('tells the cadence that made a follow-up due, and when it is the quieter between-projects one', async () => {
    await db.put('settings', { betweenProjectsCadence: { unit: 'months', count: 3 } } as never, 'app');
    await put({
      contacts: [
        contact('busy', { cadence: { unit: 'days', count: 14 }, nextFollowUp: '2026-03-01' }),
        contact('quiet', { cadence: { unit: 'days', count: 14 }, nextFollowUp: '2026-03-02' }),
      ],
      agreements: [agreement('project', 'busy', { dueDate: '2026-04-01' })],
    });
    const rows = await readDueRows(db, TODAY, 10);
    expect(rows.map((row) => [row.key, row.cadence, row.betweenProjects])).toEqual([
      ['cadence:busy', { unit: 'days', count: 14 }, undefined],
      ['cadence:quiet', { unit: 'months', count: 3 }, true],
    ]);
  });

  it('links the LinkedIn profile and the Gmail conversation of the last email that has one', async () => {
    const gmail = (thread: string) => `https://mail.google.com/mail/u/0/#inbox/${thread}`;
    await put({
      contacts: [
        contact('anna', { cadence: { unit: 'days', count: 7 }, nextFollowUp: '2026-03-01', linkedinSlug: 'anna-m' }),
        contact('ben', { cadence: { unit: 'days', count: 7 }, nextFollowUp: '2026-03-02' }),
      ],
      interactions: [
        interaction('old-email', 'anna', NOW - 30 * DAY, { channel: 'email', sourceUrl: gmail('old') }),
        interaction('email', 'anna', NOW - 20 * DAY, { channel: 'email', sourceUrl: gmail('latest') }),
        interaction('manual-email', 'anna', NOW - 10 * DAY, { channel: 'email' }),
        interaction('call', 'anna', NOW - 5 * DAY),
        interaction('elsewhere', 'ben', NOW - 5 * DAY, { channel: 'email', sourceUrl: 'https://evil.example/mail' }),
      ],
    });
    const [anna, ben] = await readDueRows(db, TODAY, 10);
    expect(anna).toMatchObject({ linkedinSlug: 'anna-m', lastEmailUrl: gmail('latest') });
    expect(ben?.linkedinSlug).toBeUndefined();
    expect(ben?.lastEmailUrl).toBeUndefined();
  });

  it('names the contact of an overdue agreement even when that contact is not due', async () => {
    await put({
      contacts: [contact('dora', { displayName: 'Dora', company: 'Dora GmbH', lastContactAt: NOW - DAY, lastContactChannel: 'email' })],
      agreements: [agreement('late', 'dora', { dueDate: '2026-03-01' }), agreement('orphan', 'gone', { dueDate: '2026-03-01' })],
    });
    const rows = await readDueRows(db, TODAY, 10);
    expect(rows.map((row) => [row.key, row.who.displayName])).toEqual([
      ['agreement:orphan', undefined],
      ['agreement:late', 'Dora'],
    ]);
    expect(rows[1]).toMatchObject({ who: { company: 'Dora GmbH' }, lastContactChannel: 'email' });
  });

  it('reads through the indexes and by key, never a whole store', async () => {
    await put({
      contacts: [contact('anna', { cadence: { unit: 'days', count: 7 }, nextFollowUp: '2026-03-01' })],
      agreements: [agreement('late', 'anna', { dueDate: '2026-03-01' })],
    });
    const storeReads = (['getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const).map((method) =>
      vi.spyOn(IDBObjectStore.prototype, method),
    );
    const unboundedIndexReads: string[] = [];
    for (const method of ['getAll', 'openCursor', 'openKeyCursor', 'count'] as const) {
      const original = IDBIndex.prototype[method] as (this: IDBIndex, ...args: unknown[]) => unknown;
      vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
        if (args[0] === undefined || args[0] === null) unboundedIndexReads.push(`${this.name}.${method}`);
        return original.apply(this, args);
      } as never);
    }
    await readDueRows(db, TODAY, 10);
    await dueEntryKeys(db, TODAY);
    await countDueUpTo(db, TODAY, 100);
    for (const spy of storeReads) expect(spy).not.toHaveBeenCalled();
    expect(unboundedIndexReads).toEqual([]);
  });

  it('gives the same first rows as the whole list, ties on the last date included', async () => {
    const dates = ['2026-02-27', '2026-02-28', '2026-03-01', TODAY, '2026-03-11'];
    const names = ['Anna', 'anna', 'Ben', 'Émile', 'Zoë', '10 Kunden', '9 Kunden'];
    const people = fc.array(fc.record({ date: fc.option(fc.constantFrom(...dates), { nil: undefined }), name: fc.constantFrom(...names) }), {
      maxLength: 25,
    });
    const promises = fc.array(
      fc.record({ date: fc.constantFrom(...dates), status: fc.constantFrom('open', 'open', 'done') as fc.Arbitrary<Agreement['status']>, owner: fc.nat(30) }),
      { maxLength: 15 },
    );
    await fc.assert(
      fc.asyncProperty(people, promises, fc.integer({ min: 1, max: 30 }), async (somePeople, somePromises, limit) => {
        db = await freshDatabase();
        const contacts = somePeople.map((person, index) => contact(`c${index}`, { displayName: person.name, nextFollowUp: person.date }));
        const agreements = somePromises.map((promise, index) =>
          agreement(`a${index}`, `c${promise.owner % Math.max(contacts.length, 1)}`, { dueDate: promise.date, status: promise.status }),
        );
        for (const record of contacts) if (record.nextFollowUp === undefined) delete record.nextFollowUp;
        await put({ contacts, agreements });
        const whole = buildDueList({ contacts, overdueAgreements: agreements, today: TODAY });
        const rows = await readDueRows(db, TODAY, limit);
        expect(rows.map((row) => row.key)).toEqual(whole.slice(0, limit).map((item) => item.key));
      }),
      { numRuns: 60 },
    );
  });
});

describe('countDueUpTo', () => {
  it('counts as countDue does, up to the cap', async () => {
    await put({
      contacts: [
        ...Array.from({ length: 5 }, (_, index) => contact(`late-${index}`, { nextFollowUp: '2026-03-01' })),
        ...Array.from({ length: 2 }, (_, index) => contact(`today-${index}`, { nextFollowUp: TODAY })),
        contact('later', { nextFollowUp: '2026-03-11' }),
      ],
      agreements: [
        ...Array.from({ length: 4 }, (_, index) => agreement(`a-${index}`, 'late-0', { dueDate: '2026-03-09' })),
        agreement('today', 'late-0', { dueDate: TODAY }),
        agreement('done', 'late-0', { dueDate: '2026-03-01', status: 'done' }),
      ],
    });
    expect(await countDueUpTo(db, TODAY, 100)).toEqual(await countDue(db, TODAY));
    expect(await countDueUpTo(db, TODAY, 3)).toEqual({ followUpsOverdue: 3, followUpsDueToday: 2, agreementsOverdue: 3 });
  });
});

describe('dueEntryKeys', () => {
  it('names each due item with its due date, from index keys', async () => {
    await put({
      contacts: [
        contact('anna', { nextFollowUp: '2026-03-01' }),
        contact('ben', { nextFollowUp: TODAY }),
        contact('cleo', { nextFollowUp: '2026-03-11' }),
      ],
      agreements: [agreement('late', 'anna', { dueDate: '2026-02-01' }), agreement('today', 'anna', { dueDate: TODAY })],
    });
    expect((await dueEntryKeys(db, TODAY)).sort()).toEqual(['agreement:late@2026-02-01', 'cadence:anna@2026-03-01', `cadence:ben@${TODAY}`]);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
