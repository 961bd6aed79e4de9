import { CONTACT_KINDS, type ContactKind } from './model';

/** The longest tag kept, and the most tags one contact holds. */
export const MAX_TAG_LENGTH = 60;
export const MAX_TAGS = 50;

const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** A tag as stored: NFC, control characters gone, whitespace collapsed, trimmed, capped; '' when nothing is left. */
export function cleanTag(value: string): string {
  return value.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
}

/** Case-insensitive key: "Design", "design" and "DESIGN" are one tag. */
export function tagKey(tag: string): string {
  return cleanTag(tag).toLocaleLowerCase('de');
}

/**
 * Cleaned, one per key (the first spelling wins, or the spelling already `known` elsewhere), at most
 * MAX_TAGS, in the given order.
 */
export function uniqueTags(tags: readonly string[] | undefined, known: ReadonlyMap<string, string> = new Map()): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags ?? []) {
    const tag = cleanTag(raw);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.set(key, known.get(key) ?? tag);
    if (seen.size >= MAX_TAGS) break;
  }
  return [...seen.values()];
}

/** Tags from a line the user typed: separated by commas (or semicolons). */
export function tagsFromText(text: string): string[] {
  return uniqueTags(text.split(/[,;]/));
}

export function isContactKind(value: unknown): value is ContactKind {
  return typeof value === 'string' && (CONTACT_KINDS as readonly string[]).includes(value);
}

/** Known kinds only, each once, in the order of CONTACT_KINDS. */
export function uniqueKinds(kinds: readonly unknown[] | undefined): ContactKind[] {
  const given = new Set((kinds ?? []).filter(isContactKind));
  return CONTACT_KINDS.filter((kind) => given.has(kind));
}

/** What the lists filter by: one kind, one tag, or nothing. */
export type ContactFilter = { kind: ContactKind } | { tag: string } | Record<string, never>;

export function matchesFilter(contact: { kinds?: readonly string[]; tags?: readonly string[] }, filter: ContactFilter | undefined): boolean {
  if (!filter) return true;
  if ('kind' in filter) return contact.kinds?.includes(filter.kind) === true;
  if ('tag' in filter) {
    const key = tagKey(filter.tag);
    return contact.tags?.some((tag) => tagKey(tag) === key) === true;
  }
  return true;
}

/** `kind:client` / `tag:Design` in a select's value; '' = everyone. */
export function filterValue(filter: ContactFilter | undefined): string {
  if (filter && 'kind' in filter) return `kind:${filter.kind}`;
  if (filter && 'tag' in filter) return `tag:${filter.tag}`;
  return '';
}

export function filterFromValue(value: string): ContactFilter {
  if (value.startsWith('kind:')) {
    const kind = value.slice(5);
    return isContactKind(kind) ? { kind } : {};
  }
  if (value.startsWith('tag:')) {
    const tag = cleanTag(value.slice(4));
    return tag ? { tag } : {};
  }
  return {};
}
