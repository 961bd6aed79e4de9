import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../sync/bundle';
import type { FieldValues, SyncedRecord } from '../sync/record-merge';
import { applyBundles, type BundleApply } from './sync-apply';
import { buildShards, fromStoredContactTimes } from '../cold/contact-times';
import { buildColdContactsShards, coldContactsIn } from '../cold/cold-contacts';
import { contactTimesOf } from './contact-times';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { withFollowUp } from './follow-up-sync';
import type { RapportDatabase } from './open';
import { isBundleMeta } from './sync-meta';
import { freshDatabase } from './test-db';

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

const record = (value: FieldValues | undefined, at = 1000): SyncedRecord => ({
  value,
  meta: value ? { stamp: [at, 'other', 'ben'] } : { stamp: [at, 'other', 'ben'], deleted: [at, 'other', 'ben'] },
});
const contactValue = (name: string, email: string): FieldValues => ({ displayName: name, emails: [email], language: 'de', formality: 'sie', createdAt: 500 });
const call = (contactId: string, at: number, sourceKey?: string): FieldValues => ({
  contactId,
  at,
  channel: 'email',
  direction: 'inbound',
  createdAt: at,
  ...(sourceKey ? { sourceKey } : {}),
});
const arrive = (key: string, bundle: Bundle | null): BundleApply => ({ key, bundle, rev: '1-a', expectedPending: undefined });

describe('applying arrived bundles in one batch', () => {
  it('writes contacts with their interactions and agreements and derives last contact and follow-up from them', async () => {
    const items = ['a', 'b', 'c'].map((id, index) =>
      arrive(`contact:${id}`, {
        records: {
          [`contact:${id}`]: record({ ...contactValue(`Person ${id}`, `${id}@example.com`), cadence: { unit: 'months', count: 1 } }),
          [`interaction:${id}-1`]: record(call(id, 2000 + index)),
          [`interaction:${id}-2`]: record(call(id, 1000 + index, `gmail:${id}`)),
          [`agreement:${id}-1`]: record({ contactId: id, kind: 'invoice', text: 'Invoice', status: 'open', createdAt: 900 }, 3000),
        },
      }),
    );
    const outcome = await applyBundles(db, items);
    expect(outcome.applied).toEqual(['contact:a', 'contact:b', 'contact:c']);
    expect(outcome.contactIds).toEqual(['a', 'b', 'c']);
    const b = await db.get('contacts', 'b');
    expect(b?.lastContactAt).toBe(2001);
    expect(b?.nextFollowUp).toBeDefined();
    expect(await db.count('interactions')).toBe(6);
    expect((await db.get('agreements', 'c-1'))?.updatedAt).toBe(3000);
    const meta = await db.get('syncMeta', 'contact:a');
    expect(isBundleMeta(meta) && meta.rev).toBe('1-a');
  });

  it('sees what earlier bundles of the same batch wrote: a source key taken, freed by a tombstone, a deleted bundle', async () => {
    await applyBundles(db, [
      arrive('contact:x', { records: { 'contact:x': record(contactValue('X', 'x@example.com')), 'interaction:x-1': record(call('x', 100, 'gmail:one')) } }),
      arrive('contact:gone', { records: { 'contact:gone': record(contactValue('Gone', 'gone@example.com')), 'interaction:g-1': record(call('gone', 100, 'gmail:two')) } }),
    ]);
    const outcome = await applyBundles(db, [
      // x's interaction goes away: its source key is free for y's, later in the batch.
      arrive('contact:x', { records: { 'contact:x': record(contactValue('X', 'x@example.com')), 'interaction:x-1': record(undefined, 2000) } }),
      arrive('contact:y', { records: { 'contact:y': record(contactValue('Y', 'y@example.com')), 'interaction:y-1': record(call('y', 200, 'gmail:one')) } }),
      // The bundle deleted: its interaction's source key is free for z's.
      arrive('contact:gone', null),
      arrive('contact:z', {
        records: {
          'contact:z': record(contactValue('Z', 'z@example.com')),
          'interaction:z-1': record(call('z', 300, 'gmail:two')),
          // Taken by y's, earlier in this batch: the same email is kept once.
          'interaction:z-2': record(call('z', 400, 'gmail:one')),
        },
      }),
    ]);
    expect(outcome.applied).toHaveLength(4);
    expect((await db.getAll('interactions')).map((interaction) => interaction.id).sort()).toEqual(['y-1', 'z-1']);
    expect(await db.get('contacts', 'gone')).toBeUndefined();
    expect((await db.get('contacts', 'x'))?.lastContactAt).toBeUndefined();
    expect((await db.get('contacts', 'z'))?.lastContactAt).toBe(300);
  });

  it('moves an interaction that arrives with another contact, and a tombstone does not remove one attached elsewhere since', async () => {
    await applyBundles(db, [
      arrive('contact:x', { records: { 'contact:x': record(contactValue('X', 'x@example.com')), 'interaction:m-1': record(call('x', 100)) } }),
      arrive('contact:y', { records: { 'contact:y': record(contactValue('Y', 'y@example.com')) } }),
    ]);
    // Merged into y on another device: y's bundle brings the interaction, x's its tombstone (in either order).
    await applyBundles(db, [
      arrive('contact:y', { records: { 'contact:y': record(contactValue('Y', 'y@example.com')), 'interaction:m-1': record(call('y', 100), 2000) } }),
    ]);
    await applyBundles(db, [
      arrive('contact:x', { records: { 'contact:x': record(contactValue('X', 'x@example.com')), 'interaction:m-1': record(undefined, 2000) } }),
    ]);
    expect((await db.get('interactions', 'm-1'))?.contactId).toBe('y');
    expect((await db.get('contacts', 'y'))?.lastContactAt).toBe(100);
    expect((await db.get('contacts', 'x'))?.lastContactAt).toBeUndefined();
  });

  it('applies a key twice in one batch in order, and skips a bundle written here since it was read', async () => {
    const first = arrive('contact:a', { records: { 'contact:a': record(contactValue('First', 'a@example.com')) } });
    const second = { ...arrive('contact:a', { records: { 'contact:a': record(contactValue('Second', 'a@example.com'), 2000) } }), rev: '2-b' };
    const stale = { ...arrive('contact:b', { records: { 'contact:b': record(contactValue('B', 'b@example.com')) } }), expectedPending: 42 };
    const outcome = await applyBundles(db, [first, second, stale]);
    expect(outcome.skipped).toEqual(['contact:b']);
    expect((await db.get('contacts', 'a'))?.displayName).toBe('Second');
    const meta = await db.get('syncMeta', 'contact:a');
    expect(isBundleMeta(meta) && meta.rev).toBe('2-b');
  });
});

describe('the going-cold contact times of arrived bundles', () => {
  it('holds the times of every interaction that arrived with a contact, and none once the contact is gone', async () => {
    const now = Date.now();
    const days = (count: number) => now - count * 86_400_000;
    await applyBundles(db, [
      arrive('contact:t', {
        records: {
          'contact:t': record(contactValue('Tanja', 't@example.com')),
          'interaction:t-1': record(call('t', days(40))),
          'interaction:t-2': record(call('t', days(3))),
          'interaction:t-3': record(undefined),
        },
      }),
    ]);
    expect(await contactTimesOf(db.transaction('contactTimes').store, 't')).toEqual([days(40), days(3)]);

    await applyBundles(db, [arrive('contact:t', null)]);
    expect(await contactTimesOf(db.transaction('contactTimes').store, 't')).toEqual([]);
  });

  it('after batches as large as a first pull takes, hold exactly what the stored interactions and contacts give', async () => {
    const now = Date.now();
    const bundle = (index: number, shift = 0): BundleApply =>
      arrive(`contact:p-${index}`, {
        records: {
          [`contact:p-${index}`]: record({ ...contactValue(`Person ${index}`, `p${index}@example.com`), cadence: { unit: 'months', count: 3 } }),
          ...Object.fromEntries(
            [1, 2, 3].map((n) => [`interaction:p-${index}-${n}`, record(call(`p-${index}`, now - ((index % 200) * 3 + n + shift) * 86_400_000))]),
          ),
        },
      });
    // Nearly every shard is touched by each batch; the second batch changes some contacts' times and deletes others.
    await applyBundles(db, Array.from({ length: 300 }, (_, index) => bundle(index)));
    await applyBundles(db, [
      ...Array.from({ length: 100 }, (_, index) => bundle(index, 5)),
      ...Array.from({ length: 50 }, (_, index) => arrive(`contact:p-${250 + index}`, null)),
    ]);
    const storedTimes = (await db.getAll('contactTimes')).map(fromStoredContactTimes).flatMap((shard) => [...shard.times]);
    const expectedTimes = buildShards(await db.getAll('interactions'), now).flatMap((shard) => [...shard.times]);
    expect(new Map(storedTimes)).toEqual(new Map(expectedTimes));
    expect(storedTimes).toHaveLength(250);
    const cold = (await db.getAll('coldContacts')).flatMap((shard) => coldContactsIn(shard));
    const expectedCold = buildColdContactsShards(await db.getAll('contacts')).flatMap((shard) => coldContactsIn(shard));
    expect(new Map(cold.map((contact) => [contact.id, contact]))).toEqual(new Map(expectedCold.map((contact) => [contact.id, contact])));
    expect(cold).toHaveLength(250);
  }, 30_000);
});

describe('last contact and follow-up of arrived contacts, derived from what the batch wrote', () => {
  const CONTACTS = ['c0', 'c1', 'c2', 'c3'];
  const bundleArb = fc.record({
    contact: fc.constantFrom(...CONTACTS),
    deleted: fc.nat(4).map((roll) => roll === 0),
    interactions: fc.array(
      fc.record({ id: fc.nat(9), at: fc.constantFrom(100, 200, 300), source: fc.option(fc.nat(3), { nil: undefined }), tombstone: fc.boolean() }),
      { maxLength: 5 },
    ),
    agreements: fc.array(fc.record({ id: fc.nat(5), open: fc.boolean(), tombstone: fc.boolean() }), { maxLength: 3 }),
  });
  /** One round per batch: each contact and each record at most once (rounds are tested above). */
  const batchArb = fc.uniqueArray(bundleArb, { minLength: 1, maxLength: 4, selector: (arrival) => arrival.contact }).map((batch) => {
    const seen = new Set<string>();
    const once = <T extends { id: number }>(kind: string, list: T[]) =>
      list.filter((each) => !seen.has(`${kind}${each.id}`) && Boolean(seen.add(`${kind}${each.id}`)));
    return batch.map((arrival) => ({ ...arrival, interactions: once('i', arrival.interactions), agreements: once('a', arrival.agreements) }));
  });
  type Arrival = typeof bundleArb extends fc.Arbitrary<infer T> ? T : never;
  const toApply = (arrival: Arrival, stampAt: number): BundleApply => {
    const id = arrival.contact;
    if (arrival.deleted) return arrive(`contact:${id}`, null);
    const records: Record<string, SyncedRecord> = {
      [`contact:${id}`]: record({ ...contactValue(id, `${id}@example.com`), cadence: { unit: 'months', count: 1 }, betweenProjectsCadence: { unit: 'months', count: 6 } }),
    };
    for (const each of arrival.interactions) {
      records[`interaction:i${each.id}`] = record(
        each.tombstone ? undefined : call(id, each.at, each.source === undefined ? undefined : `gmail:${each.source}`),
        stampAt,
      );
    }
    for (const each of arrival.agreements) {
      records[`agreement:a${each.id}`] = record(
        each.tombstone ? undefined : { contactId: id, kind: 'invoice', text: 'Invoice', status: each.open ? 'open' : 'done', createdAt: 900 },
        stampAt,
      );
    }
    return arrive(`contact:${id}`, { records });
  };

  /** What reading the stores back gives, as the apply did before deriving it. */
  async function readBack(contactId: string) {
    const tx = db.transaction(['interactions', 'agreements']);
    const [cursor, agreements] = await Promise.all([
      tx.objectStore('interactions').index('byContactAt').openCursor(IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]), 'prev'),
      tx.objectStore('agreements').index('byContact').getAll(contactId),
    ]);
    return { last: cursor?.value, hasOpenAgreements: agreements.some((agreement) => agreement.status === 'open') };
  }

  it('equal what the stores hold once written, whatever moved, was refused or removed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batchArb, { minLength: 1, maxLength: 3 }), async (batches) => {
        db = await freshDatabase();
        for (const [index, batch] of batches.entries()) {
          await applyBundles(db, batch.map((arrival) => toApply(arrival, 1000 + index)));
          // Contacts not in a batch are not recomputed (their own bundle brings what moved away from them).
          for (const arrival of batch) {
            const contact = await db.get('contacts', arrival.contact);
            if (!contact) continue;
            const { last, hasOpenAgreements } = await readBack(contact.id);
            expect([contact.id, contact.lastContactAt, contact.lastContactChannel]).toEqual([contact.id, last?.at, last?.channel]);
            expect(withFollowUp(contact, { hasOpenAgreements, settings: DEFAULT_SETTINGS }).nextFollowUp).toBe(contact.nextFollowUp);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps an interaction that moved to a contact arriving with the removal of its old contact (fast-check seed -1623329426)', async () => {
    const moving = { id: 9, at: 100 as const, source: undefined, tombstone: false };
    await applyBundles(db, [toApply({ contact: 'c3', deleted: false, interactions: [moving], agreements: [] }, 1000)]);
    await applyBundles(db, [
      toApply({ contact: 'c0', deleted: false, interactions: [moving], agreements: [] }, 1001),
      toApply({ contact: 'c3', deleted: true, interactions: [], agreements: [] }, 1001),
    ]);
    expect((await db.get('interactions', 'i9'))?.contactId).toBe('c0');
    expect((await db.get('contacts', 'c0'))?.lastContactAt).toBe(100);
    expect(await db.get('contacts', 'c3')).toBeUndefined();
  });

  it('takes an agreement that is here under another contact as it is here, also when the store’s keys are read (a large batch)', async () => {
    await applyBundles(db, [
      arrive('contact:x', {
        records: {
          'contact:x': record({ ...contactValue('X', 'x@example.com'), company: 'Atelier Here' }),
          'agreement:moved': record({ contactId: 'x', kind: 'invoice', text: 'T', status: 'open', createdAt: 900 }),
        },
      }),
    ]);
    const here = (await db.get('agreements', 'moved'))?.organisationId;
    expect(here).toBeDefined();
    const many = Array.from({ length: 120 }, (_, index) =>
      arrive(`contact:m${index}`, {
        records: {
          [`contact:m${index}`]: record(contactValue(`M${index}`, `m${index}@example.com`)),
          [`agreement:m${index}`]: record({ contactId: `m${index}`, kind: 'invoice', text: 'T', status: 'done', createdAt: 900 }),
        },
      }),
    );
    await applyBundles(db, [
      ...many,
      arrive('contact:y', {
        records: { 'contact:y': record({ ...contactValue('Y', 'y@example.com'), company: 'Studio Elsewhere' }), 'agreement:moved': record({ contactId: 'y', kind: 'invoice', text: 'T', status: 'open', createdAt: 900 }, 2000) },
      }),
    ]);
    const moved = await db.get('agreements', 'moved');
    expect([moved?.contactId, moved?.organisationId]).toEqual(['y', here]);
    expect((await readBack('y')).hasOpenAgreements).toBe(true);
    expect((await readBack('x')).hasOpenAgreements).toBe(false);
  });
});
