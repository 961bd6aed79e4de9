import type { Agreement, Contact, Interaction, Organisation } from '../domain/model';
import { nameMatcher } from '../domain/name-similarity';
import { organisationDomainsOf, organisationKey } from '../domain/organisation';
import type { RapportDatabase } from './open';

/** How much history an organisation page shows: the latest contact with any of its people. */
export const ORGANISATION_HISTORY = 30;
const SIMILAR_NAME = 0.8;

/** Another organisation record that may be the same one; merged only when the user confirms. */
export interface MergeSuggestion {
  organisation: Organisation;
  /** `domain`: one of our people writes from an address the other holds; `name`: the names are nearly the same. */
  reason: 'domain' | 'name';
  detail: string;
}

export interface OrganisationPage {
  organisation: Organisation;
  /** Its people, by name. */
  people: Contact[];
  /** Everything agreed with it, with people who have left included. */
  agreements: Agreement[];
  /** Names of everyone an agreement or an interaction mentions, by contact id. */
  names: Record<string, string>;
  /** The latest contact with any of its people, newest first. */
  history: Interaction[];
  suggestions: MergeSuggestion[];
}

/** What an organisation page shows first: all but the agreements when there are many (`readOrganisationAgreements`). */
export type OrganisationFirst = Omit<OrganisationPage, 'agreements'> & { agreements?: Agreement[] };

/** Up to this many agreements come with the first screen of an organisation page; more are read after it. */
export const FIRST_AGREEMENTS = 100;

/**
 * One organisation's page, whole: in one transaction, or two when it has more than `FIRST_AGREEMENTS` agreements.
 * Undefined when there is no such organisation.
 */
export async function readOrganisationPage(db: RapportDatabase, organisationId: string): Promise<OrganisationPage | undefined> {
  const first = await readOrganisationFirst(db, organisationId);
  if (!first || first.agreements) return first && { ...first, agreements: first.agreements ?? [] };
  return { ...first, ...(await readOrganisationAgreements(db, organisationId, first.names)) };
}

/**
 * The first screen of an organisation page, in one transaction: the organisation, its people, the latest contact
 * with them, merge suggestions, and its agreements only when there are at most `FIRST_AGREEMENTS` (one request tells):
 * a large client's thousands of agreements would keep everything else off the screen. Undefined when there is no
 * such organisation.
 */
export async function readOrganisationFirst(db: RapportDatabase, organisationId: string): Promise<OrganisationFirst | undefined> {
  const tx = db.transaction(['organisations', 'contacts', 'agreements', 'interactions']);
  const organisations = tx.objectStore('organisations');
  const contacts = tx.objectStore('contacts');
  const [organisation, people, someAgreements] = await Promise.all([
    organisations.get(organisationId),
    contacts.index('byOrganisation').getAll(organisationId),
    tx.objectStore('agreements').index('byOrganisation').getAll(organisationId, FIRST_AGREEMENTS + 1),
  ]);
  if (!organisation) return undefined;
  const names: Record<string, string> = {};
  for (const person of people) names[person.id] = person.displayName;
  const agreements = someAgreements.length <= FIRST_AGREEMENTS ? someAgreements : undefined;
  const [history, suggestions] = await Promise.all([
    latestHistory(tx.objectStore('interactions'), people, ORGANISATION_HISTORY),
    mergeSuggestions(organisations, organisation, people),
    agreements && addFormerNames(contacts, agreements, names),
  ]);
  people.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { organisation, people, names, history, suggestions, ...(agreements ? { agreements } : {}) };
}

/** Every agreement with the organisation, and `names` with the people who made them but have left it. */
export async function readOrganisationAgreements(
  db: RapportDatabase,
  organisationId: string,
  names: Readonly<Record<string, string>>,
): Promise<Pick<OrganisationPage, 'agreements' | 'names'>> {
  const tx = db.transaction(['contacts', 'agreements']);
  const agreements = await tx.objectStore('agreements').index('byOrganisation').getAll(organisationId);
  const withFormer = { ...names };
  await addFormerNames(tx.objectStore('contacts'), agreements, withFormer);
  return { agreements, names: withFormer };
}

async function addFormerNames(contacts: { get(id: string): Promise<Contact | undefined> }, agreements: readonly Agreement[], names: Record<string, string>): Promise<void> {
  const former = [...new Set(agreements.map((agreement) => agreement.contactId).filter((id) => !(id in names)))];
  for (const person of await Promise.all(former.map((id) => contacts.get(id)))) if (person) names[person.id] = person.displayName;
}

interface InteractionsByContact {
  index(name: 'byContactAt'): { getAll(range: IDBKeyRange): Promise<Interaction[]> };
}

/**
 * The newest `limit` interactions of all these people, read for the `limit` people contacted last, together: anyone
 * else was last in touch before each of them, so none of their interactions is newer than those `limit` last ones.
 */
async function latestHistory(interactions: InteractionsByContact, people: readonly Contact[], limit: number): Promise<Interaction[]> {
  const inTouch = people
    .filter((person) => person.lastContactAt !== undefined)
    .sort((a, b) => (b.lastContactAt ?? 0) - (a.lastContactAt ?? 0))
    .slice(0, limit);
  const lists = await Promise.all(inTouch.map((person) => interactions.index('byContactAt').getAll(IDBKeyRange.bound([person.id, -Infinity], [person.id, Infinity]))));
  return lists
    .flatMap((list) => list.slice(-limit))
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
}

async function mergeSuggestions(
  organisations: { getAll(): Promise<Organisation[]>; index(name: 'byDomain'): { get(key: string): Promise<Organisation | undefined> } },
  organisation: Organisation,
  people: readonly Contact[],
): Promise<MergeSuggestion[]> {
  const suggestions = new Map<string, MergeSuggestion>();
  const domains = organisationDomainsOf(people.flatMap((person) => person.emails));
  const [holders, all] = await Promise.all([Promise.all(domains.map((domain) => organisations.index('byDomain').get(domain))), organisations.getAll()]);
  domains.forEach((domain, index) => {
    const holder = holders[index];
    if (holder && holder.id !== organisation.id) suggestions.set(holder.id, { organisation: holder, reason: 'domain', detail: domain });
  });
  const similar = nameMatcher(organisation.name);
  const key = organisationKey(organisation.name);
  for (const other of all) {
    if (other.id === organisation.id || suggestions.has(other.id)) continue;
    const otherKey = organisationKey(other.name);
    const prefix = key.length >= 4 && otherKey.length >= 4 && (otherKey.startsWith(`${key} `) || key.startsWith(`${otherKey} `));
    if (prefix || similar(other.name) >= SIMILAR_NAME) suggestions.set(other.id, { organisation: other, reason: 'name', detail: other.name });
  }
  return [...suggestions.values()];
}

