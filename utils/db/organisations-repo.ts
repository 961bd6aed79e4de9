import type { Organisation } from '../domain/model';
import { organisationKey } from '../domain/organisation';
import { abandon } from './abandon';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';

export interface OrganisationRow {
  organisation: Organisation;
  people: number;
  openAgreements: number;
}

/** Every organisation with how many people and open agreements it has, from one read-only transaction. */
export async function readOrganisationRows(db: RapportDatabase): Promise<OrganisationRow[]> {
  const tx = db.transaction(['organisations', 'contacts', 'agreements']);
  const [organisations, contacts, agreements] = await Promise.all([
    tx.objectStore('organisations').getAll(),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('agreements').getAll(),
  ]);
  const people = new Map<string, number>();
  for (const contact of contacts) if (contact.organisationId) people.set(contact.organisationId, (people.get(contact.organisationId) ?? 0) + 1);
  const open = new Map<string, number>();
  for (const agreement of agreements) {
    if (agreement.organisationId && agreement.status === 'open') open.set(agreement.organisationId, (open.get(agreement.organisationId) ?? 0) + 1);
  }
  return organisations.map((organisation) => ({
    organisation,
    people: people.get(organisation.id) ?? 0,
    openAgreements: open.get(organisation.id) ?? 0,
  }));
}

export { ORGANISATION_HISTORY, readOrganisationPage, type MergeSuggestion, type OrganisationPage } from './organisation-page';

/**
 * Folds `mergeId` into `keepId` in ONE transaction: its people and agreements move, its names and domains
 * are kept (a company field naming either finds the kept one), its notes are appended, and it is deleted.
 */
export async function mergeOrganisations(db: RapportDatabase, keepId: string, mergeId: string, now = Date.now()): Promise<Organisation> {
  if (keepId === mergeId) throw new Error('An organisation cannot be merged with itself.');
  const tx = db.transaction(withSyncMeta(['organisations', 'contacts', 'agreements']), 'readwrite');
  try {
    const organisations = tx.objectStore('organisations');
    const [keep, other, people, agreements] = await Promise.all([
      organisations.get(keepId),
      organisations.get(mergeId),
      tx.objectStore('contacts').index('byOrganisation').getAll(mergeId),
      tx.objectStore('agreements').index('byOrganisation').getAll(mergeId),
    ]);
    if (!keep || !other) throw new Error('One of the two organisations no longer exists.');
    const notes = [keep.notes?.trim(), other.notes?.trim()].filter(Boolean).join('\n\n');
    const merged: Organisation = {
      ...keep,
      nameKeys: [...new Set([...keep.nameKeys, ...other.nameKeys])],
      domains: [...new Set([...keep.domains, ...other.domains])],
      ...(notes ? { notes } : {}),
      createdAt: Math.min(keep.createdAt, other.createdAt),
      updatedAt: now,
    };
    await Promise.all([
      organisations.delete(mergeId),
      ...people.map((person) => putSynced(tx, 'contacts', { ...person, organisationId: keepId, updatedAt: now }, { previous: person, now })),
      ...agreements.map((agreement) =>
        putSynced(tx, 'agreements', { ...agreement, organisationId: keepId, updatedAt: now }, { previous: agreement, now }),
      ),
    ]);
    await organisations.put(merged);
    await tx.done;
    return merged;
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

export class OrganisationNameTakenError extends Error {
  constructor(readonly organisationId: string) {
    super('Another organisation has this name; merge the two instead.');
  }
}

/** Renames an organisation (the old name still finds it) or changes its notes. */
export async function updateOrganisation(
  db: RapportDatabase,
  id: string,
  patch: { name?: string; notes?: string },
  now = Date.now(),
): Promise<Organisation> {
  const tx = db.transaction('organisations', 'readwrite');
  try {
    const current = await tx.store.get(id);
    if (!current) throw new Error(`No organisation ${id}.`);
    const next: Organisation = { ...current, updatedAt: now };
    const name = patch.name?.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (name) {
      const key = organisationKey(name);
      const holder = await tx.store.index('byNameKey').get(key);
      if (holder && holder.id !== id) throw new OrganisationNameTakenError(holder.id);
      next.name = name;
      next.nameKeys = [...new Set([key, ...current.nameKeys])];
    }
    if (patch.notes !== undefined) {
      if (patch.notes.trim()) next.notes = patch.notes;
      else delete next.notes;
    }
    await tx.store.put(next);
    await tx.done;
    return next;
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/** An organisation's record, for a link to it. */
export async function readOrganisation(db: RapportDatabase, organisationId: string): Promise<Organisation | undefined> {
  return organisationId ? db.get('organisations', organisationId) : undefined;
}
