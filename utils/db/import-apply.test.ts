import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../transfer/import-plan';
import { parseImportFile } from '../transfer/import-file';
import { readFileSync } from 'node:fs';
import { addContact } from './contacts-repo';
import { countDue } from './due-counts';
import { applyImport, ImportConflictError } from './import-apply';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';
import { deleteContact } from './delete-contact';

const NOW = Date.UTC(2026, 10, 27, 12);
const defaults = { language: 'de', formality: 'sie' } as const;
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

function peopleOf(name: string) {
  const result = parseImportFile(name, fixture(name));
  if (!result.ok || !('people' in result)) throw new Error(`fixture ${name} did not parse`);
  return result.people;
}

describe('applyImport', () => {
  it('creates the planned contacts without a cadence, so an imported network adds nothing to the badge', async () => {
    const plan = planImport(peopleOf('linkedin-connections-2025.csv'), []);
    const result = await applyImport(db, plan, NOW);
    expect(result).toEqual({ created: plan.create.length, merged: 0 });
    const stored = await db.getAll('contacts');
    expect(stored).toHaveLength(plan.create.length);
    expect(stored.every((contact) => contact.cadence === undefined && contact.nextFollowUp === undefined)).toBe(true);
    expect(stored.find((contact) => contact.linkedinSlug === 'anna-mueller-4b2a1c')?.displayName).toBe('Anna Müller');
    expect(await countDue(db, '2030-01-01')).toEqual({ followUpsOverdue: 0, followUpsDueToday: 0, agreementsOverdue: 0 });
  });

  it('marks every imported contact as waiting to be synced, with stamps for what it holds', async () => {
    const plan = planImport(peopleOf('linkedin-connections-2025.csv'), []);
    await applyImport(db, plan, NOW);
    const metas = new Map((await db.getAll('syncMeta')).map((entry) => [entry.id, entry]));
    for (const contact of await db.getAll('contacts')) {
      const meta = metas.get(`contact:${contact.id}`);
      expect(meta && 'pending' in meta && meta.pending, contact.displayName).toBeGreaterThan(0);
      expect(meta && 'records' in meta && Object.keys(meta.records)).toEqual([`contact:${contact.id}`]);
    }
  });

  it('gives the cadence picked in the preview, scheduled from the import day', async () => {
    const plan = planImport(peopleOf('linkedin-connections-2018.csv'), [], { cadence: { unit: 'months', count: 3 } });
    await applyImport(db, plan, NOW);
    const stored = await db.getAll('contacts');
    expect(stored.map((contact) => contact.nextFollowUp)).toEqual(stored.map(() => '2027-02-27'));
  });

  it('merges a second import into the same contacts instead of doubling them (case and Unicode ignored)', async () => {
    const anna = await addContact(db, { displayName: 'Anna M.', emails: ['ANNA@Example.org'], linkedinSlug: 'Anna-Mueller-4b2a1c' }, defaults, NOW);
    const first = planImport(peopleOf('linkedin-connections-2025.csv'), await db.getAll('contacts'));
    await applyImport(db, first, NOW);
    const count = await db.count('contacts');
    const again = planImport(peopleOf('linkedin-connections-2025.csv'), await db.getAll('contacts'));
    expect(again.create).toEqual([]);
    await applyImport(db, again, NOW);
    expect(await db.count('contacts')).toBe(count);
    const merged = await db.get('contacts', anna.id);
    expect(merged?.displayName).toBe('Anna M.');
    expect(merged?.company).toBe('Müller & Partner, Steuerberatung');
  });

  it('writes nothing when an identity was taken after the preview', async () => {
    const plan = planImport(peopleOf('linkedin-connections-2018.csv'), []);
    await addContact(db, { displayName: 'Maria', emails: ['maria.schneider@example.com'] }, defaults, NOW);
    await expect(applyImport(db, plan, NOW)).rejects.toBeInstanceOf(ImportConflictError);
    expect(await db.count('contacts')).toBe(1);
  });

  it('writes nothing when a merge target was deleted after the preview', async () => {
    const contact = await addContact(db, { displayName: 'Maria', emails: ['maria.schneider@example.com'] }, defaults, NOW);
    const plan = planImport(peopleOf('linkedin-connections-2018.csv'), await db.getAll('contacts'));
    expect(plan.merge).toHaveLength(1);
    await deleteContact(db, contact.id);
    await expect(applyImport(db, plan, NOW)).rejects.toBeInstanceOf(ImportConflictError);
    expect(await db.count('contacts')).toBe(0);
  });

  it('refuses a plan that gives one identity to two new contacts', async () => {
    const draft = { displayName: 'Twin', emails: ['twin@example.org'] };
    await expect(applyImport(db, { create: [draft, { ...draft, emails: ['TWIN@example.org'] }], merge: [] }, NOW)).rejects.toBeInstanceOf(
      ImportConflictError,
    );
    expect(await db.count('contacts')).toBe(0);
  });

  it('never overwrites a field the contact already has', async () => {
    const contact = await addContact(db, { displayName: 'Maria', emails: ['maria.schneider@example.com'], company: 'Own GmbH' }, defaults, NOW);
    await applyImport(db, { create: [], merge: [{ contactId: contact.id, adds: { emails: ['m@example.org'], company: 'Other', role: 'Chefin' } }] }, NOW);
    const stored = await db.get('contacts', contact.id);
    expect(stored).toMatchObject({ company: 'Own GmbH', role: 'Chefin', emails: ['maria.schneider@example.com', 'm@example.org'] });
  });

  it('appends imported notes as their own paragraph, and never twice', async () => {
    const contact = await addContact(db, { displayName: 'Maria', emails: ['maria@example.com'], notes: 'Met at the fair.' }, defaults, NOW);
    const merge = { contactId: contact.id, adds: { emails: [], notes: 'Prefers calls on Tuesdays.' } };
    await applyImport(db, { create: [], merge: [merge] }, NOW);
    await applyImport(db, { create: [], merge: [merge] }, NOW);
    expect((await db.get('contacts', contact.id))?.notes).toBe('Met at the fair.\n\nPrefers calls on Tuesdays.');
  });
});
