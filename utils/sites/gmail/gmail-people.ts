import { normaliseEmail } from '../../domain/identity';
import { cleanText } from '../../domain/text';
import type { Person } from './gmail-types';

const MAX_ADDRESS_LENGTH = 254;
/** Stricter than a generic address check: no `:` or `/`, so `javascript:x@evil.example` is no address. */
const PLAIN_ADDRESS = /^[\p{L}\p{N}.!#$%&'*+=?^_`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** A page-supplied address, normalised, or '' when it is not a plain address. */
export function readAddress(value: string | null | undefined): string {
  const email = normaliseEmail(value ?? '');
  return email.length <= MAX_ADDRESS_LENGTH && PLAIN_ADDRESS.test(email) ? email : '';
}

/** A `span[email]`: address from `email`, display name from `name` (else its text), both cleaned. */
export function readPerson(element: Element): Person | undefined {
  const email = readAddress(element.getAttribute('email'));
  if (!email) return undefined;
  const name = cleanText(element.getAttribute('name') || element.textContent);
  return { email, name };
}

/** People in order, each address once (the first name seen wins, an empty name is filled later). */
export function uniquePeople(people: Iterable<Person | undefined>): Person[] {
  const byEmail = new Map<string, Person>();
  for (const person of people) {
    if (!person) continue;
    const existing = byEmail.get(person.email);
    if (!existing) byEmail.set(person.email, person);
    else if (!existing.name && person.name) byEmail.set(person.email, { ...existing, name: person.name });
  }
  return [...byEmail.values()];
}
