import type { Agreement, CalendarDate, Contact, ImportantDate, Timestamp } from '../domain/model';
import { addDays, calendarDateOf, isCalendarDate } from '../schedule/calendar';
import { contentLine, escapeText, joinLines, wellFormed } from './content-lines';
import { importantDateEvents } from './calendar-dates';

export interface CalendarItems {
  contacts: readonly Contact[];
  agreements: readonly Agreement[];
}

export interface CalendarLabels {
  followUp(contactName: string): string;
  agreementDue(agreementText: string, contactName: string | undefined): string;
  /** "Birthday: Anna Müller", "Working together with Anna Müller since 2023", a custom date's name. */
  importantDate?(date: ImportantDate, contactName: string): string;
}

export const ENGLISH_CALENDAR_LABELS: Required<CalendarLabels> = {
  followUp: (name) => `Follow up: ${name}`,
  agreementDue: (text, name) => (name ? `Due: ${text} (${name})` : `Due: ${text}`),
  importantDate: (date, name) => {
    switch (date.kind) {
      case 'birthday':
        return `Birthday: ${name}`;
      case 'anniversary':
        return `Working together with ${name} since ${date.date.slice(0, 4)}`;
      case 'project':
        return date.label ? `Project completed: ${date.label} (${name})` : `Project completed (${name})`;
      case 'custom':
        return `${date.label ?? 'Date'}: ${name}`;
    }
  },
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
 * (`nextFollowUp` today or later), each open agreement's due date (today or later), and each
 * important date: yearly recurring (a completed project: once, when still ahead).
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
  const dateLabel = options.labels?.importantDate ?? ENGLISH_CALENDAR_LABELS.importantDate;
  for (const contact of items.contacts) {
    for (const event of importantDateEvents(contact, today, stamp, dateLabel)) {
      events.push(event.once ? allDayEvent({ ...event, date: event.start }) : yearlyEvent(event));
    }
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

function yearlyEvent(event: { uid: string; start: CalendarDate; stamp: string; summary: string; rule: string; remindDaysBefore: number }): string[] {
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', `${encodeURIComponent(wellFormed(event.uid))}@${UID_DOMAIN}`),
    `DTSTAMP:${event.stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.start, 1))}`,
    `RRULE:${event.rule}`,
    contentLine('SUMMARY', escapeText(event.summary)),
    'TRANSP:TRANSPARENT',
  ];
  if (event.remindDaysBefore > 0) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', contentLine('DESCRIPTION', escapeText(event.summary)), `TRIGGER:-P${event.remindDaysBefore}D`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
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
