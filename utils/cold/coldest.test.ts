import { describe, expect, it } from 'vitest';
import type { Cadence } from '../domain/model';
import { coldestRows } from './coldest';
import { colderFirst, coldness, silenceOf, type Coldness } from './score';

const TODAY = '2026-12-04';
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-04T11:00:00Z');
const CADENCES: Array<Cadence | undefined> = [{ unit: 'days', count: 14 }, { unit: 'months', count: 1 }, { unit: 'months', count: 3 }, { unit: 'months', count: 12 }, undefined];

interface Person {
  id: string;
  name: string;
  cadence?: Cadence;
  lastContactAt?: number;
  months: number[];
}
interface Row {
  contactId: string;
  displayName: string;
  coldness: Coldness;
}

function people(count: number, seed: number, silenceDays: () => number): Person[] {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, index) => {
    const cadence = CADENCES[Math.floor(random() * CADENCES.length)];
    const silence = silenceDays();
    return {
      id: `c${index}`,
      // Few names, so ties in score and silence fall back to the name and the id.
      name: ['Anna', 'Ben', 'Cem'][Math.floor(random() * 3)] ?? 'Anna',
      ...(cadence ? { cadence } : {}),
      ...(random() < 0.9 ? { lastContactAt: NOW - silence * DAY } : {}),
      months: Array.from({ length: 24 }, () => Math.floor(random() * 4)),
    };
  });
}

const base = { createdAt: NOW - 1000 * DAY, today: TODAY, timeZone: 'UTC' };
const floorOf = (person: Person) => person.cadence && silenceOf({ ...base, cadence: person.cadence, lastContactAt: person.lastContactAt }).rhythmsPast;
const rowOf = (person: Person): Row | undefined =>
  person.cadence && { contactId: person.id, displayName: person.name, coldness: coldness({ ...base, cadence: person.cadence, lastContactAt: person.lastContactAt, months: person.months }) };

function everyRowSorted(list: Person[]): Row[] {
  return list.flatMap((person) => rowOf(person) ?? []).sort(colderFirst);
}

describe('coldestRows', () => {
  it('gives the same first rows as scoring and sorting everyone, for any limit', () => {
    let day = 0;
    const list = people(600, 7, () => (day = (day + 37) % 900));
    const all = everyRowSorted(list);
    for (const limit of [1, 5, 20, 59, 300, 599, 600, 1000]) {
      const { rows, total } = coldestRows(list, { limit, floorOf, rowOf });
      expect(total).toBe(all.length);
      expect(rows.map((row) => row.contactId)).toEqual(all.slice(0, limit).map((row) => row.contactId));
    }
    expect(coldestRows(list, { floorOf, rowOf }).rows.map((row) => row.contactId)).toEqual(all.map((row) => row.contactId));
  });

  it('keeps ties in order when many contacts have the same silence', () => {
    const list = people(300, 11, () => 10);
    const all = everyRowSorted(list);
    expect(coldestRows(list, { limit: 25, floorOf, rowOf }).rows.map((row) => row.contactId)).toEqual(all.slice(0, 25).map((row) => row.contactId));
  });

  it('counts the months only of contacts that can be among the coldest', () => {
    let day = 0;
    const list = people(1000, 3, () => (day += 3));
    let counted = 0;
    const { rows } = coldestRows(list, { limit: 20, floorOf, rowOf: (person) => (counted += 1, rowOf(person)) });
    expect(rows).toHaveLength(20);
    expect(counted).toBeLessThan(200);
  });

  it('lists nobody without a rhythm and says so in the total', () => {
    const list = people(50, 5, () => 100).map(({ cadence: _, ...person }) => person);
    expect(coldestRows(list, { limit: 10, floorOf, rowOf })).toEqual({ rows: [], total: 0 });
  });
});
