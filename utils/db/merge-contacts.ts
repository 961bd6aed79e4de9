import { linkedinProfileUrl } from '../domain/identity';
import type { Contact, Interaction } from '../domain/model';
import { abandon } from './abandon';
import { moveContactTimes } from './contact-times';
import { dropUndefined, uniqueEmails } from './contacts-repo';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import { mergedLabelsAndDates } from './merge-labels-dates';
import type { RapportDatabase } from './open';
import { deleteSynced, putSynced, withSyncMeta } from './sync-marks';

/** Words for what a merge keeps in the notes when both contacts had a different value. */
export interface MergeLabels {
  mergedFrom(name: string): string;
  company: string;
  role: string;
  headline: string;
  location: string;
  linkedin: string;
  language: string;
  formality: string;
  /** A language or form of address as the user reads it: `de` -> "German", `sie` -> "formal (Sie)". */
  valueOf(value: Contact['language'] | Contact['formality']): string;
}

export const ENGLISH_MERGE_LABELS: MergeLabels = {
  mergedFrom: (name) => `Merged from “${name}”`,
  company: 'Company',
  role: 'Role',
  headline: 'Headline',
  location: 'Location',
  linkedin: 'LinkedIn',
  language: 'Language for drafts',
  formality: 'Form of address',
  valueOf: (value) => ({ de: 'German', en: 'English', du: 'informal (du)', sie: 'formal (Sie)' })[value],
};

export interface MergeOutcome {
  contact: Contact;
  movedInteractions: number;
  movedAgreements: number;
}

const SIDE_FIELDS = ['company', 'role', 'headline', 'location'] as const;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A value with direction overrides, fenced (FSI…PDI) so it cannot reverse the rest of the notes line. */
function isolated(value: string): string {
  return BIDI_CONTROLS.test(value) ? `\u2068${value}\u2069` : value;
}

/**
 * Folds `other` into `keep`: identities are united, empty fields filled, and every value that
 * differs (a second company, a second LinkedIn profile, the other name, the other notes) is kept in
 * the notes, so nothing is lost. Scheduling fields are recomputed by the caller.
 */
export function mergedContact(keep: Contact, other: Contact, labels: MergeLabels, now: number): Contact {
  const leftovers: string[] = [];
  const merged: Contact = { ...keep, emails: uniqueEmails([...keep.emails, ...other.emails]), updatedAt: now };
  for (const field of SIDE_FIELDS) {
    const mine = keep[field]?.trim();
    const theirs = other[field]?.trim();
    if (!theirs || mine === theirs) continue;
    if (mine) leftovers.push(`${labels[field]}: ${isolated(theirs)}`);
    else merged[field] = other[field];
  }
  for (const field of ['language', 'formality'] as const) {
    if (other[field] !== keep[field]) leftovers.push(`${labels[field]}: ${labels.valueOf(other[field])}`);
  }
  if (other.linkedinSlug && other.linkedinSlug !== keep.linkedinSlug) {
    if (keep.linkedinSlug) leftovers.push(`${labels.linkedin}: ${linkedinProfileUrl(other.linkedinSlug)}`);
    else merged.linkedinSlug = other.linkedinSlug;
  }
  const otherNotes = other.notes?.trim();
  const renamed = other.displayName.trim() !== '' && other.displayName.trim() !== keep.displayName.trim();
  if (leftovers.length > 0 || otherNotes || renamed) {
    const block = [`— ${labels.mergedFrom(isolated(other.displayName))} —`, ...leftovers, ...(otherNotes ? [otherNotes] : [])].join('\n');
    merged.notes = keep.notes?.trim() ? `${keep.notes.trim()}\n\n${block}` : block;
  }
  merged.salutation = keep.salutation ?? other.salutation;
  merged.cadence = keep.cadence ?? other.cadence;
  merged.betweenProjectsCadence = keep.betweenProjectsCadence ?? other.betweenProjectsCadence;
  merged.snoozedUntil = keep.snoozedUntil ?? other.snoozedUntil;
  merged.organisationId = keep.organisationId ?? other.organisationId;
  Object.assign(merged, mergedLabelsAndDates(keep, other));
  merged.createdAt = Math.min(keep.createdAt, other.createdAt);
  if (other.lastContactAt !== undefined && (keep.lastContactAt === undefined || other.lastContactAt > keep.lastContactAt)) {
    merged.lastContactAt = other.lastContactAt;
    merged.lastContactChannel = other.lastContactChannel;
  }
  return dropUndefined(merged);
}

/**
 * Merges two contacts in ONE transaction: `mergeId`'s interactions and agreements move to `keepId`,
 * identities and differing values are kept (see `mergedContact`), then `mergeId` is deleted.
 */
export async function mergeContacts(
  db: RapportDatabase,
  keepId: string,
  mergeId: string,
  labels: MergeLabels = ENGLISH_MERGE_LABELS,
  now = Date.now(),
): Promise<MergeOutcome> {
  if (keepId === mergeId) throw new Error('A contact cannot be merged with itself.');
  const tx = db.transaction(withSyncMeta(['contacts', 'interactions', 'agreements', 'settings', 'contactTimes']), 'readwrite');
  try {
    const contacts = tx.objectStore('contacts');
    const interactions = tx.objectStore('interactions');
    const agreements = tx.objectStore('agreements');
    const [keep, other, theirInteractions, theirAgreements] = await Promise.all([
      contacts.get(keepId),
      contacts.get(mergeId),
      interactions.index('byContactAt').getAll(IDBKeyRange.bound([mergeId, -Infinity], [mergeId, Infinity])),
      agreements.index('byContact').getAll(mergeId),
    ]);
    if (!keep || !other) throw new Error('One of the two contacts no longer exists.');
    const moved = await Promise.all(theirInteractions.map((interaction) => movedInteraction(interactions, interaction, mergeId, keepId)));
    await Promise.all([
      ...moved.map((interaction, index) => putSynced(tx, 'interactions', interaction, { previous: theirInteractions[index] ?? null, now })),
      ...theirAgreements.map((agreement) => putSynced(tx, 'agreements', { ...agreement, contactId: keepId }, { previous: agreement, now })),
      deleteSynced(tx, 'contacts', other, { now }),
    ]);
    await moveContactTimes(tx.objectStore('contactTimes'), mergeId, keepId, now);
    const facts = await readScheduleFacts({ agreementsByContact: agreements.index('byContact'), settings: tx.objectStore('settings') }, keepId);
    const contact = withFollowUp(mergedContact(keep, other, labels, now), facts);
    await putSynced(tx, 'contacts', contact, { previous: keep, now });
    await tx.done;
    return { contact, movedInteractions: moved.length, movedAgreements: theirAgreements.length };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

interface SourceKeyIndex {
  index(name: 'bySourceKey'): { getKey(key: string): Promise<string | undefined> };
}

/** Per-contact source keys (`gmail:<message>:<contact>`) follow the move, so the same email is not logged again. */
async function movedInteraction(store: SourceKeyIndex, interaction: Interaction, fromId: string, toId: string): Promise<Interaction> {
  const moved: Interaction = { ...interaction, contactId: toId };
  const suffix = `:${fromId}`;
  if (interaction.sourceKey?.endsWith(suffix)) {
    const sourceKey = `${interaction.sourceKey.slice(0, -suffix.length)}:${toId}`;
    if ((await store.index('bySourceKey').getKey(sourceKey)) === undefined) moved.sourceKey = sourceKey;
  }
  return moved;
}
