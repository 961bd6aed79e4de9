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

/** One organisation's page, read in one transaction; undefined when there is no such organisation. */
export async function readOrganisationPage(db: RapportDatabase, organisationId: string): Promise<OrganisationPage | undefined> {
  const tx = db.transaction(['organisations', 'contacts', 'agreements', 'interactions']);
  const organisations = tx.objectStore('organisations');
  const contacts = tx.objectStore('contacts');
  const [organisation, people, agreements] = await Promise.all([
    organisations.get(organisationId),
    contacts.index('byOrganisation').getAll(organisationId),
    tx.objectStore('agreements').index('byOrganisation').getAll(organisationId),
  ]);
  if (!organisation) return undefined;
  const names: Record<string, string> = {};
  for (const person of people) names[person.id] = person.displayName;
  const former = [...new Set(agreements.map((agreement) => agreement.contactId).filter((id) => !(id in names)))];
  const [formerPeople, history, suggestions] = await Promise.all([
    Promise.all(former.map((id) => contacts.get(id))),
    latestHistory(tx.objectStore('interactions'), people, ORGANISATION_HISTORY),
    mergeSuggestions(organisations, organisation, people),
  ]);
  for (const person of formerPeople) if (person) names[person.id] = person.displayName;
  people.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { organisation, people, agreements, names, history, suggestions };
}

interface InteractionsByContact {
  index(name: 'byContactAt'): { getAll(range: IDBKeyRange): Promise<Interaction[]> };
}

/**
 * The newest `limit` interactions of all these people. People are read newest last contact first, and
 * reading stops at the first whose last contact is older than everything already kept: a big organisation
 * costs a few look-ups, not one per person.
 */
async function latestHistory(interactions: InteractionsByContact, people: readonly Contact[], limit: number): Promise<Interaction[]> {
  const inTouch = people.filter((person) => person.lastContactAt !== undefined).sort((a, b) => (b.lastContactAt ?? 0) - (a.lastContactAt ?? 0));
  let kept: Interaction[] = [];
  for (const person of inTouch) {
    const oldestKept = kept[limit - 1];
    if (oldestKept && (person.lastContactAt ?? 0) < oldestKept.at) break;
    const theirs = await interactions.index('byContactAt').getAll(IDBKeyRange.bound([person.id, -Infinity], [person.id, Infinity]));
    kept = [...kept, ...theirs.slice(-limit)].sort((a, b) => b.at - a.at).slice(0, limit);
  }
  return kept;
}

async function mergeSuggestions(
  organisations: { getAll(): Promise<Organisation[]>; index(name: 'byDomain'): { get(key: string): Promise<Organisation | undefined> } },
  organisation: Organisation,
  people: readonly Contact[],
): Promise<MergeSuggestion[]> {
  const suggestions = new Map<string, MergeSuggestion>();
  for (const domain of organisationDomainsOf(people.flatMap((person) => person.emails))) {
    const holder = await organisations.index('byDomain').get(domain);
    if (holder && holder.id !== organisation.id) suggestions.set(holder.id, { organisation: holder, reason: 'domain', detail: domain });
  }
  const similar = nameMatcher(organisation.name);
  const key = organisationKey(organisation.name);
  for (const other of await organisations.getAll()) {
    if (other.id === organisation.id || suggestions.has(other.id)) continue;
    const otherKey = organisationKey(other.name);
    const prefix = key.length >= 4 && otherKey.length >= 4 && (otherKey.startsWith(`${key} `) || key.startsWith(`${otherKey} `));
    if (prefix || similar(other.name) >= SIMILAR_NAME) suggestions.set(other.id, { organisation: other, reason: 'name', detail: other.name });
  }
  return [...suggestions.values()];
}

