/** Fixtures and checks shared by the drafts tests (not imported by the app). */
import type { Agreement, Contact, Formality, Interaction, Language, Salutation } from '../domain/model';
import type { DraftInput } from './context';

export const TODAY = '2027-01-12';
export const TIME_ZONE = 'Europe/Berlin';

export const at = (date: string, time = '12:00') => Date.parse(`${date}T${time}:00Z`);

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'contact-anna',
    displayName: 'Anna Müller',
    company: 'Bäckerei Sonnenschein GmbH',
    role: 'Marketingleitung',
    emails: ['anna@example.com'],
    language: 'de',
    formality: 'du',
    salutation: 'frau',
    createdAt: at('2025-03-01'),
    updatedAt: at('2025-03-01'),
    ...overrides,
  };
}

export function agreement(id: string, kind: Agreement['kind'], text: string, overrides: Partial<Agreement> = {}): Agreement {
  return { id, contactId: 'contact-anna', kind, text, status: 'open', createdAt: 1, updatedAt: 1, ...overrides };
}

export function interaction(id: string, date: string, channel: Interaction['channel'], summary?: string): Interaction {
  return { id, contactId: 'contact-anna', at: at(date), channel, direction: 'mutual', createdAt: at(date), ...(summary ? { summary } : {}) };
}

export const CALL_ID = 'call-2026-10-12';

/** A contact with everything: a call with two agreements, terms, an overdue invoice, a completed deadline. */
export function fullInput(language: Language, formality: Formality, salutation: Salutation = 'frau'): DraftInput {
  return {
    contact: contact({ language, formality, salutation }),
    interactions: [
      interaction('first-mail', '2025-03-10', 'email', 'Erste Anfrage zum Relaunch'),
      interaction(CALL_ID, '2026-10-12', 'call', 'Relaunch der Website: Zeitplan und Budget'),
    ],
    agreements: [
      agreement('draft', 'deadline', 'Entwurf Startseite', { dueDate: '2027-01-22', interactionId: CALL_ID, updatedAt: 5 }),
      agreement('photos', 'promise', 'Bildrechte klären', { interactionId: CALL_ID }),
      agreement('terms', 'payment-terms', '14 Tage netto'),
      agreement('rule', 'rescheduling-rule', 'Verschiebungen bis 48 Stunden vorher sind kostenfrei'),
      agreement('invoice', 'invoice', 'Rechnung 2026-031 über 2.400 €', { dueDate: '2026-12-15' }),
      agreement('logo', 'deadline', 'Logo-Überarbeitung', { status: 'done', updatedAt: 9 }),
    ],
    user: { name: 'Max Mustermann', signature: 'Max Mustermann\nMustermann Design' },
    today: TODAY,
    language,
    timeZone: TIME_ZONE,
    focus: { previousDate: '2027-01-15', predecessorName: 'Jonas Weber' },
  };
}

/** Nothing known: no name, no company, no history, no user. */
export function sparseInput(language: Language, formality: Formality): DraftInput {
  return {
    contact: contact({ displayName: '', company: undefined, role: undefined, salutation: undefined, language, formality }),
    interactions: [],
    agreements: [],
    user: {},
    today: '2027-03-12',
    language,
    timeZone: TIME_ZONE,
  };
}

/** Some things known: a single name with a salutation, an e-mail without summary, an undated promise, no user name. */
export function partialInput(language: Language, formality: Formality): DraftInput {
  return {
    contact: contact({ displayName: 'Anna', company: undefined, salutation: 'frau', language, formality }),
    interactions: [interaction('mail', '2026-12-01', 'email')],
    agreements: [agreement('promise', 'promise', 'Angebot schicken'), agreement('paid', 'invoice', 'Rechnung 7', { status: 'done' })],
    user: { signature: '  \n Max \n\n' },
    today: '2027-07-01',
    language,
    timeZone: TIME_ZONE,
  };
}

const GREETING = /^(?:(?:Hallo|Guten Tag|Hi|Dear) \S.*|Hallo|Guten Tag|Hello),$/u;

/** Everything a draft must never contain; empty when the draft is clean. */
export function draftProblems(draft: { subject: string; body: string }): string[] {
  const problems: string[] = [];
  const check = (field: string, text: string) => {
    for (const word of ['undefined', 'null', 'NaN', '[object']) if (text.includes(word)) problems.push(`${field}: "${word}"`);
    if (/[{}]|\[\[|\]\]|\|\|/u.test(text)) problems.push(`${field}: template syntax left over`);
    if (text.includes('  ')) problems.push(`${field}: doubled space`);
    if (/ [,.;:!?]/u.test(text)) problems.push(`${field}: space before punctuation`);
    if (/[,;:]\s*[.!?]/u.test(text)) problems.push(`${field}: dangling comma or colon`);
    if (/\n\n\n/u.test(text)) problems.push(`${field}: more than one blank line`);
    if (text !== text.trim()) problems.push(`${field}: not trimmed`);
    if (/[ \t]\n|\n[ \t]/u.test(text)) problems.push(`${field}: space at a line end`);
    if ([...text].some((char) => char !== '\n' && (char < ' ' || (char >= '\u007f' && char <= '\u009f')))) {
      problems.push(`${field}: control character`);
    }
    if (/[„“”]\s*[„“”]/u.test(text)) problems.push(`${field}: empty quotes`);
  };
  check('subject', draft.subject);
  check('body', draft.body);
  if (!draft.subject) problems.push('subject: empty');
  if (draft.subject.includes('\n')) problems.push('subject: line break');
  const lines = draft.body.split('\n');
  if (!GREETING.test(lines[0] ?? '')) problems.push(`body: greeting "${lines[0]}"`);
  lines.forEach((line, index) => {
    // A comma may end the greeting, or a closing followed by the signature, nothing else.
    if (index > 0 && line.endsWith(',') && !lines[index + 1]) problems.push(`body: dangling comma "${line}"`);
  });
  if (lines.length < 3) problems.push('body: no text after the greeting');
  return problems;
}
