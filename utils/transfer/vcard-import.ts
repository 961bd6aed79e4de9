import VCard from 'vcf';
import { linkedinSlugFrom } from '../domain/identity';
import { cleanField, cleanNotes, emailsFrom, joinName, linkedinSlugFromUrl, withoutUndefined } from './clean-fields';
import { chooseName, notesKeepingPhone } from './fallback-name';
import type { ImportedPerson, ParseResult, SkippedEntry } from './imported-person';
import { parseFailure } from './imported-person';
import type { RawCard } from './vcard-cards';
import { splitCards } from './vcard-cards';
import { datesOfCard, tagsOfCard } from './vcard-labels-dates';
import { decodeQuotedPrintable, structuredComponents, unescapeText } from './vcard-values';

/** One property as the importer needs it: lower-case name without dashes, decoded value, lower-case params. */
interface CardProperty {
  name: string;
  /** Text after QUOTED-PRINTABLE/CHARSET decoding, escapes still in place. */
  value: string;
  params: ReadonlyMap<string, readonly string[]>;
}

/**
 * vCard 2.1, 3.0 and 4.0 files with one or many cards. PHOTO and other properties are ignored. A card that
 * cannot be read is skipped with its reason; the file fails only when no card in it can be read.
 */
export function parseVCards(text: string): ParseResult {
  const split = splitCards(text);
  if (!split.ok) return split;
  const people: ImportedPerson[] = [];
  const skipped: SkippedEntry[] = [...split.stray];
  let firstBroken: { raw: RawCard; problem: string } | undefined;
  let broken = 0;
  for (const raw of split.cards) {
    const properties = readProperties(raw);
    if (!properties.ok) {
      firstBroken ??= { raw, problem: properties.problem };
      broken += 1;
      skipped.push({ card: raw.card, line: raw.line, reason: properties.problem });
      continue;
    }
    const person = personFrom(properties.list, raw);
    if (person) people.push(person);
    else skipped.push({ card: raw.card, line: raw.line, reason: 'no name, organisation, email address, phone number or LinkedIn URL' });
  }
  if (firstBroken && broken === split.cards.length) {
    const others = broken > 1 ? `; none of the ${broken} cards in the file could be read` : '';
    return parseFailure({ card: firstBroken.raw.card, line: firstBroken.raw.line }, firstBroken.problem + others);
  }
  skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: true, people, skipped };
}

function readProperties(raw: RawCard): { ok: true; list: CardProperty[] } | { ok: false; problem: string } {
  let card: VCard;
  try {
    card = new VCard().parse(withVersion(raw.lines).join('\r\n'));
  } catch (error) {
    return { ok: false, problem: `not a valid vCard (${error instanceof Error ? error.message : String(error)})` };
  }
  const list: CardProperty[] = [];
  // `data` is a plain object keyed by property names from the file: keep only real Property values.
  for (const key of Object.keys(card.data)) {
    const entry = card.data[key];
    for (const property of Array.isArray(entry) ? entry : [entry]) {
      if (property instanceof VCard.Property) list.push(toCardProperty(property));
    }
  }
  return { ok: true, list };
}

/** Some exporters leave VERSION out; such cards read like 3.0, the most common version. */
function withVersion(lines: readonly string[]): readonly string[] {
  if (lines.some((line) => /^VERSION:/i.test(line))) return lines;
  return [lines[0] as string, 'VERSION:3.0', ...lines.slice(1)];
}

function toCardProperty(property: InstanceType<typeof VCard.Property>): CardProperty {
  const params = new Map<string, string[]>();
  for (const [key, value] of Object.entries(property)) {
    const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
    params.set(key.toLowerCase(), values);
  }
  const raw = property.valueOf() ?? '';
  const quotedPrintable =
    params.get('encoding')?.some((value) => /^quoted-printable$/i.test(value)) ||
    params.get('type')?.some((value) => value === 'quoted-printable');
  return {
    name: property._field.toLowerCase().replace(/-/g, ''),
    value: quotedPrintable ? decodeQuotedPrintable(raw, params.get('charset')?.[0]) : raw,
    params,
  };
}

function personFrom(properties: readonly CardProperty[], raw: RawCard): ImportedPerson | undefined {
  const first = (name: string) => properties.find((property) => property.name === name);
  const all = (name: string) => properties.filter((property) => property.name === name);
  const formattedName = cleanField(unescapeText(first('fn')?.value ?? ''));
  const [family, given, additional] = structuredComponents(first('n')?.value ?? '');
  const firstName = cleanField(given);
  const lastName = cleanField(family);
  const company = cleanField(structuredComponents(first('org')?.value ?? '')[0]);
  const emails = emailsFrom(preferredFirst(all('email')).map((property) => unescapeText(property.value)));
  const linkedinSlug = linkedinSlugOf(properties);
  const name = formattedName ?? joinName(firstName, cleanField(additional), lastName);
  const phones = all('tel').map((property) => unescapeText(property.value).replace(/^tel:/i, ''));
  const chosen = chooseName(name, { company, emails, linkedinSlug, phones });
  if (!chosen.displayName) return undefined;
  const notes = cleanNotes(unescapeText(first('note')?.value ?? ''));
  return withoutUndefined<ImportedPerson>({
    ...chosen,
    firstName,
    lastName,
    emails,
    linkedinSlug,
    company,
    role: cleanField(unescapeText(first('title')?.value ?? first('role')?.value ?? '')),
    notes: notesKeepingPhone(chosen, notes),
    tags: tagsOfCard(properties),
    importantDates: datesOfCard(properties),
    source: { format: 'vcard', card: raw.card, line: raw.line },
  });
}

/** `TYPE=pref` (2.1/3.0) or `PREF=1` (4.0) first, file order otherwise. */
function preferredFirst(properties: readonly CardProperty[]): CardProperty[] {
  const isPreferred = (property: CardProperty) =>
    property.params.get('type')?.includes('pref') === true || property.params.get('pref')?.includes('1') === true;
  return [...properties.filter(isPreferred), ...properties.filter((property) => !isPreferred(property))];
}

/** `URL:https://www.linkedin.com/in/…` or Apple's `X-SOCIALPROFILE;type=linkedin;x-user=slug:…`. */
function linkedinSlugOf(properties: readonly CardProperty[]): string | undefined {
  for (const property of properties) {
    if (property.name === 'url') {
      const slug = linkedinSlugFromUrl(unescapeText(property.value));
      if (slug) return slug;
    }
    if (property.name === 'xsocialprofile' && property.params.get('type')?.includes('linkedin')) {
      const user = property.params.get('xuser')?.[0];
      const slug = linkedinSlugFromUrl(unescapeText(property.value)) ?? (user ? linkedinSlugFrom(user) : undefined);
      if (slug) return slug;
    }
  }
  return undefined;
}
