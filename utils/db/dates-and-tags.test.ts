import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Agreement, Contact } from '../domain/model';
import { addContact, updateContact } from './contacts-repo';
import { bringDateRemindersForward, countDueUpTo, readDueRows } from './due-list';
import { markDateHandled } from './important-dates-repo';
import type { RapportDatabase } from './open';
import { saveSettings } from './settings-apply';
import { readLabelsInUse } from './tags-query';
import { freshDatabase, seedRecords } from './test-db';
import { withDateReminders } from './follow-up-sync';
import { applyImport } from './import-apply';
import { planImport } from '../transfer/import-plan';
import type { ImportedPerson } from '../transfer/imported-person';

const DEFAULTS = { language: 'de' as const, formality: 'sie' as const };
let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return { id, displayName: id, emails: [], language: 'de', formality: 'sie', createdAt: 0, updatedAt: 0, ...fields };
}

describe('kinds and tags', () => {
  it('a tag typed in another case joins the one the address book has; kinds are kept once', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, DEFAULTS);
    const ben = await addContact(db, { displayName: 'Ben' }, DEFAULTS);
    await updateContact(db, anna.id, { tags: ['Design', 'Berlin'] });
    const updated = await updateContact(db, ben.id, { tags: ['design', ' Neu '], kinds: ['partner', 'client', 'partner'] });
    expect(updated.tags).toEqual(['Design', 'Neu']);
    expect(updated.kinds).toEqual(['client', 'partner']);
    expect(await readLabelsInUse(db)).toEqual({ kinds: ['client', 'partner'], tags: ['Berlin', 'Design', 'Neu'] });
    const cleared = await updateContact(db, ben.id, { tags: [], kinds: [] });
    expect(cleared).not.toHaveProperty('tags');
    expect(cleared).not.toHaveProperty('kinds');
  });

  it("a contact without a rhythm of its own follows its kind's; changing the kind's rhythm in the settings reschedules it", async () => {
    const created = Date.UTC(2026, 0, 10, 12);
    const anna = await addContact(db, { displayName: 'Anna' }, DEFAULTS, created);
    expect(anna.nextFollowUp).toBeUndefined();
    const client = await updateContact(db, anna.id, { kinds: ['client', 'personal'] }, created);
    expect(client.nextFollowUp).toBe('2026-02-10');
    const saved = await saveSettings(db, { kindCadences: { client: { unit: 'days', count: 14 } } });
    expect(saved.rescheduled).toBe(1);
    expect((await db.get('contacts', anna.id))?.nextFollowUp).toBe('2026-01-24');
    const own = await updateContact(db, anna.id, { cadence: { unit: 'months', count: 6 } }, created);
    expect(own.nextFollowUp).toBe('2026-07-10');
  });

  it('the due list filters by kind or by tag, agreements included', async () => {
    const invoice: Agreement = { id: 'a1', contactId: 'clara', kind: 'invoice', text: 'Rechnung', status: 'open', dueDate: '2026-03-05', createdAt: 0, updatedAt: 0 };
    await seedRecords(db, {
      contacts: [
        contact('anna', { nextFollowUp: '2026-03-01', kinds: ['client'], tags: ['Design'] }),
        contact('ben', { nextFollowUp: '2026-03-02', kinds: ['partner'] }),
        contact('clara', { tags: ['Design'] }),
      ],
      agreements: [invoice],
    });
    const keys = async (filter?: Parameters<typeof readDueRows>[3]) => (await readDueRows(db, '2026-03-10', 20, filter)).map((row) => row.key);
    expect(await keys()).toEqual(['cadence:anna', 'cadence:ben', 'agreement:a1']);
    expect(await keys({ kind: 'partner' })).toEqual(['cadence:ben']);
    expect(await keys({ tag: 'design' })).toEqual(['cadence:anna', 'agreement:a1']);
    expect(await keys({ tag: 'nobody' })).toEqual([]);
  });
});

describe('important dates in the due list and the badge', () => {
  it('a birthday shows from N days before until its day, is counted, and "done" ends it for this year', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, DEFAULTS);
    await updateContact(db, anna.id, { importantDates: [{ id: 'b', kind: 'birthday', date: '1986-03-12', remindDaysBefore: 2 }] });
    // Written "today" as the system sees it; recompute the entries for the test's days.
    const stored = (await db.get('contacts', anna.id)) as Contact;
    await seedRecords(db, { contacts: [withDateReminders(stored, '2026-03-01')] });

    expect(await countDueUpTo(db, '2026-03-09', 100)).not.toHaveProperty('datesDue');
    expect((await countDueUpTo(db, '2026-03-10', 100)).datesDue).toBe(1);
    const rows = await readDueRows(db, '2026-03-10', 20);
    expect(rows).toEqual([
      expect.objectContaining({
        key: `date:${anna.id}:b`,
        daysOverdue: -2,
        why: { kind: 'date', dateId: 'b', dateKind: 'birthday', occursOn: '2026-03-12', dueDate: '2026-03-10', years: 40 },
      }),
    ]);
    expect((await readDueRows(db, '2026-03-12', 20))[0]?.daysOverdue).toBe(0);

    await markDateHandled(db, anna.id, 'b', '2026-03-12');
    const handled = (await db.get('contacts', anna.id)) as Contact;
    await seedRecords(db, { contacts: [withDateReminders(handled, '2026-03-10')] });
    expect(await readDueRows(db, '2026-03-11', 20)).toEqual([]);
    expect(await countDueUpTo(db, '2026-03-11', 100)).not.toHaveProperty('datesDue');
  });

  it("after a date's day, the next count brings its reminder forward to next year", async () => {
    const dated = withDateReminders(contact('anna', { importantDates: [{ id: 'b', kind: 'birthday', date: '--03-12', remindDaysBefore: 0 }] }), '2026-03-01');
    await seedRecords(db, { contacts: [dated] });
    expect(dated.dateOccursOn).toEqual(['2026-03-12~b']);
    expect((await countDueUpTo(db, '2026-03-12', 100)).datesDue).toBe(1);
    expect(await countDueUpTo(db, '2026-03-13', 100)).not.toHaveProperty('datesDue');
    expect((await db.get('contacts', 'anna'))?.dateOccursOn).toEqual(['2027-03-12~b']);
    expect(await bringDateRemindersForward(db, '2026-03-14')).toBe(0);
  });
});

describe('imports with labels and dates', () => {
  it('creates contacts with their tags and dates, and adds to an existing one only what it lacks', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'] }, DEFAULTS);
    await updateContact(db, anna.id, { tags: ['Kunden'], importantDates: [{ id: 'x', kind: 'birthday', date: '--07-14', remindDaysBefore: 2 }] });
    const people: ImportedPerson[] = [
      {
        displayName: 'Anna',
        emails: ['anna@example.com'],
        tags: ['kunden', 'Design'],
        importantDates: [
          { kind: 'birthday', date: '1986-07-14' },
          { kind: 'custom', date: '2019-09-02', label: 'Anniversary' },
        ],
        source: { format: 'vcard', card: 1 },
      },
      { displayName: 'Ole', emails: ['ole@example.com'], tags: ['Design'], importantDates: [{ kind: 'birthday', date: '--02-29' }], source: { format: 'vcard', card: 2 } },
    ];
    const plan = planImport(people, await db.getAll('contacts'));
    expect(plan.merge[0]?.adds).toEqual({ emails: [], tags: ['Design'], importantDates: [{ kind: 'custom', date: '2019-09-02', label: 'Anniversary' }] });
    await applyImport(db, plan);
    const all = await db.getAll('contacts');
    const merged = all.find((c) => c.id === anna.id);
    const ole = all.find((c) => c.displayName === 'Ole');
    expect(merged?.tags).toEqual(['Kunden', 'Design']);
    expect(merged?.importantDates?.map((date) => date.kind)).toEqual(['birthday', 'custom']);
    expect(ole?.tags).toEqual(['Design']);
    expect(ole?.importantDates).toEqual([{ id: expect.any(String), kind: 'birthday', date: '--02-29', remindDaysBefore: 0 }]);
    expect(ole?.dateOccursOn?.[0]).toMatch(/^\d{4}-02-2[89]~/);
  });
});
