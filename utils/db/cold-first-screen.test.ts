import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Cadence, Contact } from '../domain/model';
import type { FieldValues } from '../sync/record-merge';
import { exportBackup, parseBackup } from '../transfer/backup-json';
import { parseImportFile } from '../transfer/import-file';
import { planImport } from '../transfer/import-plan';
import { readBackupData } from './backup-read';
import { restoreBackup } from './backup-restore';
import { COLD_FIRST_SCREEN_ROWS, readColdFirstScreen, storeColdFirstScreen } from './cold-first-screen';
import { refillColdFirstScreen } from './cold-first-screen-refill';
import { addContact, updateContact } from './contacts-repo';
import { deleteContact, restoreDeletedContact } from './delete-contact';
import { goingColdList, readColdData, type GoingColdList } from './going-cold';
import { applyHistoryImport } from './history-import-apply';
import { undoHistoryImport } from './history-import-undo';
import { logHistory } from './history-log';
import { applyImport } from './import-apply';
import { logInteractions } from './interactions-repo';
import { mergeContacts } from './merge-contacts';
import type { RapportDatabase } from './open';
import { applyBundles } from './sync-apply';
import { freshDatabase } from './test-db';

const BERLIN = 'Europe/Berlin';
const TODAY = '2026-12-04';
const NOW = Date.parse('2026-12-04T11:00:00Z');
const DAY = 86_400_000;
const MONTHLY: Cadence = { unit: 'months', count: 1 };
const defaults = { language: 'de', formality: 'sie' } as const;

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

/** What the view's first screen is, computed from the projections now. */
async function computed(): Promise<GoingColdList> {
  return goingColdList(await readColdData(db, { today: TODAY, now: NOW, timeZone: BERLIN }), COLD_FIRST_SCREEN_ROWS);
}

const stored = async () => (await readColdFirstScreen(db, TODAY, BERLIN))?.list;

async function filled(): Promise<GoingColdList> {
  expect(await refillColdFirstScreen(db, TODAY, BERLIN)).toBe(true);
  const list = await stored();
  if (!list) throw new Error('The first screen was not stored.');
  expect(list).toEqual(await computed());
  return list;
}

async function base() {
  const anna = await addContact(db, { displayName: 'Anna', company: 'Nordlicht', cadence: MONTHLY }, defaults, NOW - 300 * DAY);
  const ben = await addContact(db, { displayName: 'Ben', cadence: { unit: 'days', count: 14 } }, defaults, NOW - 300 * DAY);
  await logInteractions(db, [{ contactId: anna.id, at: NOW - 60 * DAY, channel: 'call', direction: 'outbound' }], NOW);
  return { anna, ben };
}

const bundleOf = (key: string, value: FieldValues) => ({ key, bundle: { records: { [key]: { value, meta: { stamp: [NOW, 'laptop', ''] as [number, string, string] } } } }, expectedPending: undefined });
const arriving: FieldValues = { displayName: 'Vom Laptop', emails: [], language: 'de', formality: 'du', cadence: MONTHLY, createdAt: NOW - 500 * DAY, updatedAt: NOW - DAY };

/** Each write path that can change a row the view shows: `prepare` runs before the first screen is stored. */
const writes: Array<[string, (people: { anna: Contact; ben: Contact }) => Promise<() => Promise<unknown>>]> = [
  ['adding a contact with a rhythm', async () => () => addContact(db, { displayName: 'Cleo', cadence: MONTHLY }, defaults, NOW - 400 * DAY)],
  ['renaming a contact', async ({ ben }) => () => updateContact(db, ben.id, { displayName: 'Ben Becker' }, NOW)],
  ['snoozing a contact', async ({ ben }) => () => updateContact(db, ben.id, { snoozedUntil: '2026-12-20' }, NOW)],
  ['taking a rhythm away', async ({ anna }) => () => updateContact(db, anna.id, { cadence: undefined }, NOW)],
  ['logging contact', async ({ ben }) => () => logInteractions(db, [{ contactId: ben.id, at: NOW - DAY, channel: 'email', direction: 'inbound' }], NOW)],
  // The contact's last contact stays: only its months strip changes.
  ['logging an earlier contact', async ({ anna }) => () => logInteractions(db, [{ contactId: anna.id, at: NOW - 200 * DAY, channel: 'email', direction: 'inbound' }], NOW)],
  ['deleting a contact', async ({ ben }) => () => deleteContact(db, ben.id)],
  [
    'undoing a deletion',
    async ({ ben }) => {
      const deleted = await deleteContact(db, ben.id);
      return () => restoreDeletedContact(db, deleted);
    },
  ],
  ['merging two contacts', async ({ anna, ben }) => () => mergeContacts(db, ben.id, anna.id, undefined, NOW)],
  [
    'importing an address book',
    async () => {
      const parsed = parseImportFile('linkedin-connections-2018.csv', readFileSync(new URL('../../tests/fixtures/import/linkedin-connections-2018.csv', import.meta.url), 'utf8'));
      if (!parsed.ok || !('people' in parsed)) throw new Error('The fixture did not parse.');
      return () => applyImport(db, planImport(parsed.people, [], { cadence: { unit: 'months', count: 3 } }), NOW);
    },
  ],
  [
    'importing history',
    async ({ ben }) => () =>
      applyHistoryImport(db, { fileName: 'messages.csv', create: [], interactions: [{ contact: ben.id, key: 'm1', at: NOW - 2 * DAY, channel: 'linkedin', direction: 'inbound' }] }, NOW),
  ],
  [
    'undoing a history import',
    async ({ ben }) => {
      const { batch } = await applyHistoryImport(
        db,
        { fileName: 'messages.csv', create: [], interactions: [{ contact: ben.id, key: 'm1', at: NOW - 2 * DAY, channel: 'linkedin', direction: 'inbound' }] },
        NOW,
      );
      return () => undoHistoryImport(db, batch ?? '', NOW);
    },
  ],
  [
    'importing earlier history',
    async ({ anna }) => () =>
      applyHistoryImport(db, { fileName: 'messages.csv', create: [], interactions: [{ contact: anna.id, key: 'm0', at: NOW - 250 * DAY, channel: 'linkedin', direction: 'inbound' }] }, NOW),
  ],
  [
    'history seen on a page',
    async ({ ben }) => () => logHistory(db, [{ input: { contactId: ben.id, at: NOW - 3 * DAY, channel: 'linkedin', direction: 'inbound', sourceKey: 'msg:1' }, windowMs: DAY }], NOW),
  ],
  [
    'restoring a backup',
    async () => {
      const backup = parseBackup(exportBackup(await readBackupData(db), NOW));
      if (!backup.ok) throw new Error('The backup did not parse.');
      await addContact(db, { displayName: 'Dora', cadence: MONTHLY }, defaults, NOW - 400 * DAY);
      return () => restoreBackup(db, backup.backup, 'replace');
    },
  ],
  ['a contact arriving from another device', async () => () => applyBundles(db, [bundleOf('contact:from-laptop', arriving)])],
  [
    'a contact removed on another device',
    async () => {
      await applyBundles(db, [bundleOf('contact:from-laptop', arriving)]);
      return () => applyBundles(db, [{ key: 'contact:from-laptop', bundle: null, expectedPending: undefined }]);
    },
  ],
];

describe("the going-cold view's stored first screen", () => {
  it.each(writes)('is dropped by %s, in that write, and stored again by the next refill', async (_path, prepare) => {
    const write = await prepare(await base());
    const before = await filled();
    await write();
    expect(await stored()).toBeUndefined();
    const after = await computed();
    expect(after).not.toEqual(before); // the write did change what the first screen shows
    expect(await filled()).toEqual(after);
  });

  it('stays through a write that changes nothing the view shows', async () => {
    const { anna } = await base();
    const before = await filled();
    await updateContact(db, anna.id, { notes: 'Prefers calls', tags: ['Berlin'] }, NOW);
    expect(await stored()).toEqual(before);
    expect(before).toEqual(await computed());
  });

  it('is not stored from data read before a write that came between the read and the store', async () => {
    const { ben } = await base();
    const data = await readColdData(db, { today: TODAY, now: NOW, timeZone: BERLIN });
    await updateContact(db, ben.id, { displayName: 'Ben Becker' }, NOW);
    expect(await storeColdFirstScreen(db, goingColdList(data, COLD_FIRST_SCREEN_ROWS), data)).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  it('is shown only for the day and time zone it was computed for', async () => {
    await base();
    await filled();
    expect(await readColdFirstScreen(db, '2026-12-05', BERLIN)).toBeUndefined();
    expect(await readColdFirstScreen(db, TODAY, 'America/New_York')).toBeUndefined();
    expect(await refillColdFirstScreen(db, TODAY, BERLIN)).toBe(false); // still there: nothing to do
    expect(await refillColdFirstScreen(db, '2026-12-05', BERLIN)).toBe(true);
    expect((await readColdFirstScreen(db, '2026-12-05', BERLIN))?.list.today).toBe('2026-12-05');
  });

  it('keeps the coldest rows only, as many as the first screen shows', async () => {
    for (let index = 0; index < COLD_FIRST_SCREEN_ROWS + 5; index += 1) {
      await addContact(db, { displayName: `Person ${index}`, cadence: MONTHLY }, defaults, NOW - (100 + index) * DAY);
    }
    const list = await filled();
    expect(list.rows).toHaveLength(COLD_FIRST_SCREEN_ROWS);
    expect(list.total).toBe(COLD_FIRST_SCREEN_ROWS + 5);
    expect(list.rows[0]?.displayName).toBe(`Person ${COLD_FIRST_SCREEN_ROWS + 4}`);
  });

  it('is never other than what the projections give, whatever writes, refills and late refills come in what order (property)', async () => {
    type Step =
      | { kind: 'add'; cadence: number; age: number }
      | { kind: 'rename' | 'snooze' | 'notes' | 'delete'; who: number }
      | { kind: 'log'; who: number; daysAgo: number }
      | { kind: 'refill' }
      | { kind: 'late refill'; then: number };
    const CADENCES: Array<Cadence | undefined> = [MONTHLY, { unit: 'days', count: 14 }, { unit: 'months', count: 6 }, undefined];
    const who = fc.nat({ max: 9 });
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), cadence: fc.nat({ max: CADENCES.length - 1 }), age: fc.integer({ min: 1, max: 900 }) }),
      fc.record({ kind: fc.constantFrom('rename' as const, 'snooze' as const, 'notes' as const, 'delete' as const), who }),
      fc.record({ kind: fc.constant('log' as const), who, daysAgo: fc.integer({ min: 0, max: 800 }) }),
      fc.record({ kind: fc.constant('log' as const), who, daysAgo: fc.integer({ min: 0, max: 800 }) }),
      fc.constant({ kind: 'refill' as const }),
      fc.constant({ kind: 'refill' as const }),
      fc.record({ kind: fc.constant('late refill' as const), then: who }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        db = await freshDatabase();
        const ids: string[] = [];
        let added = 0;
        const someone = (index: number) => ids[index % Math.max(ids.length, 1)];
        const apply = async (each: Exclude<Step, { kind: 'refill' | 'late refill' }>) => {
          if (each.kind === 'add') {
            added += 1;
            const cadence = CADENCES[each.cadence];
            ids.push((await addContact(db, { displayName: `P${added}`, ...(cadence ? { cadence } : {}) }, defaults, NOW - each.age * DAY)).id);
            return;
          }
          const id = someone(each.who);
          if (!id) return;
          if (each.kind === 'rename') await updateContact(db, id, { displayName: `${id.slice(0, 4)} renamed` }, NOW);
          if (each.kind === 'snooze') await updateContact(db, id, { snoozedUntil: '2026-12-24' }, NOW);
          if (each.kind === 'notes') await updateContact(db, id, { notes: 'a note' }, NOW);
          if (each.kind === 'log') await logInteractions(db, [{ contactId: id, at: NOW - each.daysAgo * DAY, channel: 'email', direction: 'inbound' }], NOW);
          if (each.kind === 'delete') {
            await deleteContact(db, id);
            ids.splice(ids.indexOf(id), 1);
          }
        };
        for (const each of steps) {
          if (each.kind === 'refill') await refillColdFirstScreen(db, TODAY, BERLIN);
          else if (each.kind === 'late refill') {
            // A page read the data, then a write came before it stored what it computed.
            const data = await readColdData(db, { today: TODAY, now: NOW, timeZone: BERLIN });
            await apply({ kind: 'rename', who: each.then });
            await storeColdFirstScreen(db, goingColdList(data, COLD_FIRST_SCREEN_ROWS), data);
          } else await apply(each);
          const shown = await stored();
          if (shown) expect(shown).toEqual(await computed());
        }
      }),
      { numRuns: 100 },
    );
  });
});
