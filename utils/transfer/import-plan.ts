import { linkedinSlugFrom, normaliseEmail } from '../domain/identity';
import type { Cadence, CalendarDate, Contact } from '../domain/model';
import { nameKey, notesWithAddition } from '../domain/text';
import { toCadence } from '../schedule/cadence';
import { cleanField, cleanNotes, withoutUndefined } from './clean-fields';
import type { NamedFrom } from './fallback-name';
import type { ImportSource, ImportedPerson } from './imported-person';
import { addLabelsAndDates, labelsAndDatesOf } from './import-plan-labels';
import type { ImportedDate } from './import-labels-dates';

/** A contact to create; the data layer adds id, timestamps, language and formality (from settings). */
export interface NewContactDraft {
  displayName: string;
  /** Set when no row or card of this person gave a name and `displayName` was made from another field. */
  namedFrom?: NamedFrom;
  emails: string[];
  linkedinSlug?: string;
  company?: string;
  role?: string;
  notes?: string;
  /** Only when the user chose one for this import. */
  cadence?: Cadence;
  connectedOn?: CalendarDate;
  /** Labels and categories of every row or card folded into this draft. */
  tags?: string[];
  importantDates?: ImportedDate[];
  /** Every row or card folded into this draft (duplicates within the file). */
  sources: ImportSource[];
}

/** What an import adds to an existing contact: only fields that are empty there, never overwrites. */
export interface ContactAdditions {
  emails: string[];
  linkedinSlug?: string;
  company?: string;
  role?: string;
  /** Notes from the file that the contact's notes do not hold yet; they are appended. */
  notes?: string;
  /** Tags and dates the contact does not have yet: added, as labels add up rather than overwrite. */
  tags?: string[];
  importantDates?: ImportedDate[];
}

export interface PlannedMerge {
  contactId: string;
  adds: ContactAdditions;
  sources: ImportSource[];
}

export type SkipReason =
  /** Neither a name nor an email address nor a LinkedIn profile. */
  | 'no-name-or-identity'
  /** Matches an existing contact and brings nothing new. */
  | 'already-known'
  /** Only a name, and a contact with that name exists: importing again must not double it. */
  | 'same-name-without-identity';

export interface PlannedSkip {
  person: ImportedPerson;
  reason: SkipReason;
  /** The existing contact it was matched with, for 'already-known' and 'same-name-without-identity'. */
  contactId?: string;
}

export interface ImportPlan {
  create: NewContactDraft[];
  merge: PlannedMerge[];
  skip: PlannedSkip[];
}

export interface ImportPlanOptions {
  /** Cadence for created contacts; without it (or `cadenceDays`) they get none. */
  cadence?: Cadence;
  /** Shorthand for `{ unit: 'days', count }`. */
  cadenceDays?: number;
}

/** A person with identities normalised again (people may come from anywhere, not only our parsers). */
interface Candidate {
  person: ImportedPerson;
  name?: string;
  emails: string[];
  linkedinSlug?: string;
}

/**
 * Decides, without touching anything, what importing `people` does: people sharing an email address
 * or a LinkedIn slug (case- and Unicode-normalised) are one person, whether in the file or in
 * `existing`. Matches with existing contacts only fill their empty fields; identities that belong to
 * another existing contact are never moved.
 */
export function planImport(
  people: readonly ImportedPerson[],
  existing: readonly Contact[],
  options: ImportPlanOptions = {},
): ImportPlan {
  const plan: ImportPlan = { create: [], merge: [], skip: [] };
  const candidates: Candidate[] = [];
  for (const person of people) {
    const candidate = candidateOf(person);
    if (candidate.name || candidate.emails.length > 0 || candidate.linkedinSlug) candidates.push(candidate);
    else plan.skip.push({ person, reason: 'no-name-or-identity' });
  }
  const book = addressBook(existing);
  const cadence = toCadence(options.cadence ?? options.cadenceDays);
  const merges = new Map<string, MergeBucket>();
  for (const group of groupsSharingIdentities(candidates)) {
    const match = group.flatMap(identitiesOf).map((key) => book.byIdentity.get(key)).find(Boolean);
    if (match) {
      addToMerge(merges, match, group, book);
      continue;
    }
    const lone = group.length === 1 && identitiesOf(group[0] as Candidate).length === 0 ? (group[0] as Candidate) : undefined;
    const namesake = lone?.name ? book.byName.get(nameKey(lone.name)) : undefined;
    if (lone && namesake) plan.skip.push({ person: lone.person, reason: 'same-name-without-identity', contactId: namesake.id });
    else plan.create.push(draftOf(group, cadence));
  }
  for (const bucket of merges.values()) {
    const { adds } = bucket;
    if (adds.emails.length > 0 || adds.linkedinSlug || adds.company || adds.role || adds.notes || adds.tags || adds.importantDates) {
      plan.merge.push({ contactId: bucket.contact.id, adds: withoutUndefined(adds), sources: bucket.members.map((m) => m.person.source) });
    } else {
      plan.skip.push(...bucket.members.map((m) => ({ person: m.person, reason: 'already-known' as const, contactId: bucket.contact.id })));
    }
  }
  return plan;
}

function candidateOf(person: ImportedPerson): Candidate {
  const emails = [...new Set(person.emails.map(normaliseEmail).filter(Boolean))];
  return withoutUndefined({
    person,
    name: cleanField(person.displayName),
    emails,
    linkedinSlug: person.linkedinSlug ? linkedinSlugFrom(person.linkedinSlug) : undefined,
  });
}

function identitiesOf(candidate: { emails: readonly string[]; linkedinSlug?: string }): string[] {
  const keys = candidate.emails.map((email) => `email:${email}`);
  if (candidate.linkedinSlug) keys.push(`slug:${candidate.linkedinSlug}`);
  return keys;
}

/** Connected groups (union-find over shared identities), in order of first appearance. */
function groupsSharingIdentities(candidates: readonly Candidate[]): Candidate[][] {
  const parent = candidates.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] as number;
    parent[index] = current;
    return current;
  };
  const firstWithIdentity = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    for (const key of identitiesOf(candidate)) {
      const other = firstWithIdentity.get(key);
      if (other === undefined) firstWithIdentity.set(key, index);
      else {
        const [a, b] = [root(index), root(other)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((candidate, index) => {
    const group = groups.get(root(index));
    if (group) group.push(candidate);
    else groups.set(root(index), [candidate]);
  });
  return [...groups.values()];
}

interface AddressBook {
  byIdentity: Map<string, Contact>;
  byName: Map<string, Contact>;
}

function addressBook(contacts: readonly Contact[]): AddressBook {
  const byIdentity = new Map<string, Contact>();
  const byName = new Map<string, Contact>();
  for (const contact of contacts) {
    for (const key of identitiesOf(normalisedIdentities(contact))) if (!byIdentity.has(key)) byIdentity.set(key, contact);
    const name = nameKey(contact.displayName);
    if (name && !byName.has(name)) byName.set(name, contact);
  }
  return { byIdentity, byName };
}

function normalisedIdentities(contact: Contact): { emails: string[]; linkedinSlug?: string } {
  return withoutUndefined({
    emails: contact.emails.map((email) => normaliseEmail(email) || email.normalize('NFC').trim().toLowerCase()),
    linkedinSlug: contact.linkedinSlug ? (linkedinSlugFrom(contact.linkedinSlug) ?? contact.linkedinSlug) : undefined,
  });
}

interface MergeBucket {
  contact: Contact;
  members: Candidate[];
  adds: ContactAdditions;
}

function addToMerge(merges: Map<string, MergeBucket>, contact: Contact, group: readonly Candidate[], book: AddressBook): void {
  const bucket = merges.get(contact.id) ?? { contact, members: [], adds: { emails: [] } };
  merges.set(contact.id, bucket);
  const own = normalisedIdentities(contact);
  const isFree = (key: string) => (book.byIdentity.get(key) ?? contact) === contact;
  for (const member of group) {
    bucket.members.push(member);
    for (const email of member.emails) {
      if (!own.emails.includes(email) && !bucket.adds.emails.includes(email) && isFree(`email:${email}`)) bucket.adds.emails.push(email);
    }
    const slug = member.linkedinSlug;
    if (slug && !own.linkedinSlug && !bucket.adds.linkedinSlug && isFree(`slug:${slug}`)) bucket.adds.linkedinSlug = slug;
    if (isBlank(contact.company)) bucket.adds.company ??= cleanField(member.person.company);
    if (isBlank(contact.role)) bucket.adds.role ??= cleanField(member.person.role);
    const notes = cleanNotes(member.person.notes);
    if (notesWithAddition(contact.notes, notes)) bucket.adds.notes = notesWithAddition(bucket.adds.notes, notes) ?? bucket.adds.notes;
    addLabelsAndDates(bucket.adds, contact, member.person);
  }
}

function isBlank(value: string | undefined): boolean {
  return !value || value.trim() === '';
}

function draftOf(group: readonly Candidate[], cadence: Cadence | undefined): NewContactDraft {
  const first = <T>(pick: (candidate: Candidate) => T | undefined): T | undefined =>
    group.map(pick).find((value) => value !== undefined && value !== '');
  const emails = [...new Set(group.flatMap((candidate) => candidate.emails))];
  const linkedinSlug = first((candidate) => candidate.linkedinSlug);
  const connectedOn = group
    .map((candidate) => candidate.person.connectedOn)
    .filter((date): date is CalendarDate => date !== undefined)
    .sort()[0];
  // A real name from any row of this person beats one made from an email address or an organisation.
  const named = group.find((candidate) => candidate.name && !candidate.person.namedFrom) ?? group.find((candidate) => candidate.name);
  return withoutUndefined({
    displayName: named?.name ?? emails[0] ?? linkedinSlug ?? '',
    namedFrom: named?.person.namedFrom,
    emails,
    linkedinSlug,
    company: first((candidate) => cleanField(candidate.person.company)),
    role: first((candidate) => cleanField(candidate.person.role)),
    notes: first((candidate) => cleanNotes(candidate.person.notes)),
    cadence: cadence ? { ...cadence } : undefined,
    ...labelsAndDatesOf(group.map((candidate) => candidate.person)),
    connectedOn,
    sources: group.map((candidate) => candidate.person.source),
  });
}
