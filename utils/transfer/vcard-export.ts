import { linkedinProfileUrl } from '../domain/identity';
import type { Contact } from '../domain/model';
import { contentLine, escapeText, joinLines, structuredValue, wellFormed } from './content-lines';
import { labelAndDateLines } from './vcard-export-dates';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One vCard 4.0 (RFC 6350) per contact: FN, N, ORG, TITLE, EMAIL (first one PREF=1), the LinkedIn
 * profile as URL, NOTE, tags as CATEGORIES, important dates (BDAY, ANNIVERSARY, Apple's labelled
 * X-ABDATE), and a UID from the contact id so other apps can recognise a re-import.
 * N is a guess from the display name (last word = family name); FN is what importers should show.
 */
export function exportVCard4(contacts: readonly Contact[]): string {
  return contacts.map(cardOf).join('');
}

function cardOf(contact: Contact): string {
  const formattedName = contact.displayName || contact.emails[0] || contact.linkedinSlug || '';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    uidLine(contact.id),
    contentLine('FN', escapeText(formattedName)),
    contentLine('N', structuredValue(nameComponents(contact.displayName))),
  ];
  if (contact.company) lines.push(contentLine('ORG', structuredValue([contact.company])));
  if (contact.role) lines.push(contentLine('TITLE', escapeText(contact.role)));
  contact.emails.forEach((email, index) => {
    lines.push(contentLine('EMAIL', escapeText(email), index === 0 && contact.emails.length > 1 ? ['PREF=1'] : []));
  });
  if (contact.linkedinSlug) lines.push(contentLine('URL', linkedinProfileUrl(wellFormed(contact.linkedinSlug)), ['TYPE=linkedin']));
  if (contact.notes) lines.push(contentLine('NOTE', escapeText(contact.notes)));
  lines.push(...labelAndDateLines(contact));
  lines.push('END:VCARD');
  return joinLines(lines);
}

function uidLine(id: string): string {
  return UUID.test(id) ? contentLine('UID', `urn:uuid:${id.toLowerCase()}`) : contentLine('UID', escapeText(id), ['VALUE=text']);
}

/** `family;given;additional;prefix;suffix` from "Given … Family". */
function nameComponents(displayName: string): string[] {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return ['', words[0] ?? '', '', '', ''];
  return [words[words.length - 1] as string, words.slice(0, -1).join(' '), '', '', ''];
}
