import { cleanField } from './clean-fields';

/** What a person without a name in the file was named from, so the preview can say so. */
export type NamedFrom = 'organisation' | 'email' | 'linkedin' | 'phone';

export interface WhatItHas {
  company?: string;
  emails?: readonly string[];
  linkedinSlug?: string;
  phones?: readonly string[];
}

export interface ChosenName {
  displayName: string;
  namedFrom?: NamedFrom;
}

/**
 * The file's name when it has one; otherwise the organisation, else the email address's local part, else the
 * LinkedIn slug, else a phone number. `displayName` is '' when there is nothing at all.
 */
export function chooseName(name: string | undefined, has: WhatItHas): ChosenName {
  if (name) return { displayName: name };
  const email = has.emails?.[0];
  const candidates: Array<[NamedFrom, string | undefined]> = [
    ['organisation', has.company],
    ['email', email && cleanField(email.slice(0, email.lastIndexOf('@')))],
    ['linkedin', has.linkedinSlug],
    ['phone', has.phones?.map((phone) => cleanField(phone)).find(Boolean)],
  ];
  for (const [namedFrom, value] of candidates) if (value) return { displayName: value, namedFrom };
  return { displayName: '' };
}

/** Rapport keeps no phone numbers: a person known only by their number keeps it in the notes. */
export function notesKeepingPhone(chosen: ChosenName, notes: string | undefined): string | undefined {
  return chosen.namedFrom === 'phone' ? [`Tel. ${chosen.displayName}`, notes].filter(Boolean).join('\n') : notes;
}
