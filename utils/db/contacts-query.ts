import type { Agreement, Contact, Interaction } from '../domain/model';
import type { RapportDatabase } from './open';

export interface ContactRow {
  contact: Contact;
  openAgreements: number;
}

/** Every contact with its number of open agreements, from one read-only transaction. */
export async function readContactRows(db: RapportDatabase): Promise<ContactRow[]> {
  const tx = db.transaction(['contacts', 'agreements']);
  const [contacts, agreements] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('agreements').getAll()]);
  const open = new Map<string, number>();
  for (const agreement of agreements) {
    if (agreement.status === 'open') open.set(agreement.contactId, (open.get(agreement.contactId) ?? 0) + 1);
  }
  return contacts.map((contact) => ({ contact, openAgreements: open.get(contact.id) ?? 0 }));
}

export interface ContactDetail {
  contact: Contact;
  /** Newest first. */
  interactions: Interaction[];
  agreements: Agreement[];
}

export async function readContactDetail(db: RapportDatabase, contactId: string): Promise<ContactDetail | undefined> {
  const tx = db.transaction(['contacts', 'interactions', 'agreements']);
  const [contact, interactions, agreements] = await Promise.all([
    tx.objectStore('contacts').get(contactId),
    tx.objectStore('interactions').index('byContactAt').getAll(IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity])),
    tx.objectStore('agreements').index('byContact').getAll(contactId),
  ]);
  return contact ? { contact, interactions: interactions.reverse(), agreements } : undefined;
}

export interface AgreementsOverview {
  agreements: Agreement[];
  contacts: Map<string, Pick<Contact, 'id' | 'displayName' | 'company'>>;
}

/** Every agreement, with the name and company of its contact. */
export async function readAgreementsOverview(db: RapportDatabase): Promise<AgreementsOverview> {
  const tx = db.transaction(['contacts', 'agreements']);
  const [contacts, agreements] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('agreements').getAll()]);
  return {
    agreements,
    contacts: new Map(contacts.map(({ id, displayName, company }) => [id, { id, displayName, company }])),
  };
}

/** Contacts, interactions and agreements stored, by index-free counts. */
export async function countRecords(db: RapportDatabase): Promise<{ contacts: number; interactions: number; agreements: number }> {
  const tx = db.transaction(['contacts', 'interactions', 'agreements']);
  const [contacts, interactions, agreements] = await Promise.all([
    tx.objectStore('contacts').count(),
    tx.objectStore('interactions').count(),
    tx.objectStore('agreements').count(),
  ]);
  return { contacts, interactions, agreements };
}

export async function readAllContacts(db: RapportDatabase): Promise<Contact[]> {
  return db.getAll('contacts');
}
