import type { Agreement, Contact, Organisation } from '../domain/model';
import { planOrganisations } from '../domain/organisation-plan';

interface FillStores {
  objectStore(name: 'contacts'): { getAll(): Promise<Contact[]>; put(contact: Contact): Promise<unknown> };
  objectStore(name: 'agreements'): { getAll(): Promise<Agreement[]>; put(agreement: Agreement): Promise<unknown> };
  objectStore(name: 'organisations'): { put(organisation: Organisation): Promise<unknown> };
}

/** Gives every contact and agreement of data from before organisations its organisation, inside `tx`. */
export async function fillOrganisations(tx: FillStores, now: number): Promise<{ organisations: number; contacts: number }> {
  const [contacts, agreements] = await Promise.all([tx.objectStore('contacts').getAll(), tx.objectStore('agreements').getAll()]);
  const plan = planOrganisations(contacts, agreements, now);
  await Promise.all([
    ...plan.organisations.map((organisation) => tx.objectStore('organisations').put(organisation)),
    ...plan.contacts.map((contact) => tx.objectStore('contacts').put(contact)),
    ...plan.agreements.map((agreement) => tx.objectStore('agreements').put(agreement)),
  ]);
  return { organisations: plan.organisations.length, contacts: plan.contacts.length };
}
