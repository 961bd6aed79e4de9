import type { Contact, Organisation, Timestamp } from './model';
import { cleanOrganisationName, organisationDomainsOf, organisationKey } from './organisation';

export interface OrganisationPlacer {
  /**
   * The contact in the organisation its company names (a new record when there is none yet), which takes
   * the contact's work email domains nobody holds. Without a company, a contact joins the organisation that
   * holds one of its email domains, else belongs to none.
   */
  place(contact: Contact): Contact;
  /** The organisations created or given domains so far: what the caller must write. */
  changed(): Organisation[];
  /** The organisation a name or email addresses point to, without changing anything. */
  find(person: { company?: string; emails?: readonly string[] }): Organisation | undefined;
}

/** Places contacts into organisations, over a snapshot of every stored organisation. Pure. */
export function organisationPlacer(
  existing: readonly Organisation[],
  now: Timestamp,
  newId: () => string = () => crypto.randomUUID(),
): OrganisationPlacer {
  const byKey = new Map<string, Organisation>();
  const byDomain = new Map<string, Organisation>();
  const changed = new Map<string, Organisation>();
  const remember = (organisation: Organisation) => {
    for (const key of organisation.nameKeys) if (!byKey.has(key)) byKey.set(key, organisation);
    for (const domain of organisation.domains) if (!byDomain.has(domain)) byDomain.set(domain, organisation);
  };
  for (const organisation of existing) remember(organisation);

  const find = (person: { company?: string; emails?: readonly string[] }) => {
    const key = organisationKey(person.company);
    if (key) return byKey.get(key);
    return organisationDomainsOf(person.emails ?? []).map((domain) => byDomain.get(domain)).find(Boolean);
  };

  return {
    find,
    changed: () => [...changed.values()],
    place(contact) {
      const { organisationId: _previous, ...rest } = contact;
      const key = organisationKey(contact.company);
      if (!key) {
        const holder = find(contact);
        return holder ? { ...rest, organisationId: holder.id } : rest;
      }
      let organisation = byKey.get(key);
      if (!organisation) {
        const name = cleanOrganisationName(contact.company ?? '');
        organisation = { id: newId(), name, nameKeys: [key], domains: [], createdAt: now, updatedAt: now };
        changed.set(organisation.id, organisation);
      }
      const free = organisationDomainsOf(contact.emails).filter((domain) => !byDomain.has(domain));
      if (free.length > 0) {
        organisation = { ...organisation, domains: [...organisation.domains, ...free], updatedAt: now };
        changed.set(organisation.id, organisation);
      }
      for (const each of organisation.nameKeys) byKey.set(each, organisation);
      for (const domain of organisation.domains) byDomain.set(domain, organisation);
      return { ...rest, organisationId: organisation.id };
    },
  };
}
