import type { Formality, Language, Salutation } from '../domain/model';
import { cleanLine } from './text';

export interface PersonName {
  first?: string;
  last?: string;
  /** Academic title for a formal greeting: `Dr.`, `Prof. Dr.`. */
  title?: string;
}

/** Lower-case name particles that begin a surname: "Ursula von der Leyen", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'von', 'vom', 'zu', 'zum', 'zur', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ten', 'ter', 'af', 'al', 'bin', 'ibn',
]);
/** `Dr.`, `Dr`, `Dr.-Ing.`, `Prof.`; `Drew` is no title. */
const TITLE = /^(?:prof|dr)(?:\.|$)[\p{L}.-]*$/iu;
/** Faculty parts after a title, dropped from greetings: `Dr. med.`, `Dr. rer. nat.`. */
const TITLE_PART = /^\p{Ll}[\p{Ll}.]*\.$/u;
/** A form of address typed into the name: `Frau`, `Herr`, `Mr.`, `Ms`. */
const FORM_OF_ADDRESS = /^(?:frau|herr|mr|mrs|ms|miss)\.?$/iu;
/** Degrees after a comma: `Anna Müller, MBA`, `Anna Müller, M.A.`. */
const DEGREES = /^(?:[\p{Lu}.]{2,}|Ph\.?D\.?|MSc|BSc|MEng|Dipl\.[\p{L}.-]*)(?:\s+(?:[\p{Lu}.]{2,}|Ph\.?D\.?|MSc|BSc))*$/u;

/**
 * First and last name from a display name, kept simple and predictable:
 * - `Müller, Anna` / `von der Leyen, Ursula` (a surname, then a comma) is read surname first;
 * - otherwise what follows a comma (`Anna Müller, MBA`, `Anna Müller, Acme`) is dropped, as are parenthesised
 *   parts, anything after `|` and tokens without letters (emoji);
 * - an e-mail address yields no name;
 * - leading `Dr.`/`Prof.` become the title (with `med.`, `rer. nat.` … dropped), a leading `Frau`/`Herr`/`Ms` is dropped;
 * - the first word is the first name (middle names are not used in greetings);
 * - the last name is the last word, with the particles before it (`von der Leyen`, `van Beethoven`);
 * - a single word is taken as the first name, or as the last name after a title (`Dr. Müller`).
 */
export function splitName(displayName: string): PersonName {
  let name = cleanLine(displayName);
  if (!name || name.includes('@')) return {};
  name = name.replace(/\([^)]*\)/gu, ' ').split('|')[0] as string;

  const comma = name.indexOf(',');
  if (comma !== -1) {
    const head = name.slice(0, comma).trim();
    const rest = name.slice(comma + 1).split(',')[0]?.trim() ?? '';
    const headWords = head.split(/\s+/u);
    const surnameOnly = headWords.slice(0, -1).every((word) => PARTICLES.has(word.toLowerCase()));
    name = surnameOnly && rest && !DEGREES.test(rest) ? `${rest} ${head}` : head;
  }

  const tokens = name.split(/\s+/u).filter((token) => /\p{L}/u.test(token));
  const titles: string[] = [];
  for (;;) {
    const token = tokens[0];
    if (token === undefined || tokens.length < 2) break;
    if (TITLE.test(token)) titles.push(token);
    else if (!(titles.length > 0 && TITLE_PART.test(token)) && !FORM_OF_ADDRESS.test(token)) break;
    tokens.shift();
  }
  const title = titles.length > 0 ? titles.join(' ') : undefined;
  if (tokens.length === 0) return {};
  // "Dr. Müller": after a title, a single word is the surname.
  if (tokens.length === 1) return withTitle(title ? { last: tokens[0] as string } : { first: tokens[0] as string }, title);

  let lastStart = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (PARTICLES.has((tokens[i] as string).toLowerCase())) {
      lastStart = i;
      break;
    }
  }
  return withTitle({ first: tokens[0] as string, last: tokens.slice(lastStart).join(' ') }, title);
}

function withTitle(name: PersonName, title: string | undefined): PersonName {
  return title ? { ...name, title } : name;
}

export interface GreetingOptions {
  language: Language;
  formality: Formality;
  salutation?: Salutation;
}

/**
 * The greeting without its comma; never empty.
 * de du: `Hallo Anna` | `Hallo`. de Sie: `Guten Tag Frau Dr. Müller` (salutation set), `Guten Tag Anna Müller`
 * (salutation none) | `Guten Tag`. en informal: `Hi Anna` | `Hello`. en formal: `Dear Dr Müller`, `Dear Ms Müller`,
 * `Dear Anna Müller`, `Dear Anna` | `Hello`. A formal greeting never uses a first name with Frau/Herr.
 */
export function greetingFor(name: PersonName, { language, formality, salutation }: GreetingOptions): string {
  const first = cleanLine(name.first);
  const last = cleanLine(name.last);
  const title = cleanLine(name.title);
  if (language === 'de') {
    if (formality === 'du') return first ? `Hallo ${first}` : 'Hallo';
    const titled = (rest: string) => (title ? `${title} ${rest}` : rest);
    if (last && (salutation === 'frau' || salutation === 'herr')) {
      return `Guten Tag ${salutation === 'frau' ? 'Frau' : 'Herr'} ${titled(last)}`;
    }
    if (first && last) return `Guten Tag ${titled(`${first} ${last}`)}`;
    if (last && title) return `Guten Tag ${titled(last)}`;
    return 'Guten Tag';
  }
  if (formality === 'du') return first ? `Hi ${first}` : 'Hello';
  const englishTitle = /prof/iu.test(title) ? 'Professor' : title ? 'Dr' : '';
  if (last && englishTitle) return `Dear ${englishTitle} ${last}`;
  if (last && salutation === 'frau') return `Dear Ms ${last}`;
  if (last && salutation === 'herr') return `Dear Mr ${last}`;
  if (first && last) return `Dear ${first} ${last}`;
  if (first) return `Dear ${first}`;
  return 'Hello';
}
