import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addAgreement } from '../db/agreements-repo';
import { addContact, getContact } from '../db/contacts-repo';
import { logInteractions, recentInteractions } from '../db/interactions-repo';
import type { RapportDatabase } from '../db/open';
import { freshDatabase } from '../db/test-db';
import { addDays, todayIn } from '../schedule/calendar';
import { createDueHandlers } from './due-handlers';

const NOW = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;
const TODAY = todayIn(undefined, NOW);
const defaults = { language: 'de', formality: 'sie' } as const;
const fromPage = {};

let db: RapportDatabase;
let changed: ReturnType<typeof vi.fn<() => Promise<void>>>;
let handlers: ReturnType<typeof createDueHandlers>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
  db = await freshDatabase();
  changed = vi.fn(async () => undefined);
  handlers = createDueHandlers({ db: async () => db, changed }, () => NOW);
});

async function overdueContact(name: string, daysSinceContact: number) {
  const contact = await addContact(db, { displayName: name, cadence: { unit: 'days', count: 14 } }, defaults, NOW - 400 * DAY);
  await logInteractions(db, [{ contactId: contact.id, at: NOW - daysSinceContact * DAY, channel: 'email', direction: 'inbound' }], NOW);
  return contact;
}

describe('due.list', () => {
  it('answers the first rows with the counts of the whole list', async () => {
    const anna = await overdueContact('Anna', 30);
    await overdueContact('Ben', 20);
    await overdueContact('Cleo', 14);
    await addAgreement(db, { contactId: anna.id, kind: 'invoice', text: 'Invoice 7', dueDate: addDays(TODAY, -3) }, NOW);

    const page = await handlers['due.list']({ limit: 2 }, fromPage);
    expect(page.today).toBe(TODAY);
    expect(page.counts).toEqual({ followUpsOverdue: 2, followUpsDueToday: 1, agreementsOverdue: 1 });
    expect(page.more).toBe(true);
    expect(page.rows.map((row) => [row.who.displayName, row.why.kind, row.daysOverdue])).toEqual([
      ['Anna', 'cadence', 16],
      ['Ben', 'cadence', 6],
    ]);
    expect(changed).not.toHaveBeenCalled();
    expect((await handlers['due.list']({ limit: 4 }, fromPage)).more).toBe(false);
  });
});

describe('due.snooze', () => {
  it('takes the follow-up off the list until the snooze ends, and tells the badge', async () => {
    const anna = await overdueContact('Anna', 30);
    const snoozed = await handlers['due.snooze']({ contactId: anna.id, snooze: '1-week' }, fromPage);
    expect(snoozed.snoozedUntil).toBe(addDays(TODAY, 7));
    expect(snoozed.nextFollowUp).toBe(addDays(TODAY, 7));
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await handlers['due.list']({ limit: 10 }, fromPage)).rows).toEqual([]);
  });

  it('snoozes until a chosen date, but not to today or earlier', async () => {
    const anna = await overdueContact('Anna', 30);
    const until = addDays(TODAY, 40);
    expect((await handlers['due.snooze']({ contactId: anna.id, snooze: { until } }, fromPage)).nextFollowUp).toBe(until);
    await expect(handlers['due.snooze']({ contactId: anna.id, snooze: { until: TODAY } }, fromPage)).rejects.toThrow(/after today/);
    expect((await getContact(db, anna.id))?.snoozedUntil).toBe(until);
  });
});

describe('due.done', () => {
  it('logs getting in touch now, which ends a snooze and schedules the next follow-up from today', async () => {
    const anna = await overdueContact('Anna', 30);
    await handlers['due.snooze']({ contactId: anna.id, snooze: { until: addDays(TODAY, 3) } }, fromPage);
    changed.mockClear();

    const logged = await handlers['due.done']({ contactId: anna.id }, fromPage);
    expect(logged).toMatchObject({ contactId: anna.id, at: NOW, channel: 'note', direction: 'outbound', summary: '«dueDoneSummary»' });
    const stored = await getContact(db, anna.id);
    expect(stored).toMatchObject({ lastContactAt: NOW, lastContactChannel: 'note', nextFollowUp: addDays(TODAY, 14) });
    expect(stored?.snoozedUntil).toBeUndefined();
    expect((await recentInteractions(db, anna.id, 1))[0]?.id).toBe(logged.id);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('fails for an unknown contact and changes nothing', async () => {
    await expect(handlers['due.done']({ contactId: 'nobody' }, fromPage)).rejects.toThrow(/No contact/);
    expect(changed).not.toHaveBeenCalled();
  });
});
