import { linkedinSlugFrom } from '../domain/identity';
import type { Channel, Contact, Direction, Interaction } from '../domain/model';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { abandon } from './abandon';
import { recordContactTimes } from './contact-times';
import { dropUndefined, uniqueEmails } from './contacts-repo';
import { readScheduleFacts, withFollowUp, type ScheduleStores } from './follow-up-sync';
import { ImportConflictError } from './import-apply';
import { moveLastContact, openInteractionWrite, type InteractionWriteTransaction } from './interactions-repo';
import type { RapportDatabase } from './open';
import { putSynced } from './sync-marks';

export interface HistoryImportDraft {
  displayName: string;
  emails: readonly string[];
  linkedinSlug?: string;
}

export interface HistoryImportInteraction {
  /** An existing contact's id, or the index of a contact in `create`. */
  contact: string | number;
  /** The entry's key; stored as `<key>:<contact id>`, so re-importing adds nothing. */
  key: string;
  at: number;
  channel: Channel;
  direction: Direction;
  summary?: string;
}

export interface HistoryImportInput {
  fileName: string;
  create: readonly HistoryImportDraft[];
  interactions: readonly HistoryImportInteraction[];
  /** Addresses the user said are theirs in the preview: kept in the settings for the next import. */
  ownEmails?: readonly string[];
}

export interface HistoryImportResult {
  /** Undoes the whole import; undefined when nothing was written. */
  batch?: string;
  added: number;
  /** Interactions that an earlier import (or logging) had stored already. */
  alreadyThere: number;
  created: number;
}

/**
 * Writes a previewed history import in ONE transaction, or nothing: new contacts, interactions (each marked
 * with the import's batch id), the contacts' last contact and next follow-up. A referenced contact that is gone,
 * or an identity of a new contact that another contact holds by now, aborts the whole import.
 */
export async function applyHistoryImport(db: RapportDatabase, input: HistoryImportInput, now = Date.now()): Promise<HistoryImportResult> {
  const batch = crypto.randomUUID();
  const tx = openInteractionWrite(db);
  try {
    const contactsStore = tx.objectStore('contacts');
    const interactionsStore = tx.objectStore('interactions');
    const [stored, everyone] = await Promise.all([tx.objectStore('settings').get('app'), contactsStore.getAll()]);
    const settings = { ...DEFAULT_SETTINGS, ...stored };
    const byId = new Map(everyone.map((contact) => [contact.id, contact]));
    const created = input.create.map((draft) => newContact(draft, settings, batch, now));
    checkNewIdentities(created, everyone);
    const contactIdOf = (ref: string | number): string => {
      if (typeof ref === 'number') {
        const contact = created[ref];
        if (!contact) throw new ImportConflictError(`no new contact number ${ref}`);
        return contact.id;
      }
      if (!byId.has(ref)) throw new ImportConflictError('a contact was deleted');
      return ref;
    };
    const candidates = input.interactions.map((item) => {
      const contactId = contactIdOf(item.contact);
      return dropUndefined<Interaction>({
        id: crypto.randomUUID(),
        contactId,
        at: item.at,
        channel: item.channel,
        direction: item.direction,
        summary: item.summary,
        sourceKey: `${item.key}:${contactId}`,
        importBatch: batch,
        importFile: input.fileName,
        createdAt: now,
      });
    });
    const bySourceKey = interactionsStore.index('bySourceKey');
    // All look-ups in flight at once: one round trip each, awaited in turn, would take minutes for a mailbox.
    const present = await Promise.all(candidates.map((item) => bySourceKey.getKey(item.sourceKey as string)));
    const seen = new Set<string>();
    const unseen = candidates.filter((item, index) => {
      if (present[index] !== undefined || seen.has(item.sourceKey as string)) return false;
      seen.add(item.sourceKey as string);
      return true;
    });
    const logged = await loggedNearby(tx, unseen);
    const fresh = unseen.filter((item) => !logged(item));
    const touched = new Map<string, Contact>(created.map((contact) => [contact.id, contact]));
    for (const interaction of fresh) {
      const contact = touched.get(interaction.contactId) ?? (byId.get(interaction.contactId) as Contact);
      touched.set(contact.id, moveLastContact(contact, interaction, now));
    }
    const scheduleStores: ScheduleStores = { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') };
    const scheduled = await Promise.all([...touched.values()].map(async (contact) => withFollowUp(contact, await readScheduleFacts(scheduleStores, contact.id))));
    const ownEmails = uniqueEmails([...settings.ownEmails, ...(input.ownEmails ?? [])]);
    const writes: Array<Promise<unknown>> = [
      ...fresh.map((interaction) => putSynced(tx, 'interactions', interaction, { previous: null, now })),
      ...scheduled.map((contact) => putSynced(tx, 'contacts', contact, { previous: byId.get(contact.id) ?? null, now })),
    ];
    if (ownEmails.length !== settings.ownEmails.length) writes.push(tx.objectStore('settings').put({ ...settings, ownEmails }, 'app'));
    await Promise.all(writes);
    await recordContactTimes(tx.objectStore('contactTimes'), fresh, now);
    await tx.done;
    const wrote = fresh.length > 0 || created.length > 0;
    return { ...(wrote ? { batch } : {}), added: fresh.length, alreadyThere: candidates.length - fresh.length, created: created.length };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/** An email or LinkedIn message that Rapport logged from the page has no Message-ID; the same minute and direction is the same message. */
export const SAME_MESSAGE_WINDOW_MS = 3 * 60 * 1000;

/**
 * Which imported messages were logged from Gmail or LinkedIn already (same contact, channel and direction, within
 * {@link SAME_MESSAGE_WINDOW_MS}, and not from an import): one read of each contact's history, all at once.
 */
async function loggedNearby(tx: InteractionWriteTransaction, items: readonly Interaction[]): Promise<(item: Interaction) => boolean> {
  const contactIds = [...new Set(items.filter((item) => item.channel === 'email' || item.channel === 'linkedin').map((item) => item.contactId))];
  const byContactAt = tx.objectStore('interactions').index('byContactAt');
  const histories = await Promise.all(contactIds.map((id) => byContactAt.getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]))));
  const logged = new Map<string, Interaction[]>();
  contactIds.forEach((id, index) => {
    const fromPages = (histories[index] ?? []).filter((item) => item.importBatch === undefined && item.sourceKey !== undefined);
    if (fromPages.length > 0) logged.set(id, fromPages);
  });
  return (item) =>
    logged
      .get(item.contactId)
      ?.some((other) => other.channel === item.channel && other.direction === item.direction && Math.abs(other.at - item.at) <= SAME_MESSAGE_WINDOW_MS) ?? false;
}

function newContact(draft: HistoryImportDraft, settings: typeof DEFAULT_SETTINGS, batch: string, now: number): Contact {
  const emails = uniqueEmails(draft.emails);
  const linkedinSlug = draft.linkedinSlug ? linkedinSlugFrom(draft.linkedinSlug) : undefined;
  return dropUndefined<Contact>({
    id: crypto.randomUUID(),
    displayName: draft.displayName.trim() || emails[0] || linkedinSlug || '?',
    emails,
    linkedinSlug,
    language: settings.defaultLanguage,
    formality: settings.defaultFormality,
    importBatch: batch,
    createdAt: now,
    updatedAt: now,
  });
}

function checkNewIdentities(created: readonly Contact[], existing: readonly Contact[]): void {
  const taken = new Set<string>();
  for (const contact of existing) {
    for (const email of contact.emails) taken.add(`email:${email}`);
    if (contact.linkedinSlug) taken.add(`slug:${contact.linkedinSlug}`);
  }
  for (const contact of created) {
    for (const key of [...contact.emails.map((email) => `email:${email}`), ...(contact.linkedinSlug ? [`slug:${contact.linkedinSlug}`] : [])]) {
      if (taken.has(key)) throw new ImportConflictError(`${key.slice(key.indexOf(':') + 1)} belongs to another contact`);
      taken.add(key);
    }
  }
}
