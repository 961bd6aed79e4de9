import { linkedinSlugFrom, normaliseEmail } from '../../domain/identity';
import type { Channel, Contact, Direction } from '../../domain/model';
import { nameKey } from '../../domain/text';
import { personKey, type HistoryEntry, type HistoryPerson } from './history-entry';

/** "People you wrote with at least 3 times in the last 2 years". */
export const NEW_PERSON_MIN_COUNT = 3;
export const NEW_PERSON_WINDOW_MS = 2 * 365.25 * 24 * 60 * 60 * 1000;

/** An existing contact by id, or the n-th contact this import creates. */
export type ContactRef = { contactId: string } | { draft: number };

export interface PlannedHistoryInteraction {
  contact: ContactRef;
  /** The entry's key; the stored source key is `<key>:<contact id>`. */
  key: string;
  at: number;
  channel: Channel;
  direction: Direction;
  summary?: string;
}

/** Someone not in Rapport whom the user corresponded with often enough to offer adding them. */
export interface NewPersonProposal {
  personKey: string;
  displayName: string;
  emails: string[];
  linkedinSlug?: string;
  /** Interactions in the window. */
  recent: number;
  total: number;
  last: number;
}

export interface HistoryPlan {
  interactions: PlannedHistoryInteraction[];
  /** The proposals the user accepted, in the order `ContactRef.draft` counts them. */
  create: NewPersonProposal[];
  /** Every proposal, accepted or not. */
  proposals: NewPersonProposal[];
  /** Distinct existing contacts that get interactions. */
  contacts: number;
  /** Entries neither sent by the user nor to them (or the user is unknown yet). */
  notMine: number;
  /** Interactions with people who are not contacts (and not added). */
  withOthers: number;
  /** Interactions already stored by an earlier import. */
  alreadyImported: number;
}

export interface HistoryPlanOptions {
  /** Person keys (`email:…`, `slug:…`, `name:…`) that are the user. */
  own: ReadonlySet<string>;
  /** Proposals (by person key) to add as new contacts. */
  add?: ReadonlySet<string>;
  /** Source keys already stored. */
  existingKeys?: ReadonlySet<string>;
  now?: number;
}

export const sourceKeyOf = (entryKey: string, contactId: string) => `${entryKey}:${contactId}`;

interface Pairing {
  person: HistoryPerson;
  direction: Direction;
  /** The user wrote to them (or met them): counts towards "wrote with". */
  fromUser: boolean;
}

/**
 * Who each entry is a conversation with, from the user's side: a message the user sent is outbound to each
 * recipient; one sent to the user is inbound from its sender; a meeting the user is in is mutual with
 * everyone else; anything else is not the user's conversation.
 */
export function pairingsOf(entry: HistoryEntry, own: ReadonlySet<string>): Pairing[] | undefined {
  const isOwn = (person: HistoryPerson | undefined) => isOwnPerson(person, own);
  const others = (people: readonly HistoryPerson[]) => people.filter((person) => !isOwn(person) && personKey(person));
  switch (entry.kind) {
    case 'connection':
      return others(entry.to).map((person) => ({ person, direction: 'mutual', fromUser: true }));
    case 'meeting': {
      const everyone = entry.from ? [entry.from, ...entry.to] : entry.to;
      if (!everyone.some(isOwn) || entry.declinedBy?.some((key) => own.has(key))) return undefined;
      return uniquePeople(others(everyone)).map((person) => ({ person, direction: 'mutual', fromUser: true }));
    }
    case 'message': {
      const outbound = entry.knownDirection ? entry.knownDirection === 'outbound' : isOwn(entry.from);
      if (outbound) return uniquePeople(others(entry.to)).map((person) => ({ person, direction: 'outbound', fromUser: true }));
      const inbound = entry.knownDirection === 'inbound' || entry.to.some(isOwn);
      if (!inbound || !entry.from || isOwn(entry.from) || !personKey(entry.from)) return undefined;
      return [{ person: entry.from, direction: 'inbound', fromUser: false }];
    }
  }
}

function isOwnPerson(person: HistoryPerson | undefined, own: ReadonlySet<string>): boolean {
  if (!person) return false;
  if (person.email && own.has(`email:${person.email}`)) return true;
  if (person.linkedinSlug && own.has(`slug:${person.linkedinSlug}`)) return true;
  const name = personKey({ name: person.name });
  return !person.email && !person.linkedinSlug && name !== undefined && own.has(name);
}

function uniquePeople(people: readonly HistoryPerson[]): HistoryPerson[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = personKey(person) as string;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Book {
  byEmail: Map<string, string>;
  bySlug: Map<string, string>;
  /** Names held by exactly one contact. */
  byName: Map<string, string | null>;
}

function bookOf(contacts: readonly Contact[]): Book {
  const book: Book = { byEmail: new Map(), bySlug: new Map(), byName: new Map() };
  for (const contact of contacts) {
    for (const email of contact.emails) {
      const normal = normaliseEmail(email);
      if (normal && !book.byEmail.has(normal)) book.byEmail.set(normal, contact.id);
    }
    const slug = contact.linkedinSlug ? linkedinSlugFrom(contact.linkedinSlug) : undefined;
    if (slug && !book.bySlug.has(slug)) book.bySlug.set(slug, contact.id);
    const name = nameKey(contact.displayName);
    if (name) book.byName.set(name, book.byName.has(name) ? null : contact.id);
  }
  return book;
}

/** An address or profile decides; a name only when LinkedIn gave nothing better and one contact has it. */
function contactOf(person: HistoryPerson, channel: Channel, book: Book): string | undefined {
  const byIdentity = (person.email && book.byEmail.get(person.email)) || (person.linkedinSlug && book.bySlug.get(person.linkedinSlug));
  if (byIdentity) return byIdentity;
  if (channel !== 'linkedin' || !person.name) return undefined;
  return book.byName.get(nameKey(person.name)) ?? undefined;
}

interface Stranger {
  proposal: NewPersonProposal;
  wroteTo: boolean;
  pending: Array<Omit<PlannedHistoryInteraction, 'contact'>>;
}

/**
 * Decides, without touching anything, which interactions a history file adds: only the user's own
 * conversations, attached to existing contacts; people who are not contacts are proposed (at least
 * {@link NEW_PERSON_MIN_COUNT} conversations in the last two years, at least one written by the user)
 * and become contacts only when `add` names them.
 */
export function planHistoryImport(entries: readonly HistoryEntry[], contacts: readonly Contact[], options: HistoryPlanOptions): HistoryPlan {
  const now = options.now ?? Date.now();
  const book = bookOf(contacts);
  const interactions: PlannedHistoryInteraction[] = [];
  const strangers = new Map<string, Stranger>();
  const touched = new Set<string>();
  const seenKeys = new Set<string>();
  let notMine = 0;
  let alreadyImported = 0;
  for (const entry of entries) {
    const pairings = pairingsOf(entry, options.own);
    if (!pairings) {
      notMine += 1;
      continue;
    }
    for (const { person, direction, fromUser } of pairings) {
      const base = { key: entry.key, at: entry.at, channel: entry.channel, direction, ...(entry.summary ? { summary: entry.summary } : {}) };
      const contactId = contactOf(person, entry.channel, book);
      if (contactId) {
        const sourceKey = sourceKeyOf(entry.key, contactId);
        if (seenKeys.has(sourceKey)) continue;
        seenKeys.add(sourceKey);
        if (options.existingKeys?.has(sourceKey)) {
          alreadyImported += 1;
          continue;
        }
        touched.add(contactId);
        interactions.push({ contact: { contactId }, ...base });
        continue;
      }
      const key = personKey(person) as string;
      const stranger = strangers.get(key) ?? { proposal: newProposal(key, person), wroteTo: false, pending: [] };
      strangers.set(key, stranger);
      if (stranger.pending.some((pending) => pending.key === entry.key)) continue;
      stranger.pending.push(base);
      stranger.wroteTo ||= fromUser;
      improveProposal(stranger.proposal, person, entry.at, now);
    }
  }
  const proposals = [...strangers.values()]
    .filter((stranger) => stranger.wroteTo && stranger.proposal.recent >= NEW_PERSON_MIN_COUNT)
    .map((stranger) => stranger.proposal)
    .sort((a, b) => b.recent - a.recent || b.last - a.last);
  const create = proposals.filter((proposal) => options.add?.has(proposal.personKey));
  let withOthers = 0;
  const draftIndex = new Map(create.map((proposal, index) => [proposal.personKey, index]));
  for (const [key, stranger] of strangers) {
    const draft = draftIndex.get(key);
    if (draft === undefined) withOthers += stranger.pending.length;
    else for (const pending of stranger.pending) interactions.push({ contact: { draft }, ...pending });
  }
  return { interactions, create, proposals, contacts: touched.size, notMine, withOthers, alreadyImported };
}

function newProposal(key: string, person: HistoryPerson): NewPersonProposal {
  return {
    personKey: key,
    displayName: '',
    emails: person.email ? [person.email] : [],
    ...(person.linkedinSlug ? { linkedinSlug: person.linkedinSlug } : {}),
    recent: 0,
    total: 0,
    last: 0,
  };
}

function improveProposal(proposal: NewPersonProposal, person: HistoryPerson, at: number, now: number): void {
  proposal.total += 1;
  if (at >= now - NEW_PERSON_WINDOW_MS && at <= now) proposal.recent += 1;
  proposal.last = Math.max(proposal.last, at);
  const name = person.name?.trim();
  if (name && !proposal.displayName) proposal.displayName = name;
  if (!proposal.linkedinSlug && person.linkedinSlug) proposal.linkedinSlug = person.linkedinSlug;
  if (!proposal.displayName) proposal.displayName = person.email ?? person.linkedinSlug ?? '';
  else if (proposal.displayName === person.email && name) proposal.displayName = name;
}

export interface OwnProposal {
  personKey: string;
  label: string;
  /** Entries the identity appears in (as sender or recipient). */
  count: number;
}

/**
 * The identities that appear in the most messages and meetings: the user is in every one of their own
 * conversations, so they lead the list, usually followed by their closest contacts.
 */
export function proposeOwnIdentities(entries: readonly HistoryEntry[], limit = 6): OwnProposal[] {
  const counts = new Map<string, OwnProposal>();
  for (const entry of entries) {
    if (entry.kind === 'connection') continue;
    const seen = new Set<string>();
    for (const person of entry.from ? [entry.from, ...entry.to] : entry.to) {
      const key = personKey(person);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const known = counts.get(key);
      if (known) known.count += 1;
      else counts.set(key, { personKey: key, label: labelOf(person), count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}

function labelOf(person: HistoryPerson): string {
  const name = person.name?.trim();
  const id = person.email ?? person.linkedinSlug;
  if (name && id) return `${name} <${id}>`;
  return name || id || '';
}

/**
 * Which identities are the user to begin with: their addresses from the settings that the file holds;
 * otherwise the top proposal when it is in at least half of the entries (as the user is in their own export).
 */
export function initialOwn(entries: readonly HistoryEntry[], ownEmails: readonly string[], proposals: readonly OwnProposal[]): Set<string> {
  const fromSettings = new Set(ownEmails.map(normaliseEmail).filter(Boolean).map((email) => `email:${email}`));
  const present = proposals.filter((proposal) => fromSettings.has(proposal.personKey));
  if (present.length > 0 || hasAnyOwn(entries, fromSettings)) return fromSettings;
  const counted = entries.filter((entry) => entry.kind !== 'connection').length;
  const top = proposals[0];
  return top && counted > 0 && top.count * 2 >= counted ? new Set([top.personKey]) : new Set();
}

function hasAnyOwn(entries: readonly HistoryEntry[], own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  return entries.some((entry) => [entry.from, ...entry.to].some((person) => isOwnPerson(person, own)));
}
