import { describe, expect, it, vi } from 'vitest';
import { memoryPouch } from './memory-pouch.test-support';
import { batchRevsDiff, type RevsDiffDatabase, type RevsDiffRequest } from './revs-diff';

/** The PouchDB calls these tests make besides revsDiff and allDocs. */
interface TestPouch extends RevsDiffDatabase {
  /** Replication calls it with `{ docs, new_edits: false }`. */
  bulkDocs(docs: object[] | { docs: object[] }, options?: { new_edits: false }): Promise<Array<{ ok?: boolean; rev?: string }>>;
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok?: { _rev: string } }>>;
  replicate: { to(target: TestPouch): Promise<unknown> };
}

const pouch = async () => (await memoryPouch()) as unknown as TestPouch;

/**
 * A database holding a document with history, a deleted one and one with two conflicting leaves (written as
 * replication writes them, with `new_edits: false`).
 */
async function heldDocuments(): Promise<TestPouch> {
  const db = await pouch();
  await db.bulkDocs(
    [
      { _id: 'contact:history', _rev: '2-b', _revisions: { start: 2, ids: ['b', 'a'] }, n: 2 },
      { _id: 'contact:deleted', _rev: '2-d', _revisions: { start: 2, ids: ['d', 'c'] }, _deleted: true },
      { _id: 'contact:conflict', _rev: '1-e', n: 1 },
      { _id: 'contact:conflict', _rev: '1-f', n: 1 },
    ],
    { new_edits: false },
  );
  return db;
}

const request: RevsDiffRequest = {
  'contact:history': ['1-a', '2-b', '3-new'],
  'contact:deleted': ['2-d', '3-revived'],
  'contact:conflict': ['1-e', '1-f', '2-g'],
  'contact:absent': ['1-x', '2-y'],
  'contact:also-absent': ['1-z'],
};

describe('revsDiff batched for documents the replica does not hold', () => {
  it('answers exactly as PouchDB does, for held, deleted, conflicted and absent documents', async () => {
    const plain = await heldDocuments();
    const batched = await heldDocuments();
    batchRevsDiff(batched);
    const expected = await plain.revsDiff(request);
    expect(expected['contact:absent']).toEqual({ missing: ['1-x', '2-y'] });
    expect(await batched.revsDiff(request)).toEqual(expected);
  });

  it("asks PouchDB's own revsDiff only about documents the replica holds", async () => {
    const db = await heldDocuments();
    const own = vi.spyOn(db, 'revsDiff');
    batchRevsDiff(db);
    await db.revsDiff(request);
    expect(own).toHaveBeenCalledTimes(1);
    expect(Object.keys(own.mock.calls[0]?.[0] ?? {}).sort()).toEqual(['contact:conflict', 'contact:deleted', 'contact:history']);
  });

  it('does not ask at all when nothing asked about is held (a first pull)', async () => {
    const db = await pouch();
    const own = vi.spyOn(db, 'revsDiff');
    batchRevsDiff(db);
    expect(await db.revsDiff({ 'contact:a': ['1-a'], 'contact:b': ['3-c'] })).toEqual({ 'contact:a': { missing: ['1-a'] }, 'contact:b': { missing: ['3-c'] } });
    expect(await db.revsDiff({})).toEqual({});
    expect(own).not.toHaveBeenCalled();
  });

  it('lets replication bring every leaf, then only what is new', async () => {
    const source = await heldDocuments();
    const target = await pouch();
    batchRevsDiff(target);
    await source.replicate.to(target);
    const leaves = async (db: TestPouch, id: string) => (await db.get(id, { open_revs: 'all' })).map((leaf) => leaf.ok?._rev).sort();
    expect(await leaves(target, 'contact:conflict')).toEqual(['1-e', '1-f']);
    expect(await leaves(target, 'contact:history')).toEqual(['2-b']);
    await source.bulkDocs([{ _id: 'contact:history', _rev: '3-h', _revisions: { start: 3, ids: ['h', 'b', 'a'] }, n: 3 }], { new_edits: false });
    const written = vi.spyOn(target, 'bulkDocs');
    await source.replicate.to(target);
    const revs = written.mock.calls.flatMap(([docs]) => (Array.isArray(docs) ? docs : docs.docs).map((doc) => (doc as { _rev?: string })._rev));
    expect(revs).toEqual(['3-h']);
    expect(await leaves(target, 'contact:history')).toEqual(['3-h']);
  });
});
