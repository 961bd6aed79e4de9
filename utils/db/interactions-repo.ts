import type { Channel, Contact, Direction, Interaction } from '../domain/model';
import type { RapportDatabase } from './open';
import { dropUndefined } from './contacts-repo';
import { recordContactTimes } from './contact-times';
import { readScheduleFacts, withFollowUp, type ScheduleStores } from './follow-up-sync';
import { putSynced, withSyncMeta } from './sync-marks';

export interface NewInteractionInput {
  contactId: string;
  at: number;
  channel: Channel;
  direction: Direction;
  summary?: string;
  sourceKey?: string;
  sourceUrl?: string;
}

/**
 * Logs interactions and moves each contact's last contact and next follow-up, all in one transaction.
 * Interactions whose source key is already stored are skipped, so reopening an email logs nothing twice.
 */
export async function logInteractions(
  db: RapportDatabase,
  inputs: readonly NewInteractionInput[],
  now = Date.now(),
): Promise<Interaction[]> {
  const tx = openInteractionWrite(db);
  const logged = await logInteractionsIn(tx, inputs, now);
  await tx.done;
  return logged;
}

export type InteractionWriteTransaction = ReturnType<typeof openInteractionWrite>;

/** The stores logging touches; other writes that log an interaction too open the same ones. */
export function openInteractionWrite(db: RapportDatabase) {
  return db.transaction(withSyncMeta(['interactions', 'contacts', 'agreements', 'settings', 'contactTimes']), 'readwrite');
}

/** The body of `logInteractions`, for a write that logs interactions as part of a larger transaction. */
export async function logInteractionsIn(
  tx: InteractionWriteTransaction,
  inputs: readonly NewInteractionInput[],
  now: number,
): Promise<Interaction[]> {
  const interactions = tx.objectStore('interactions');
  const contacts = tx.objectStore('contacts');
  const scheduleStores: ScheduleStores = {
    agreementsByContact: tx.objectStore('agreements').index('byContact'),
    settings: tx.objectStore('settings'),
  };
  const logged: Interaction[] = [];
  const touched = new Map<string, Contact>();
  const before = new Map<string, Contact>();
  for (const input of inputs) {
    if (input.sourceKey && (await interactions.index('bySourceKey').getKey(input.sourceKey)) !== undefined) continue;
    const contact = touched.get(input.contactId) ?? (await contacts.get(input.contactId));
    if (contact && !before.has(contact.id)) before.set(contact.id, contact);
    if (!contact) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error(`No contact ${input.contactId}.`);
    }
    const interaction = dropUndefined<Interaction>({ id: crypto.randomUUID(), ...input, createdAt: now });
    await putSynced(tx, 'interactions', interaction, { previous: null, add: true, now });
    logged.push(interaction);
    touched.set(contact.id, moveLastContact(contact, interaction, now));
  }
  for (const [id, contact] of touched) touched.set(id, withFollowUp(contact, await readScheduleFacts(scheduleStores, id)));
  for (const contact of touched.values()) await putSynced(tx, 'contacts', contact, { previous: before.get(contact.id) ?? null, now });
  await recordContactTimes(tx.objectStore('contactTimes'), logged, now);
  return logged;
}

export function moveLastContact(contact: Contact, interaction: Interaction, now: number): Contact {
  if (contact.lastContactAt !== undefined && contact.lastContactAt >= interaction.at) return contact;
  const { snoozedUntil: _getting_in_touch_ends_a_snooze, ...rest } = contact;
  return { ...rest, lastContactAt: interaction.at, lastContactChannel: interaction.channel, updatedAt: now };
}

export async function recentInteractions(db: RapportDatabase, contactId: string, limit: number): Promise<Interaction[]> {
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  const result: Interaction[] = [];
  let cursor = await db.transaction('interactions').store.index('byContactAt').openCursor(range, 'prev');
  while (cursor && result.length < limit) {
    result.push(cursor.value);
    cursor = await cursor.continue();
  }
  return result;
}
