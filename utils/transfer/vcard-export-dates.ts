import type { Contact, ImportantDate } from '../domain/model';
import { datePartsOf } from '../schedule/important-dates';
import { contentLine, escapeText } from './content-lines';
import { ANNIVERSARY_LABEL, PROJECT_LABEL_PREFIX, WORKING_TOGETHER_LABEL } from './import-labels-dates';

/**
 * CATEGORIES (commas in a tag escaped), BDAY, ANNIVERSARY for a personal anniversary, and every other
 * date as Apple's `itemN.X-ABDATE` with its `itemN.X-ABLabel`, which Apple Contacts shows and Rapport
 * reads back as the same kind. Dates in vCard 4 form: `19850415`, `--0415` without a year.
 */
export function labelAndDateLines(contact: Pick<Contact, 'tags' | 'importantDates'>): string[] {
  const lines: string[] = [];
  if (contact.tags?.length) lines.push(contentLine('CATEGORIES', contact.tags.map(escapeText).join(',')));
  let item = 0;
  let birthday = false;
  for (const date of contact.importantDates ?? []) {
    const value = vCardDate(date.date);
    if (!value) continue;
    if (date.kind === 'birthday' && !birthday) {
      birthday = true;
      lines.push(contentLine('BDAY', value));
    } else if (date.kind === 'custom' && date.label === ANNIVERSARY_LABEL) {
      lines.push(contentLine('ANNIVERSARY', value));
    } else {
      item += 1;
      lines.push(contentLine(`item${item}.X-ABDATE`, value), contentLine(`item${item}.X-ABLabel`, escapeText(labelOf(date))));
    }
  }
  return lines;
}

function labelOf(date: ImportantDate): string {
  if (date.kind === 'anniversary') return WORKING_TOGETHER_LABEL;
  if (date.kind === 'project') return `${PROJECT_LABEL_PREFIX}${date.label ?? ''}`.trim();
  if (date.kind === 'birthday') return 'Birthday';
  return date.label ?? 'Other';
}

function vCardDate(value: string): string | undefined {
  const parts = datePartsOf(value);
  if (!parts) return undefined;
  const md = `${String(parts.month).padStart(2, '0')}${String(parts.day).padStart(2, '0')}`;
  return parts.year === undefined ? `--${md}` : `${String(parts.year).padStart(4, '0')}${md}`;
}
