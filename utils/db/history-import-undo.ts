import type { Contact } from '../domain/model';
import { abandon } from './abandon';
import { refreshContactTimes } from './contact-times';
import { readScheduleFacts, withFollowUp, type ScheduleStores } from './follow-up-sync';
import { openInteractionWrite, type InteractionWriteTransaction } from './interactions-repo';
import type { RapportDatabase } from './open';
import { deleteSynced, putSynced } from './sync-marks';

export interface HistoryImportUndoResult {
  interactions: number;
  contactsRemoved: number;
  /** Contacts the import created that have since got other history or agreements: kept, no longer marked. */
  contactsKept: number;
}

/**
 * Removes everything one history import added, in one transaction: its interactions, and the contacts it
 * created unless they have since got other history or agreements. Last contact and next follow-up of every
 * contact it touched are worked out again from what remains.
 */
export async function undoHistoryImport(db: RapportDatabase, batch: string, now = Date.now()): Promise<HistoryImportUndoResult> {
  const tx = openInteractionWrite(db);
  try {
    const interactions = tx.objectStore('interactions');
    const contacts = tx.objectStore('contacts');
    const [added, createdContacts] = await Promise.all([
      interactions.index('byImportBatch').getAll(batch),
      contacts.index('byImportBatch').getAll(batch),
    ]);
    await Promise.all(added.map((interaction) => deleteSynced(tx, 'interactions', interaction, { now })));
    const touchedIds = new Set(added.map((interaction) => interaction.contactId));
    const agreementsByContact = tx.objectStore('agreements').index('byContact');
    let contactsRemoved = 0;
    let contactsKept = 0;
    for (const contact of createdContacts) {
      const [left, agreements] = await Promise.all([latestInteraction(tx, contact.id), agreementsByContact.count(contact.id)]);
      if (left || agreements > 0) {
        contactsKept += 1;
        const { importBatch: _no_longer_the_import_s, ...kept } = contact;
        await putSynced(tx, 'contacts', { ...kept, updatedAt: now }, { previous: contact, now });
      } else {
        contactsRemoved += 1;
        touchedIds.delete(contact.id);
        await deleteSynced(tx, 'contacts', contact, { now });
      }
    }
    const scheduleStores: ScheduleStores = { agreementsByContact, settings: tx.objectStore('settings') };
    await Promise.all(
      [...touchedIds].map(async (contactId) => {
        const [contact, latest, facts] = await Promise.all([
          contacts.get(contactId),
          latestInteraction(tx, contactId),
          readScheduleFacts(scheduleStores, contactId),
        ]);
        if (!contact) return;
        await putSynced(tx, 'contacts', withFollowUp(withLastContact(contact, latest, now), facts), { previous: contact, now });
      }),
    );
    const timesChanged = [...new Set(added.map((interaction) => interaction.contactId))];
    await refreshContactTimes(interactions.index('byContactAt'), tx.objectStore('contactTimes'), timesChanged, now);
    await tx.done;
    return { interactions: added.length, contactsRemoved, contactsKept };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

async function latestInteraction(tx: InteractionWriteTransaction, contactId: string) {
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  return (await tx.objectStore('interactions').index('byContactAt').openCursor(range, 'prev'))?.value;
}

function withLastContact(contact: Contact, latest: { at: number; channel: Contact['lastContactChannel'] } | undefined, now: number): Contact {
  if (contact.lastContactAt === latest?.at && contact.lastContactChannel === latest?.channel) return contact;
  const { lastContactAt: _recomputed, lastContactChannel: _from_what_remains, ...rest } = contact;
  return latest ? { ...rest, lastContactAt: latest.at, lastContactChannel: latest.channel, updatedAt: now } : { ...rest, updatedAt: now };
}
