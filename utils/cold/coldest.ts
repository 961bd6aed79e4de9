import { colderFirst, DROP_WEIGHT, type Coldness } from './score';

export interface ColdestInput<C, R> {
  /** Only the coldest `limit` rows (all when unset). */
  limit?: number;
  /** A contact's `rhythmsPast` (its silence alone, cheap), or undefined when it is not listed at all. */
  floorOf: (contact: C) => number | undefined;
  /** The contact's row, its full coldness counted (the costly part: its months). */
  rowOf: (contact: C) => R | undefined;
}

/**
 * The `limit` coldest rows, coldest first, and how many contacts are listed in all, scoring only the contacts
 * that can be among them. A score is the silence's rhythms past due plus at most `DROP_WEIGHT` for a fall in
 * contact: a contact whose floor plus `DROP_WEIGHT` is below the `limit`-th highest floor is less cold than
 * `limit` others whatever its months say, so its months are never counted.
 */
export function coldestRows<C, R extends { coldness: Coldness; displayName: string; contactId: string }>(
  contacts: readonly C[],
  { limit, floorOf, rowOf }: ColdestInput<C, R>,
): { rows: R[]; total: number } {
  const listed: C[] = [];
  const floors: number[] = [];
  for (const contact of contacts) {
    const floor = floorOf(contact);
    if (floor === undefined) continue;
    listed.push(contact);
    floors.push(floor);
  }
  const threshold = limit === undefined || limit >= listed.length ? -Infinity : kthHighest(floors, Math.max(1, limit));
  const rows: R[] = [];
  listed.forEach((contact, index) => {
    if ((floors[index] ?? 0) + DROP_WEIGHT < threshold) return;
    const row = rowOf(contact);
    if (row) rows.push(row);
  });
  rows.sort(colderFirst);
  return { rows: limit === undefined ? rows : rows.slice(0, limit), total: listed.length };
}

function kthHighest(values: readonly number[], k: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length - k] ?? -Infinity;
}
