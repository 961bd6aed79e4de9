import { unwrap } from 'idb';
import type { Agreement, Contact, Interaction, Organisation } from '../domain/model';
import { nameMatcher } from '../domain/name-similarity';
import { organisationDomainsOf, organisationKey } from '../domain/organisation';
import type { RapportDatabase } from './open';
import { byName, contactedLast, peopleByName, type NamedPerson } from './organisation-people';

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
  /** Its first `SHOWN_PEOPLE` people by name (`byName`), read whole. */
  people: Contact[];
  /** How many people it has. */
  peopleCount: number;
  /** Everything agreed with it, with people who have left included. */
  agreements: Agreement[];
  /** Names of everyone an agreement or an interaction mentions, by contact id. */
  names: Record<string, string>;
  /** The latest contact with any of its people, newest first. */
  history: Interaction[];
  suggestions: MergeSuggestion[];
}

/**
 * What an organisation page shows first. A large organisation's agreements come after it (`agreements` unset), and
 * so do the merge suggestions from its people's email domains (`suggestionsComplete` false: only those by name).
 */
export type OrganisationFirst = Omit<OrganisationPage, 'agreements'> & { agreements?: Agreement[]; suggestionsComplete: boolean };

/** What an organisation page reads after its first screen when that could not hold it. */
export type OrganisationRest = Pick<OrganisationPage, 'agreements' | 'names' | 'suggestions'>;

/** Up to this many agreements come with the first screen of an organisation page; more are read after it. */
export const FIRST_AGREEMENTS = 100;
/** How many people an organisation page lists. */
export const SHOWN_PEOPLE = 50;
/** Up to this many people are read whole with the first screen (their email domains give merge suggestions). */
export const FIRST_WHOLE_PEOPLE = 100;

/** One organisation's page, whole: in one transaction, or two for a large organisation. Undefined when there is none. */
export async function readOrganisationPage(db: RapportDatabase, organisationId: string): Promise<OrganisationPage | undefined> {
  const first = await readOrganisationFirst(db, organisationId);
  if (!first) return undefined;
  const { suggestionsComplete: _, ...page } = first;
  if (first.agreements && first.suggestionsComplete) return { ...page, agreements: first.agreements };
  return { ...page, ...(await readOrganisationRest(db, first)) };
}

/**
 * The first screen of an organisation page, in one transaction: the organisation, its people's names and the first
 * `SHOWN_PEOPLE` of them whole, the latest contact with them, merge suggestions, and its agreements when there are
 * at most `FIRST_AGREEMENTS`. Names and the people contacted last come from index keys, so a large organisation's
 * thousands of records stay unread: those of more than `FIRST_WHOLE_PEOPLE` people, whose email domains suggest
 * merges, and many agreements are read after it (`readOrganisationRest`). Undefined when there is no such organisation.
 */
export async function readOrganisationFirst(db: RapportDatabase, organisationId: string): Promise<OrganisationFirst | undefined> {
  const tx = db.transaction(['organisations', 'contacts', 'agreements', 'interactions']);
  const organisations = tx.objectStore('organisations');
  const contacts = tx.objectStore('contacts');
  const [named, history, organisation, others, agreements] = await Promise.all([
    peopleByName(unwrap(contacts.index('byOrganisationName')), organisationId),
    contactedLast(unwrap(contacts.index('byOrganisationLastContact')), organisationId, ORGANISATION_HISTORY).then((ids) =>
      latestHistory(tx.objectStore('interactions'), ids, ORGANISATION_HISTORY),
    ),
    organisations.get(organisationId),
    organisations.getAll(),
    fewAgreements(tx.objectStore('agreements').index('byOrganisation'), organisationId),
  ]);
  if (!organisation) return undefined;
  const names: Record<string, string> = {};
  for (const person of named) names[person.id] = person.displayName;
  const everyone = named.length <= FIRST_WHOLE_PEOPLE ? contacts.index('byOrganisation').getAll(organisationId) : undefined;
  const [people, suggestions] = await Promise.all([
    everyone ? everyone.then((all) => [...all].sort(byName)) : shownPeople(contacts, named),
    everyone ? everyone.then((all) => mergeSuggestions(organisations, organisation, all, others)) : nameSuggestions(organisation, others, new Set()),
    agreements && addFormerNames(contacts, agreements, names),
  ]);
  return {
    organisation,
    people: people.slice(0, SHOWN_PEOPLE),
    peopleCount: named.length,
    names,
    history,
    suggestions,
    suggestionsComplete: everyone !== undefined,
    ...(agreements ? { agreements } : {}),
  };
}

/**
 * What the first screen left out, in one transaction: every agreement with the organisation and `names` with the
 * people who made them but have left it, and the merge suggestions from all its people's email domains too.
 */
export async function readOrganisationRest(db: RapportDatabase, first: Pick<OrganisationFirst, 'organisation' | 'names'>): Promise<OrganisationRest> {
  const tx = db.transaction(['contacts', 'agreements', 'organisations']);
  const contacts = tx.objectStore('contacts');
  const organisations = tx.objectStore('organisations');
  const organisationId = first.organisation.id;
  const [agreements, people, others] = await Promise.all([
    tx.objectStore('agreements').index('byOrganisation').getAll(organisationId),
    contacts.index('byOrganisation').getAll(organisationId),
    organisations.getAll(),
  ]);
  const names = { ...first.names };
  const [suggestions] = await Promise.all([mergeSuggestions(organisations, first.organisation, people, others), addFormerNames(contacts, agreements, names)]);
  return { agreements, names, suggestions };
}

/** The organisation's agreements if there are at most `FIRST_AGREEMENTS`: their keys tell, so many are not read twice. */
async function fewAgreements(
  byOrganisation: { getAllKeys(key: string, count: number): Promise<string[]>; getAll(key: string): Promise<Agreement[]> },
  organisationId: string,
): Promise<Agreement[] | undefined> {
  const keys = await byOrganisation.getAllKeys(organisationId, FIRST_AGREEMENTS + 1);
  if (keys.length > FIRST_AGREEMENTS) return undefined;
  return keys.length === 0 ? [] : byOrganisation.getAll(organisationId);
}

/** The first `SHOWN_PEOPLE` of the organisation's people, in page order, read whole. */
async function shownPeople(contacts: { get(id: string): Promise<Contact | undefined> }, named: readonly NamedPerson[]): Promise<Contact[]> {
  const people = await Promise.all(named.slice(0, SHOWN_PEOPLE).map((person) => contacts.get(person.id)));
  return people.filter((person): person is Contact => person !== undefined);
}

async function addFormerNames(contacts: { get(id: string): Promise<Contact | undefined> }, agreements: readonly Agreement[], names: Record<string, string>): Promise<void> {
  const former = [...new Set(agreements.map((agreement) => agreement.contactId).filter((id) => !(id in names)))];
  for (const person of await Promise.all(former.map((id) => contacts.get(id)))) if (person) names[person.id] = person.displayName;
}

interface InteractionsByContact {
  index(name: 'byContactAt'): { getAll(range: IDBKeyRange): Promise<Interaction[]> };
}

/**
 * The newest `limit` interactions of the organisation's people, read for the `limit` people contacted last, together:
 * anyone else was last in touch before each of them, so none of their interactions is newer than those `limit` last ones.
 */
async function latestHistory(interactions: InteractionsByContact, contactedLast: readonly string[], limit: number): Promise<Interaction[]> {
  const lists = await Promise.all(contactedLast.map((id) => interactions.index('byContactAt').getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]))));
  return lists
    .flatMap((list) => list.slice(-limit))
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
}

/** Every merge suggestion: organisations holding a domain its people write from first, then those with a similar name. */
async function mergeSuggestions(
  organisations: { index(name: 'byDomain'): { get(key: string): Promise<Organisation | undefined> } },
  organisation: Organisation,
  people: readonly Contact[],
  others: readonly Organisation[],
): Promise<MergeSuggestion[]> {
  const suggestions = new Map<string, MergeSuggestion>();
  const domains = organisationDomainsOf(people.flatMap((person) => person.emails));
  const holders = await Promise.all(domains.map((domain) => organisations.index('byDomain').get(domain)));
  domains.forEach((domain, index) => {
    const holder = holders[index];
    if (holder && holder.id !== organisation.id) suggestions.set(holder.id, { organisation: holder, reason: 'domain', detail: domain });
  });
  return [...suggestions.values(), ...nameSuggestions(organisation, others, new Set(suggestions.keys()))];
}

/** Other organisations whose names are nearly this one's, or begin with it (or it with theirs), but for `skip`. */
function nameSuggestions(organisation: Organisation, others: readonly Organisation[], skip: ReadonlySet<string>): MergeSuggestion[] {
  const similar = nameMatcher(organisation.name);
  const key = organisationKey(organisation.name);
  const suggestions: MergeSuggestion[] = [];
  for (const other of others) {
    if (other.id === organisation.id || skip.has(other.id)) continue;
    const otherKey = organisationKey(other.name);
    const prefix = key.length >= 4 && otherKey.length >= 4 && (otherKey.startsWith(`${key} `) || key.startsWith(`${otherKey} `));
    if (prefix || similar(other.name) >= SIMILAR_NAME) suggestions.push({ organisation: other, reason: 'name', detail: other.name });
  }
  return suggestions;
}
