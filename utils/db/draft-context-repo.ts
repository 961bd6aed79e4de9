import type { Agreement, AgreementKind, Contact, Interaction } from '../domain/model';
import type { DraftColleague, DraftContextData } from '../messaging/requests/drafts';
import type { RapportDatabase } from './open';

/** Enough history for every placeholder: the call, the last contact and its topic, the first contact. */
const LATEST_INTERACTIONS = 50;
const MAX_COLLEAGUES = 5;
const STANDING_KINDS: ReadonlySet<AgreementKind> = new Set(['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded']);

/** Everything a draft for this contact may mention, read in one transaction; undefined for an unknown contact. */
export async function readDraftContext(db: RapportDatabase, contactId: string): Promise<DraftContextData | undefined> {
  const tx = openDraftRead(db);
  const contact = await tx.objectStore('contacts').get(contactId);
  if (!contact) return undefined;
  const agreementsByContact = tx.objectStore('agreements').index('byContact');
  const agreements = await agreementsByContact.getAll(contactId);

  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  const byContactAt = tx.objectStore('interactions').index('byContactAt');
  const interactions: Interaction[] = [];
  let cursor = await byContactAt.openCursor(range, 'prev');
  while (cursor && interactions.length < LATEST_INTERACTIONS) {
    interactions.push(cursor.value);
    cursor = await cursor.continue();
  }
  if (cursor) {
    const first = await byContactAt.openCursor(range, 'next');
    if (first) interactions.push(first.value);
  }

  const colleagues = contact.organisationId ? await colleaguesAt(tx, contact.organisationId, contact.id) : [];
  await tx.done;
  return { contact, agreements, interactions, colleagues };
}

type DraftReadTransaction = ReturnType<typeof openDraftRead>;
function openDraftRead(db: RapportDatabase) {
  return db.transaction(['contacts', 'agreements', 'interactions']);
}

/**
 * Everyone else who speaks or spoke for the organisation, the latest in touch first, with what still
 * matters of what was agreed with the organisation through them: people who have left included, so a
 * new contact person learns everything agreed there.
 */
async function colleaguesAt(tx: DraftReadTransaction, organisationId: string, contactId: string): Promise<DraftColleague[]> {
  const contacts = tx.objectStore('contacts');
  const [members, agreed] = await Promise.all([
    contacts.index('byOrganisation').getAll(organisationId),
    tx.objectStore('agreements').index('byOrganisation').getAll(organisationId),
  ]);
  const byPerson = new Map<string, Agreement[]>();
  for (const agreement of agreed) {
    if (agreement.contactId === contactId || !stillMatters(agreement)) continue;
    byPerson.set(agreement.contactId, [...(byPerson.get(agreement.contactId) ?? []), agreement]);
  }
  const people = new Map(members.filter((member) => member.id !== contactId).map((member) => [member.id, member]));
  for (const id of byPerson.keys()) {
    if (people.has(id)) continue;
    const former = await contacts.get(id);
    if (former) people.set(id, former);
  }
  return [...people.values()]
    .sort((a, b) => (b.lastContactAt ?? 0) - (a.lastContactAt ?? 0))
    .filter((person, index) => index < MAX_COLLEAGUES || byPerson.has(person.id))
    .map((person) => colleagueOf(person, byPerson.get(person.id) ?? []));
}

function stillMatters(agreement: Agreement): boolean {
  return STANDING_KINDS.has(agreement.kind) ? agreement.status !== 'cancelled' : agreement.status === 'open';
}

function colleagueOf(contact: Contact, agreements: Agreement[]): DraftColleague {
  return {
    displayName: contact.displayName,
    ...(contact.lastContactAt !== undefined ? { lastContactAt: contact.lastContactAt } : {}),
    agreements,
  };
}

/** `Müller & Partner GmbH` and ` müller &  partner gmbh ` are the same company. */
export function companyKey(company: string | undefined): string {
  return (company ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
