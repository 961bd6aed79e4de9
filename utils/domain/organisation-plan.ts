import type { Agreement, Contact, Organisation, Timestamp } from './model';
import { cleanOrganisationName, organisationDomainsOf, organisationKey } from './organisation';

export interface OrganisationPlan {
  /** New organisations to store. */
  organisations: Organisation[];
  /** Contacts whose `organisationId` was set. */
  contacts: Contact[];
  /** Agreements whose `organisationId` was set. */
  agreements: Agreement[];
}

/**
 * Turns company text into organisation records, for data written before organisations existed (the schema
 * migration, a restored old backup). Contacts whose company names the same organisation share one record,
 * named by the spelling most of them use; a contact without a company joins the organisation whose email
 * domain it shares; an agreement belongs to the organisation it names, else to its contact's. Records that
 * already have an organisation are left as they are. Pure: the caller writes the result.
 */
export function planOrganisations(
  contacts: readonly Contact[],
  agreements: readonly Agreement[],
  now: Timestamp,
  newId: () => string = () => crypto.randomUUID(),
): OrganisationPlan {
  const groups = new Map<string, { spellings: Map<string, number>; members: Contact[] }>();
  const groupOf = (key: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { spellings: new Map(), members: [] }));
    return group;
  };
  const spell = (key: string, name: string) => {
    const group = groupOf(key);
    const spelling = cleanOrganisationName(name);
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    return group;
  };
  const byCreated = [...contacts].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  for (const contact of byCreated) {
    const key = contact.organisationId ? '' : organisationKey(contact.company);
    if (key) spell(key, contact.company as string).members.push(contact);
  }
  const organisations = new Map<string, Organisation>();
  for (const [key, group] of groups) {
    const name = [...group.spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
    organisations.set(key, { id: newId(), name, nameKeys: [key], domains: [], createdAt: now, updatedAt: now });
  }

  // A domain goes to the organisation most of its addresses' owners name; a tie gives it to nobody.
  const domainVotes = new Map<string, Map<string, number>>();
  for (const [key, group] of groups) {
    for (const member of group.members) {
      for (const domain of organisationDomainsOf(member.emails)) {
        const votes = domainVotes.get(domain) ?? new Map<string, number>();
        votes.set(key, (votes.get(key) ?? 0) + 1);
        domainVotes.set(domain, votes);
      }
    }
  }
  const domainOwner = new Map<string, Organisation>();
  for (const [domain, votes] of [...domainVotes].sort(([a], [b]) => a.localeCompare(b))) {
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0]?.[1] === ranked[1]?.[1]) continue;
    const owner = organisations.get(ranked[0]?.[0] ?? '');
    if (!owner) continue;
    owner.domains.push(domain);
    domainOwner.set(domain, owner);
  }

  const placed = new Map<string, string>();
  const changedContacts: Contact[] = [];
  for (const contact of contacts) {
    if (contact.organisationId) continue;
    const key = organisationKey(contact.company);
    const organisation = key
      ? organisations.get(key)
      : organisationDomainsOf(contact.emails).map((domain) => domainOwner.get(domain)).find(Boolean);
    if (!organisation) continue;
    placed.set(contact.id, organisation.id);
    changedContacts.push({ ...contact, organisationId: organisation.id });
  }
  const ownOrganisation = new Map(contacts.filter((c) => c.organisationId).map((c) => [c.id, c.organisationId as string]));
  const changedAgreements: Agreement[] = [];
  for (const agreement of agreements) {
    if (agreement.organisationId) continue;
    const key = organisationKey(agreement.organisation);
    let organisationId = organisations.get(key)?.id ?? placed.get(agreement.contactId) ?? ownOrganisation.get(agreement.contactId);
    if (!organisationId && key) {
      // Named only by an agreement of someone without a company: a record of its own.
      const name = cleanOrganisationName(agreement.organisation as string);
      const organisation: Organisation = { id: newId(), name, nameKeys: [key], domains: [], createdAt: now, updatedAt: now };
      organisations.set(key, organisation);
      organisationId = organisation.id;
    }
    if (organisationId) changedAgreements.push({ ...agreement, organisationId });
  }
  return { organisations: [...organisations.values()], contacts: changedContacts, agreements: changedAgreements };
}
