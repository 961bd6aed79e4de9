import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement } from './agreements-repo';
import { addContact, updateContact } from './contacts-repo';
import { deleteContact } from './delete-contact';
import { logInteractions } from './interactions-repo';
import { mergeContacts } from './merge-contacts';
import type { RapportDatabase } from './open';
import { isBundleMeta, type BundleMeta } from './sync-meta';
import { freshDatabase } from './test-db';

const defaults = { language: 'de', formality: 'sie' } as const;
let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function metaOf(bundleKey: string): Promise<BundleMeta> {
  const meta = await db.get('syncMeta', bundleKey);
  if (!isBundleMeta(meta)) throw new Error(`no meta for ${bundleKey}`);
  return meta;
}

describe('sync marks', () => {
  it('a new contact, its interaction and agreement share one pending bundle with a stamp per record', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'] }, defaults, 1000);
    const [call] = await logInteractions(db, [{ contactId: anna.id, at: 900, channel: 'call', direction: 'outbound' }], 2000);
    const agreement = await addAgreement(db, { contactId: anna.id, kind: 'invoice', text: 'Invoice 12' }, 3000);
    const meta = await metaOf(`contact:${anna.id}`);
    expect(Object.keys(meta.records).sort()).toEqual([`agreement:${agreement.id}`, `contact:${anna.id}`, `interaction:${call?.id}`].sort());
    expect(meta.records[`interaction:${call?.id}`]?.stamp[0]).toBe(2000);
    expect(meta.pending).toBeGreaterThanOrEqual(3000 * 1000);
  });

  it('an edit stamps only the fields it changed, and a derived field alone changes nothing that syncs', async () => {
    const anna = await addContact(db, { displayName: 'Anna', company: 'Acme' }, defaults, 1000);
    await updateContact(db, anna.id, { company: 'Acme GmbH' }, 5000);
    const meta = await metaOf(`contact:${anna.id}`);
    expect(meta.records[`contact:${anna.id}`]?.fields).toEqual({ company: [5000, expect.any(String), ''] });
    const pending = meta.pending;
    await logInteractions(db, [{ contactId: anna.id, at: 4000, channel: 'call', direction: 'outbound' }], 6000);
    expect((await metaOf(`contact:${anna.id}`)).records[`contact:${anna.id}`]?.fields).toEqual({ company: [5000, expect.any(String), ''] });
    expect((await metaOf(`contact:${anna.id}`)).pending).not.toBe(pending);
  });

  it('deleting a contact marks its whole bundle deleted; a merge moves the records and deletes the merged bundle', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'] }, defaults, 1000);
    const copy = await addContact(db, { displayName: 'Anna M.', emails: ['anna.m@example.com'] }, defaults, 1000);
    const [call] = await logInteractions(db, [{ contactId: copy.id, at: 900, channel: 'call', direction: 'outbound' }], 2000);
    await mergeContacts(db, anna.id, copy.id);
    expect((await metaOf(`contact:${copy.id}`)).deleted).toBe(true);
    expect((await metaOf(`contact:${anna.id}`)).records[`interaction:${call?.id}`]).toBeDefined();
    await deleteContact(db, anna.id);
    expect(await metaOf(`contact:${anna.id}`)).toMatchObject({ deleted: true, records: {} });
  });
});
