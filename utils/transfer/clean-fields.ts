import { linkedinSlugFrom, normaliseEmail } from '../domain/identity';
import { cleanText } from '../domain/text';
import { stripControlCharacters } from './text-input';

export const MAX_FIELD_LENGTH = 200;
export const MAX_NOTES_LENGTH = 10_000;

/** A single-line field (name, company, role) made safe; undefined when nothing is left. */
export function cleanField(value: string | undefined): string | undefined {
  return cleanText(value && stripControlCharacters(value), MAX_FIELD_LENGTH) || undefined;
}

/** Notes keep their line breaks (at most one empty line in a row); each line is cleaned like a field. */
export function cleanNotes(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => cleanText(stripControlCharacters(line), MAX_NOTES_LENGTH))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return undefined;
  const characters = Array.from(text);
  return characters.length <= MAX_NOTES_LENGTH ? text : `${characters.slice(0, MAX_NOTES_LENGTH - 1).join('')}…`;
}

/** Valid, normalised, de-duplicated addresses from raw values; each value may hold several (`a ::: b`, `a; b`). */
export function emailsFrom(values: ReadonlyArray<string | undefined>): string[] {
  const emails: string[] = [];
  for (const value of values) {
    for (const part of (value ?? '').split(/\s*(?::::|;|,)\s*/)) {
      const email = normaliseEmail(part);
      if (email && !emails.includes(email)) emails.push(email);
    }
  }
  return emails;
}

/** The slug of a value only when it is a LinkedIn profile URL (`linkedin.com/in/…`), never a bare word. */
export function linkedinSlugFromUrl(value: string | undefined): string | undefined {
  if (!value || !/linkedin\.com\/in\//i.test(value)) return undefined;
  return linkedinSlugFrom(value);
}

/** Joins name parts with single spaces and cleans the result. */
export function joinName(...parts: Array<string | undefined>): string | undefined {
  return cleanField(parts.filter(Boolean).join(' '));
}

/** Name, else the fallbacks in order (company, first email, slug…); '' when there is none. */
export function displayNameFrom(name: string | undefined, ...fallbacks: Array<string | undefined>): string {
  return name ?? fallbacks.find((value) => value !== undefined && value !== '') ?? '';
}

/** Drops keys whose value is undefined, so results compare and serialise cleanly. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
