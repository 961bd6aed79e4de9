import { linkedinSlugFrom } from '../domain/identity';
import type { Cadence, Contact } from '../domain/model';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { notesWithAddition } from '../domain/text';
import { toCadence } from '../schedule/cadence';
import { abandon } from './abandon';
import { dropUndefined, uniqueEmails } from './contacts-repo';
import { withFollowUp } from './follow-up-sync';
import { organisationPlacer } from '../domain/organisation-placer';
import { withLabelsAndDates } from './import-labels-apply';
import { knownTagSpellings } from './tags-query';
import type { ImportedDate } from '../transfer/import-labels-dates';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';

/** A contact to create, as `planImport` drafts it (extra fields such as `sources` are ignored). */
export interface ImportDraft {
  displayName: string;
  emails: readonly string[];
  linkedinSlug?: string;
  company?: string;
  role?: string;
  notes?: string;
  cadence?: Cadence;
  tags?: readonly string[];
  importantDates?: readonly ImportedDate[];
}

/** Fills only empty fields and adds identities of an existing contact; never overwrites. */
export interface ImportMerge {
  contactId: string;
  adds: {
    emails: readonly string[];
    linkedinSlug?: string;
    company?: string;
    role?: string;
    notes?: string;
    tags?: readonly string[];
    importantDates?: readonly ImportedDate[];
  };
}

export interface ImportApplyInput {
  create: readonly ImportDraft[];
  merge: readonly ImportMerge[];
}

export interface ImportApplyResult {
  created: number;
  merged: number;
}

/** The address book changed since the preview (or the plan contradicts itself): nothing was written. */
export class ImportConflictError extends Error {
  constructor(detail: string) {
    super(`The contacts changed since the preview (${detail}). Nothing was imported; check the preview again.`);
  }
}

interface Claim {
  key: 'byEmail' | 'byLinkedinSlug';
  value: string;
  /** The merge target allowed to hold it already; undefined for a new contact. */
  contactId?: string;
}

/**
 * Writes a previewed import in ONE transaction: every new contact and every merge, or nothing.
 * The plan is checked again against the database as it is now: an identity that belongs to
 * another contact, or a merge target that is gone, aborts the whole import.
 */
export async function applyImport(db: RapportDatabase, input: ImportApplyInput, now = Date.now()): Promise<ImportApplyResult> {
  const drafts = input.create.map(normaliseDraft);
  const merges = input.merge.map(normaliseMerge);
  const claims = claimsOf(drafts, merges);
  const tx = db.transaction(withSyncMeta(['contacts', 'settings', 'organisations']), 'readwrite');
  try {
    const contacts = tx.objectStore('contacts');
    const [stored, owners, targets, organisations] = await Promise.all([
      tx.objectStore('settings').get('app'),
      ownersOf(contacts, claims),
      Promise.all(merges.map((merge) => contacts.get(merge.contactId))),
      tx.objectStore('organisations').getAll(),
    ]);
    claims.forEach((claim, index) => {
      if (owners[index]?.some((owner) => owner !== claim.contactId)) throw new ImportConflictError(`${claim.value} belongs to another contact`);
    });
    const settings = { ...DEFAULT_SETTINGS, ...stored };
    // Company fields fill organisations: the same name (or work email domain) joins the same one.
    const placer = organisationPlacer(organisations, now);
    const spellings = await knownTagSpellings(contacts.index('byTag'));
    const created = drafts.map((draft) => withLabelsAndDates(placer.place(newContact(draft, settings, now)), draft, spellings, settings));
    const merged = merges.map((merge, index) => {
      const target = targets[index];
      if (!target) throw new ImportConflictError(`a contact to merge into was deleted`);
      const completed = mergedContact(target, merge, now);
      const placed = completed.company !== target.company || !target.organisationId ? placer.place(completed) : completed;
      return withLabelsAndDates(placed, merge.adds, spellings, settings);
    });
    // `put`, not `add`: the ids are fresh UUIDs, and `add` would look each one up first.
    await Promise.all([
      ...created.map((contact) => putSynced(tx, 'contacts', contact, { previous: null, now })),
      ...merged.map((contact, index) => putSynced(tx, 'contacts', contact, { previous: targets[index] ?? null, now })),
      ...placer.changed().map((organisation) => tx.objectStore('organisations').put(organisation)),
    ]);
    await tx.done;
    return { created: created.length, merged: merged.length };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/**
 * Which contacts hold each claimed identity now. One read of every contact is far quicker in a
 * browser than ten thousand index look-ups (each a round trip), and reads the same snapshot.
 */
async function ownersOf(contacts: { getAll(): Promise<Contact[]> }, claims: readonly Claim[]): Promise<Array<string[] | undefined>> {
  if (claims.length === 0) return [];
  const holders = new Map<string, string[]>();
  const hold = (key: string, contactId: string) => {
    const list = holders.get(key);
    if (list) list.push(contactId);
    else holders.set(key, [contactId]);
  };
  for (const contact of await contacts.getAll()) {
    for (const email of contact.emails) hold(`byEmail:${email}`, contact.id);
    if (contact.linkedinSlug) hold(`byLinkedinSlug:${contact.linkedinSlug}`, contact.id);
  }
  return claims.map((claim) => holders.get(`${claim.key}:${claim.value}`));
}

function normaliseDraft(draft: ImportDraft): ImportDraft {
  return dropUndefined({
    displayName: draft.displayName.trim(),
    emails: uniqueEmails(draft.emails),
    linkedinSlug: draft.linkedinSlug ? linkedinSlugFrom(draft.linkedinSlug) : undefined,
    company: draft.company?.trim() || undefined,
    role: draft.role?.trim() || undefined,
    notes: draft.notes?.trim() || undefined,
    cadence: toCadence(draft.cadence),
    tags: draft.tags,
    importantDates: draft.importantDates,
  });
}

function normaliseMerge(merge: ImportMerge): ImportMerge {
  return {
    contactId: merge.contactId,
    adds: dropUndefined({
      emails: uniqueEmails(merge.adds.emails),
      linkedinSlug: merge.adds.linkedinSlug ? linkedinSlugFrom(merge.adds.linkedinSlug) : undefined,
      company: merge.adds.company?.trim() || undefined,
      role: merge.adds.role?.trim() || undefined,
      notes: merge.adds.notes?.trim() || undefined,
      tags: merge.adds.tags,
      importantDates: merge.adds.importantDates,
    }),
  };
}

/** Every identity the import gives out; the same one given out twice means the plan is not one `planImport` made. */
function claimsOf(drafts: readonly ImportDraft[], merges: readonly ImportMerge[]): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const claim = (key: Claim['key'], value: string, contactId?: string) => {
    const seenKey = `${key}:${value}`;
    if (seen.has(seenKey)) throw new ImportConflictError(`${value} appears twice in the plan`);
    seen.add(seenKey);
    claims.push({ key, value, contactId });
  };
  for (const draft of drafts) {
    for (const email of draft.emails) claim('byEmail', email);
    if (draft.linkedinSlug) claim('byLinkedinSlug', draft.linkedinSlug);
  }
  for (const merge of merges) {
    for (const email of merge.adds.emails) claim('byEmail', email, merge.contactId);
    if (merge.adds.linkedinSlug) claim('byLinkedinSlug', merge.adds.linkedinSlug, merge.contactId);
  }
  return claims;
}

function newContact(draft: ImportDraft, settings: typeof DEFAULT_SETTINGS, now: number): Contact {
  const contact: Contact = dropUndefined({
    id: crypto.randomUUID(),
    displayName: draft.displayName || draft.emails[0] || draft.linkedinSlug || '?',
    emails: [...draft.emails],
    linkedinSlug: draft.linkedinSlug,
    company: draft.company,
    role: draft.role,
    notes: draft.notes,
    language: settings.defaultLanguage,
    formality: settings.defaultFormality,
    cadence: draft.cadence,
    createdAt: now,
    updatedAt: now,
  });
  return withFollowUp(contact, { hasOpenAgreements: false, settings });
}

function mergedContact(contact: Contact, merge: ImportMerge, now: number): Contact {
  const { adds } = merge;
  return dropUndefined({
    ...contact,
    emails: uniqueEmails([...contact.emails, ...adds.emails]),
    linkedinSlug: contact.linkedinSlug ?? adds.linkedinSlug,
    company: contact.company?.trim() ? contact.company : (adds.company ?? contact.company),
    role: contact.role?.trim() ? contact.role : (adds.role ?? contact.role),
    notes: notesWithAddition(contact.notes, adds.notes) ?? contact.notes,
    updatedAt: now,
  });
}
