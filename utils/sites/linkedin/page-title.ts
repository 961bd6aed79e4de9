import { cleanText } from '../../domain/text';
import type { RawFacts } from './facts';

/** "(3) " or "(99+) ": unread notifications. */
const NOTIFICATION_PREFIX = /^\(\d+\+?\)\s*/u;
const LINKEDIN_SUFFIX = /\s*\|\s*LinkedIn$/i;
const PART_SEPARATOR = /\s+[-–—]\s+/u;

/**
 * Facts in a profile page's `<title>`: logged in "Name | LinkedIn", logged out
 * "Name - Headline - Company | LinkedIn". Undefined for a title of another shape.
 */
export function readProfileTitle(title: string): RawFacts | undefined {
  const text = cleanText(title, 100_000).replace(NOTIFICATION_PREFIX, '');
  if (!LINKEDIN_SUFFIX.test(text)) return undefined;
  const [name, ...rest] = text.replace(LINKEDIN_SUFFIX, '').split(PART_SEPARATOR);
  if (!name) return undefined;
  // "Name - Something" alone could be a headline or a company: keep only the name.
  if (rest.length < 2) return { name };
  return { name, headline: rest.slice(0, -1).join(' - '), company: rest.at(-1) };
}
