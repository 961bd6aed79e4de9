import type { Cadence, Contact, Formality, Language, Salutation } from '../domain/model';
import { linkedinSlugFrom, normaliseEmail } from '../domain/identity';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import type { RapportDatabase } from './open';

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

export type ContactPatch = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'lastContactAt' | 'lastContactChannel' | 'nextFollowUp'>>;

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
  const tx = db.transaction(['contacts', 'settings'], 'readwrite');
  const settings = { ...DEFAULT_SETTINGS, ...(await tx.objectStore('settings').get('app')) };
  const contact: Contact = withFollowUp({
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
  dropUndefined(contact);
  const contacts = tx.objectStore('contacts');
  const existing = await findByIdentityIn(contacts, contact);
  if (existing) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DuplicateIdentityError(existing.id);
  }
  await contacts.add(contact);
  await tx.done;
  return contact;
}

export async function updateContact(db: RapportDatabase, id: string, patch: ContactPatch, now = Date.now()): Promise<Contact> {
  const tx = db.transaction(['contacts', 'agreements', 'settings'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const current = await contacts.get(id);
  if (!current) throw new Error(`No contact ${id}.`);
  const facts = await readScheduleFacts(
    { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
    id,
  );
  const next: Contact = withFollowUp({ ...current, ...patch, id, updatedAt: now }, facts);
  if (patch.emails) next.emails = uniqueEmails(patch.emails);
  dropUndefined(next);
  await contacts.put(next);
  await tx.done;
  return next;
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

/** IndexedDB keeps `undefined` properties; dropping them keeps records (and backups) tidy. */
export function dropUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as Array<keyof T>) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
