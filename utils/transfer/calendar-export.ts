import type { Agreement, CalendarDate, Contact, Timestamp } from '../domain/model';
import { addDays, calendarDateOf, isCalendarDate } from '../schedule/calendar';
import { contentLine, escapeText, joinLines, wellFormed } from './content-lines';

export interface CalendarItems {
  contacts: readonly Contact[];
  agreements: readonly Agreement[];
}

export interface CalendarLabels {
  followUp(contactName: string): string;
  agreementDue(agreementText: string, contactName: string | undefined): string;
}

export const ENGLISH_CALENDAR_LABELS: CalendarLabels = {
  followUp: (name) => `Follow up: ${name}`,
  agreementDue: (text, name) => (name ? `Due: ${text} (${name})` : `Due: ${text}`),
};

export interface CalendarOptions {
  /** Decides what "today" is; default the system's zone. */
  timeZone?: string;
  labels?: CalendarLabels;
}

const MAX_SUMMARY_LENGTH = 120;
const UID_DOMAIN = 'rapport.invalid';

/**
 * An iCalendar (RFC 5545) file of all-day events: each contact's upcoming follow-up
 * (`nextFollowUp` today or later) and each open agreement's due date (today or later).
 * UIDs derive from the record ids (`follow-up-<id>@…`, `agreement-<id>@…`), so importing a newer
 * export updates the events instead of doubling them. `now` is the DTSTAMP and defines today.
 */
export function exportCalendar(items: CalendarItems, now: Timestamp, options: CalendarOptions = {}): string {
  const labels = options.labels ?? ENGLISH_CALENDAR_LABELS;
  const today = calendarDateOf(now, options.timeZone);
  const stamp = utcStamp(now);
  const names = new Map(items.contacts.map((contact) => [contact.id, contact.displayName]));
  const events: string[][] = [];
  for (const contact of items.contacts) {
    if (!isUpcoming(contact.nextFollowUp, today)) continue;
    events.push(
      allDayEvent({ uid: `follow-up-${contact.id}`, date: contact.nextFollowUp, stamp, summary: labels.followUp(contact.displayName) }),
    );
  }
  for (const agreement of items.agreements) {
    if (agreement.status !== 'open' || !isUpcoming(agreement.dueDate, today)) continue;
    events.push(
      allDayEvent({
        uid: `agreement-${agreement.id}`,
        date: agreement.dueDate,
        stamp,
        summary: labels.agreementDue(shorten(agreement.text), names.get(agreement.contactId)),
        description: agreement.text,
      }),
    );
  }
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Follow-ups//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flat(),
    'END:VCALENDAR',
  ]);
}

interface EventFacts {
  uid: string;
  date: CalendarDate;
  stamp: string;
  summary: string;
  description?: string;
}

function allDayEvent(event: EventFacts): string[] {
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', `${encodeURIComponent(wellFormed(event.uid))}@${UID_DOMAIN}`),
    `DTSTAMP:${event.stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    contentLine('SUMMARY', escapeText(event.summary)),
  ];
  if (event.description) lines.push(contentLine('DESCRIPTION', escapeText(event.description)));
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

function basicDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

function utcStamp(at: Timestamp): string {
  const safe = Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? at : 0;
  return new Date(safe).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= MAX_SUMMARY_LENGTH ? flat : `${characters.slice(0, MAX_SUMMARY_LENGTH - 1).join('')}…`;
}

function isUpcoming(date: CalendarDate | undefined, today: CalendarDate): date is CalendarDate {
  return date !== undefined && isCalendarDate(date) && date >= today;
}
