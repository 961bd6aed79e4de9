import type { Agreement, Interaction } from '../domain/model';

/**
 * The interactions or agreements one apply round wrote, by id (`null`: deleted). With what was attached to a contact
 * before the round, it tells what is attached after it, so last contact and open agreements need no read-back.
 */
export class RoundWrites<T extends { id: string; contactId: string }> {
  private readonly byId = new Map<string, T | null>();
  private byContact: Map<string, T[]> | undefined;

  /** Only what reached the store: a put refused (a source key taken) is not noted. */
  note(id: string, value: T | null): void {
    this.byId.set(id, value);
    this.byContact = undefined;
  }

  /** What is attached to `contactId` once the round's writes are done. */
  attachedAfter(contactId: string, before: readonly T[]): T[] {
    const after = before.filter((record) => !this.byId.has(record.id));
    return after.concat(this.written().get(contactId) ?? []);
  }

  private written(): Map<string, T[]> {
    if (this.byContact) return this.byContact;
    const byContact = new Map<string, T[]>();
    for (const value of this.byId.values()) {
      if (!value) continue;
      const list = byContact.get(value.contactId);
      if (list) list.push(value);
      else byContact.set(value.contactId, [value]);
    }
    return (this.byContact = byContact);
  }
}

/**
 * The last interaction as the `byContactAt` index orders them (`[contactId, at]`, then the id): one without a
 * numeric time is not in that index.
 */
export function lastInteraction(interactions: readonly Interaction[]): Interaction | undefined {
  let last: Interaction | undefined;
  for (const interaction of interactions) {
    if (typeof interaction.at !== 'number' || Number.isNaN(interaction.at)) continue;
    if (!last || interaction.at > last.at || (interaction.at === last.at && interaction.id > last.id)) last = interaction;
  }
  return last;
}

export const hasOpenAgreement = (agreements: readonly Agreement[]) => agreements.some((agreement) => agreement.status === 'open');
