import { cleanText } from '../../domain/text';
import type { FactField, ProfileFacts } from './profile-reading';

/** Longest text kept per fact; LinkedIn itself allows 220 characters in a headline. */
const MAX_LENGTH: Record<FactField, number> = {
  name: 200,
  headline: 300,
  company: 200,
  role: 200,
  location: 200,
};

export type RawFacts = { [Field in FactField]?: string | null };

/** Page text made safe and trimmed; undefined without a name, empty facts left out. */
export function cleanFacts(raw: RawFacts): ProfileFacts | undefined {
  const name = cleanFact('name', raw.name);
  if (!name) return undefined;
  const facts: ProfileFacts = { name };
  for (const field of ['headline', 'company', 'role', 'location'] as const) {
    const value = cleanFact(field, raw[field]);
    if (value) facts[field] = value;
  }
  return facts;
}

export function cleanFact(field: FactField, value: string | null | undefined): string {
  return cleanText(value, MAX_LENGTH[field]);
}
