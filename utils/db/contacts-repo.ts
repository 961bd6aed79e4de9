import type { Agreement, Cadence, Contact, Formality, Language, Organisation, Salutation } from '../domain/model';
import { linkedinSlugFrom, normaliseEmail } from '../domain/identity';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { uniqueKinds, uniqueTags } from '../domain/tags';
import { knownTagSpellings } from './tags-query';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import type { RapportDatabase } from './open';
import { organisationPlacer } from '../domain/organisation-placer';
import { putSynced, withSyncMeta, type SyncWriteTransaction } from './sync-marks';

export interface NewContactInput {
  displayName: string;
  emails?: string[];
  linkedinSlug?: string;
  company?: string;
  role?: string;
  headline?: string;
  location?: string;
  language?: Language;
  formality?: Formality;
  salutation?: Salutation;
  notes?: string;
  cadence?: Cadence;
}

export type ContactPatch = Partial<
  Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'lastContactAt' | 'lastContactChannel' | 'nextFollowUp' | 'dateRemindFrom' | 'dateOccursOn'>
>;

export class DuplicateIdentityError extends Error {
  constructor(readonly contactId: string) {
    super('A contact with this email address or LinkedIn profile already exists.');
  }
}

export function uniqueEmails(emails: readonly string[] = []): string[] {
  return [...new Set(emails.map(normaliseEmail).filter(Boolean))];
}

export async function addContact(
  db: RapportDatabase,
  input: NewContactInput,
  defaults: { language: Language; formality: Formality },
  now = Date.now(),
): Promise<Contact> {
  const tx = db.transaction(withSyncMeta(['contacts', 'settings', 'organisations']), 'readwrite');
  const settings = { ...DEFAULT_SETTINGS, ...(await tx.objectStore('settings').get('app')) };
  const unplaced: Contact = withFollowUp({
    id: crypto.randomUUID(),
    displayName: input.displayName,
    emails: uniqueEmails(input.emails),
    linkedinSlug: input.linkedinSlug ? linkedinSlugFrom(input.linkedinSlug) : undefined,
    company: input.company || undefined,
    role: input.role || undefined,
    headline: input.headline || undefined,
    location: input.location || undefined,
    language: input.language ?? defaults.language,
    formality: input.formality ?? defaults.formality,
    salutation: input.salutation,
    notes: input.notes || undefined,
    cadence: input.cadence,
    createdAt: now,
    updatedAt: now,
  }, { hasOpenAgreements: false, settings });
  dropUndefined(unplaced);
  const contacts = tx.objectStore('contacts');
  const existing = await findByIdentityIn(contacts, unplaced);
  if (existing) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DuplicateIdentityError(existing.id);
  }
  const contact = await placedIn(tx.objectStore('organisations'), unplaced, now);
  await putSynced(tx, 'contacts', contact, { previous: null, add: true, now });
  await tx.done;
  return contact;
}

export async function updateContact(db: RapportDatabase, id: string, patch: ContactPatch, now = Date.now()): Promise<Contact> {
  const tx = db.transaction(withSyncMeta(['contacts', 'agreements', 'settings', 'organisations']), 'readwrite');
  const contacts = tx.objectStore('contacts');
  const current = await contacts.get(id);
  if (!current) throw new Error(`No contact ${id}.`);
  const facts = await readScheduleFacts(
    { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
    id,
  );
  const labels = patch.tags ? { tags: uniqueTags(patch.tags, await knownTagSpellings(tx.objectStore('contacts').index('byTag'))) } : {};
  const kinds = patch.kinds ? { kinds: uniqueKinds(patch.kinds) } : {};
  const next: Contact = withFollowUp({ ...current, ...patch, ...labels, ...kinds, id, updatedAt: now }, facts);
  if (patch.emails) next.emails = uniqueEmails(patch.emails);
  if (next.tags?.length === 0) delete next.tags;
  if (next.kinds?.length === 0) delete next.kinds;
  if (next.importantDates?.length === 0) delete next.importantDates;
  dropUndefined(next);
  const placed = patch.company !== undefined && patch.company !== current.company ? await placedIn(tx.objectStore('organisations'), next, now) : next;
  if (placed.organisationId && !current.organisationId) {
    await adoptAgreements(tx, await tx.objectStore('agreements').index('byContact').getAll(id), placed.organisationId, now);
  }
  await putSynced(tx, 'contacts', placed, { previous: current, now });
  await tx.done;
  return placed;
}

export async function getContact(db: RapportDatabase, id: string): Promise<Contact | undefined> {
  return db.get('contacts', id);
}

export async function findContactByIdentity(
  db: RapportDatabase,
  identity: { emails?: readonly string[]; linkedinSlug?: string },
): Promise<Contact | undefined> {
  const tx = db.transaction('contacts');
  return findByIdentityIn(tx.store, { emails: uniqueEmails(identity.emails), linkedinSlug: identity.linkedinSlug });
}

interface IdentityIndexes {
  index(name: 'byEmail' | 'byLinkedinSlug'): { get(key: string): Promise<Contact | undefined> };
}

async function findByIdentityIn(
  store: IdentityIndexes,
  identity: { emails: readonly string[]; linkedinSlug?: string },
): Promise<Contact | undefined> {
  if (identity.linkedinSlug) {
    const bySlug = await store.index('byLinkedinSlug').get(identity.linkedinSlug);
    if (bySlug) return bySlug;
  }
  for (const email of identity.emails) {
    const byEmail = await store.index('byEmail').get(email);
    if (byEmail) return byEmail;
  }
  return undefined;
}

/** The contact in its organisation (see `organisationPlacer`); a new or changed organisation is written too. */
async function placedIn(
  organisations: { getAll(): Promise<Organisation[]>; put(organisation: Organisation): Promise<unknown> },
  contact: Contact,
  now: number,
): Promise<Contact> {
  const placer = organisationPlacer(await organisations.getAll(), now);
  const placed = placer.place(contact);
  await Promise.all(placer.changed().map((organisation) => organisations.put(organisation)));
  return placed;
}

/** A contact's first organisation takes over the agreements made with it before it was known. */
async function adoptAgreements(tx: SyncWriteTransaction, theirs: readonly Agreement[], organisationId: string, now: number): Promise<void> {
  await Promise.all(
    theirs
      .filter((agreement) => !agreement.organisationId)
      .map((agreement) => putSynced(tx, 'agreements', { ...agreement, organisationId }, { previous: agreement, now })),
  );
}

/** IndexedDB keeps `undefined` properties; dropping them keeps records (and backups) tidy. */
export function dropUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as Array<keyof T>) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
