import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addContact, updateContact } from '../../../utils/db/contacts-repo';
import type { RapportDatabase } from '../../../utils/db/open';
import { freshDatabase } from '../../../utils/db/test-db';
import { readColdList } from '../../popup/cold-tab-read';
import { COLD_FIRST_ROWS, readColdView, readWholeColdList } from './read-cold-view';

const NOW = Date.parse('2026-12-04T11:00:00Z');
const DAY = 86_400_000;
const defaults = { language: 'de', formality: 'sie' } as const;

let db: RapportDatabase;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = await freshDatabase();
  for (let index = 0; index < COLD_FIRST_ROWS + 10; index += 1) {
    await addContact(db, { displayName: `Person ${index}`, cadence: { unit: 'months', count: 1 } }, defaults, NOW - (60 + index) * DAY);
  }
});
afterEach(() => {
  vi.useRealTimers();
});

/** The stored first screen is written without being awaited by the read that computed it. */
const storedSoon = () => expect.poll(async () => (await db.getAll('firstScreens')).some((entry) => entry.key === 'going-cold')).toBe(true);

describe("the going-cold view's reads", () => {
  it('score the data on a first opening and store the first screen; the next opening shows that screen alone, then every row', async () => {
    const first = await readColdView(db);
    expect(first.data).toBeDefined();
    await storedSoon();
    const second = await readColdView(db);
    expect(second.data).toBeUndefined();
    expect(second.first).toEqual(first.first);
    if (!second.stored || !first.data) throw new Error('expected a stored first screen');
    const whole = await readWholeColdList(db, second.stored);
    expect(whole.rows).toHaveLength(COLD_FIRST_ROWS + 10);
    expect(whole.rows.slice(0, COLD_FIRST_ROWS)).toEqual(second.first.rows);
  });

  it('read the data again after a write changed a row the first screen shows', async () => {
    await readColdView(db);
    await storedSoon();
    const coldest = (await readColdView(db)).first.rows[0];
    await updateContact(db, coldest?.contactId ?? '', { displayName: 'Renamed' }, NOW);
    const view = await readColdView(db);
    expect(view.data).toBeDefined();
    expect(view.first.rows[0]?.displayName).toBe('Renamed');
  });

  it("give the popup its 20 from the stored first screen, and more than it holds from the data", async () => {
    const read = await readColdList(db, 20);
    await storedSoon();
    const stored = await readColdList(db, 20);
    expect(stored).toEqual(read);
    expect(stored.rows).toHaveLength(20);
    const more = await readColdList(db, 40);
    expect(more.rows).toHaveLength(COLD_FIRST_ROWS + 10);
    expect(more.rows.slice(0, 20)).toEqual(stored.rows);
  });
});
