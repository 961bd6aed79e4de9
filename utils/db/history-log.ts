import type { Interaction } from '../domain/model';
import { refreshContactTimes } from './contact-times';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import { logInteractionsIn, openInteractionWrite, type InteractionWriteTransaction, type NewInteractionInput } from './interactions-repo';
import type { RapportDatabase } from './open';
import { putSynced } from './sync-marks';

/**
 * An interaction seen on a page. Some sources know the exact message (a key both views share); others only
 * its thread and time (a Gmail list row, a LinkedIn list stamp). The rules say which records stand for
 * the same message, so it is logged once whichever source saw it first.
 */
export interface HistoryEntry {
  input: NewInteractionInput & { sourceKey: string };
  /** How far either side of `at` a record of the same message can be. */
  windowMs: number;
  /** A stored record that already stands for this message: then nothing is logged. */
  coveredBy?: (stored: Interaction) => boolean;
  /** A vaguer stored record of this message, made exact by this entry (its key, time, direction, link). */
  replaces?: (stored: Interaction) => boolean;
}

/** Logs the entries in one transaction; returns how many interactions were added or made exact. */
export async function logHistory(db: RapportDatabase, entries: readonly HistoryEntry[], now = Date.now()): Promise<number> {
  if (entries.length === 0) return 0;
  const tx = openInteractionWrite(db);
  const changed = await logHistoryIn(tx, entries, now);
  await tx.done;
  return changed;
}

async function logHistoryIn(tx: InteractionWriteTransaction, entries: readonly HistoryEntry[], now: number): Promise<number> {
  const interactions = tx.objectStore('interactions');
  const toAdd: NewInteractionInput[] = [];
  const replaced = new Set<string>();
  const latestReplaced = new Map<string, Interaction>();
  for (const { input, windowMs, coveredBy, replaces } of entries) {
    if ((await interactions.index('bySourceKey').getKey(input.sourceKey)) !== undefined) continue;
    if (toAdd.some((pending) => pending.sourceKey === input.sourceKey)) continue;
    const range = IDBKeyRange.bound([input.contactId, input.at - windowMs], [input.contactId, input.at + windowMs]);
    const nearby = coveredBy || replaces ? await interactions.index('byContactAt').getAll(range) : [];
    const pending = toAdd
      .filter((other) => other.contactId === input.contactId && Math.abs(other.at - input.at) <= windowMs)
      .map((other): Interaction => ({ ...other, id: '', createdAt: now }));
    if (coveredBy && [...nearby, ...pending].some(coveredBy)) continue;
    const vague = replaces ? nearby.find((stored) => !replaced.has(stored.id) && replaces(stored)) : undefined;
    if (!vague) {
      toAdd.push(input);
      continue;
    }
    const exact: Interaction = { ...vague, at: input.at, direction: input.direction, sourceKey: input.sourceKey };
    if (input.sourceUrl) exact.sourceUrl = input.sourceUrl;
    await putSynced(tx, 'interactions', exact, { previous: vague, now });
    replaced.add(vague.id);
    const latest = latestReplaced.get(exact.contactId);
    if (!latest || latest.at < exact.at) latestReplaced.set(exact.contactId, exact);
  }
  for (const exact of latestReplaced.values()) await moveLastContactTo(tx, exact, now);
  // A record made exact moved in time: its contact's times are read again.
  await refreshContactTimes(interactions.index('byContactAt'), tx.objectStore('contactTimes'), [...latestReplaced.keys()], now);
  const added = await logInteractionsIn(tx, toAdd, now);
  return added.length + replaced.size;
}

/** A record made exact can be later than the contact's last contact (a list stamp stands at noon of its day). */
async function moveLastContactTo(tx: InteractionWriteTransaction, interaction: Interaction, now: number): Promise<void> {
  const contacts = tx.objectStore('contacts');
  const contact = await contacts.get(interaction.contactId);
  if (!contact || (contact.lastContactAt !== undefined && contact.lastContactAt >= interaction.at)) return;
  const facts = await readScheduleFacts(
    { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
    contact.id,
  );
  await putSynced(tx, 'contacts', withFollowUp({ ...contact, lastContactAt: interaction.at, lastContactChannel: interaction.channel, updatedAt: now }, facts), {
    previous: contact,
    now,
  });
}
