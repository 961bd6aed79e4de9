import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgiveUnmarkedWrites } from './sync-mark-check.test-support';
import { shardOf } from '../cold/contact-times';
import type { Cadence } from '../domain/model';
import { exportBackup, parseBackup } from '../transfer/backup-json';
import { readBackupData } from './backup-read';
import { restoreBackup } from './backup-restore';
import { addContact } from './contacts-repo';
import { contactTimesOf } from './contact-times';
import { deleteContact, restoreDeletedContact } from './delete-contact';
import { readContactMonths, readGoingCold } from './going-cold';
import { applyHistoryImport } from './history-import-apply';
import { undoHistoryImport } from './history-import-undo';
import { logHistory } from './history-log';
import { logInteractions } from './interactions-repo';
import { mergeContacts } from './merge-contacts';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';
import { freshDatabase } from './test-db';

const BERLIN = 'Europe/Berlin';
const TODAY = '2026-12-04';
const NOW = Date.parse('2026-12-04T11:00:00Z');
const DAY = 86_400_000;
const MONTHLY: Cadence = { unit: 'months', count: 1 };
const defaults = { language: 'de', formality: 'sie' } as const;
const options = { today: TODAY, now: NOW, timeZone: BERLIN };

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

/** Noon in Berlin on the 2nd, `monthsAgo` calendar months before December 2026. */
const midMonth = (monthsAgo: number) => Date.parse(`${monthLabel(monthsAgo)}-02T11:00:00Z`);
const monthLabel = (monthsAgo: number) => {
  const index = 2026 * 12 + 11 - monthsAgo;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

async function person(displayName: string, monthsAgo: number[], cadence: Cadence | null = MONTHLY) {
  const contact = await addContact(db, { displayName, ...(cadence ? { cadence } : {}) }, defaults, NOW - 900 * DAY);
  await logInteractions(
    db,
    monthsAgo.map((ago) => ({ contactId: contact.id, at: midMonth(ago), channel: 'email', direction: 'inbound' }) as const),
    NOW,
  );
  return contact;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('readGoingCold', () => {
  it('lists kept relationships coldest first with 24 months of contact, a stopped one at the top', async () => {
    await person('Steady', range(0, 23));
    const stopped = await person('Stopped', range(4, 23));
    await person('Not kept', range(6, 23), null);
    await addContact(db, { displayName: 'New', cadence: MONTHLY }, defaults, NOW - DAY);
    const list = await readGoingCold(db, options);
    expect(list.total).toBe(3);
    expect(list.months[0]).toBe('2025-01');
    expect(list.months.at(-1)).toBe('2026-12');
    expect(list.rows.map((row) => row.displayName)).toEqual(['Stopped', 'Steady', 'New']);
    const top = list.rows[0];
    expect(top?.contactId).toBe(stopped.id);
    expect(top?.months).toEqual([...Array(20).fill(1), 0, 0, 0, 0]);
    expect(top?.coldness).toMatchObject({ level: 'cold', recent: 8, previous: 12, contacted: true });
    expect(top?.coldness.silenceDays).toBe(124);
    expect((await readGoingCold(db, { ...options, limit: 1 })).rows.map((row) => row.displayName)).toEqual(['Stopped']);
  });

  it('reads the interactions again for a contact whose stored times a writer forgot, and repairs them', async () => {
    const anna = await person('Anna', [3, 2]);
    // Written as a writer that does not know about contact times would: the interaction and the last contact only.
    forgiveUnmarkedWrites();
    const tx = db.transaction(withSyncMeta(['interactions', 'contacts']), 'readwrite');
    await tx.objectStore('interactions').put({ id: 'forgotten', contactId: anna.id, at: midMonth(0), channel: 'call', direction: 'outbound', createdAt: NOW });
    await putSynced(tx, 'contacts', { ...anna, lastContactAt: midMonth(0), lastContactChannel: 'call' });
    await tx.done;
    const [row] = (await readGoingCold(db, options)).rows;
    expect(row?.months.slice(-4)).toEqual([1, 1, 0, 1]);
    await expect.poll(async () => contactTimesOf(db.transaction('contactTimes').store, anna.id)).toEqual([midMonth(3), midMonth(2), midMonth(0)]);
  });

  it('follows merges, deletions, their undo and restores of a backup', async () => {
    const anna = await person('Anna', [1, 5]);
    const ben = await person('Ben', [2]);
    await mergeContacts(db, anna.id, ben.id, undefined, NOW);
    expect(await contactTimesOf(db.transaction('contactTimes').store, anna.id)).toEqual([midMonth(5), midMonth(2), midMonth(1)]);
    expect(await contactTimesOf(db.transaction('contactTimes').store, ben.id)).toEqual([]);

    const backup = parseBackup(exportBackup(await readBackupData(db), NOW));
    const deleted = await deleteContact(db, anna.id);
    expect(await contactTimesOf(db.transaction('contactTimes').store, anna.id)).toEqual([]);
    await restoreDeletedContact(db, deleted);
    expect(await contactTimesOf(db.transaction('contactTimes').store, anna.id)).toHaveLength(3);

    await person('Cleo', [0]);
    if (!backup.ok) throw new Error('The backup did not parse.');
    await restoreBackup(db, backup.backup, 'replace');
    const all = await db.getAll('contactTimes');
    expect(all.flatMap((shard) => shard.ids)).toEqual([anna.id]);
    expect(all[0]?.shard).toBe(shardOf(anna.id));
  });
});

describe('history imports', () => {
  it('add their interactions to the contact times, and their undo takes them away again', async () => {
    const anna = await person('Anna', [1]);
    const result = await applyHistoryImport(
      db,
      { fileName: 'messages.csv', create: [], interactions: [3, 4].map((ago) => ({ contact: anna.id, key: `m${ago}`, at: midMonth(ago), channel: 'linkedin', direction: 'inbound' }) as const) },
      NOW,
    );
    const times = () => contactTimesOf(db.transaction('contactTimes').store, anna.id);
    expect(await times()).toEqual([midMonth(4), midMonth(3), midMonth(1)]);
    await undoHistoryImport(db, result.batch ?? '', NOW);
    expect(await times()).toEqual([midMonth(1)]);
  });
});

describe('history seen on pages', () => {
  it('moves a contact time when a vague record is made exact', async () => {
    const anna = await person('Anna', []);
    const vague = { contactId: anna.id, at: midMonth(2), channel: 'linkedin', direction: 'inbound', sourceKey: 'list:1' } as const;
    await logHistory(db, [{ input: vague, windowMs: DAY }], NOW);
    const exactAt = midMonth(2) - 3_600_000;
    await logHistory(db, [{ input: { ...vague, at: exactAt, sourceKey: 'msg:1' }, windowMs: DAY, replaces: (stored) => stored.sourceKey === 'list:1' }], NOW);
    expect(await db.count('interactions')).toBe(1);
    expect(await contactTimesOf(db.transaction('contactTimes').store, anna.id)).toEqual([exactAt]);
  });
});

describe('readContactMonths', () => {
  it('counts one contact per month over the last 12 months', async () => {
    const anna = await person('Anna', [0, 0, 3, 11, 12]);
    expect(await readContactMonths(db, anna.id, { ...options, count: 12 })).toEqual({
      months: range(0, 11).reverse().map(monthLabel),
      counts: [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2],
    });
    expect(await readContactMonths(db, 'nobody', { ...options, count: 12 })).toBeUndefined();
  });
});
