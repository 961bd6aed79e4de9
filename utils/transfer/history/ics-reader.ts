import ICAL from 'ical.js';
import { normaliseEmail } from '../../domain/identity';
import { personKey, stableHash, type HistoryEntry, type HistoryPerson, type HistoryRead, type HistorySkip } from './history-entry';

/** A daily series over decades stops here; nobody has more meetings than this in one series. */
export const MAX_OCCURRENCES_PER_SERIES = 20_000;

export type IcsResult = { ok: true; read: HistoryRead } | { ok: false; message: string };

/** Attendees that are rooms, equipment or shared calendars, not people. */
const NOT_PEOPLE = /@(resource|group)\.calendar\.google\.com$|@(import|holiday)\.calendar\.google\.com$/i;

/**
 * A calendar file (Google Calendar, Outlook, Apple Calendar): every past occurrence of an event with
 * attendees becomes a meeting entry. Time zones come from the file's VTIMEZONEs; recurring series are
 * expanded up to `now` only, with their exceptions and EXDATEs; cancelled occurrences are left out;
 * attendees who declined are not in it, and `declinedBy` lets the plan leave out meetings the user declined.
 */
export function readIcs(text: string, now = Date.now()): IcsResult {
  let calendars: ICAL.Component[];
  try {
    const parsed = ICAL.parse(text) as unknown[];
    const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    calendars = list.map((jcal) => new ICAL.Component(jcal as never));
  } catch (error) {
    return { ok: false, message: `The calendar file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = [];
  for (const calendar of calendars) {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent');
    const masters = new Map<string, ICAL.Event>();
    const exceptions: ICAL.Component[] = [];
    for (const component of events) {
      if (component.hasProperty('recurrence-id')) exceptions.push(component);
      else {
        const uid = String(component.getFirstPropertyValue('uid') ?? '') || `no-uid-${masters.size}`;
        masters.set(uid, eventOf(component));
      }
    }
    for (const exception of exceptions) {
      const master = masters.get(String(exception.getFirstPropertyValue('uid') ?? ''));
      if (master) master.relateException(exception);
      else masters.set(`orphan-${masters.size}`, eventOf(exception));
    }
    for (const [uid, event] of masters) {
      try {
        readEvent(uid, event, now, entries);
      } catch (error) {
        skipped.push({ where: `Event "${event.summary ?? uid}"`, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { ok: true, read: { source: 'ics', entries, skipped, parts: [] } };
}

/**
 * Without `exceptions`, ical.js relates every RECURRENCE-ID event of the whole calendar to each new event (of
 * any UID): quadratic, seconds for a few thousand events. Exceptions are related by UID above instead.
 */
function eventOf(component: ICAL.Component): ICAL.Event {
  return new ICAL.Event(component, { strictExceptions: true, exceptions: [] });
}

function readEvent(uid: string, event: ICAL.Event, now: number, entries: HistoryEntry[]): void {
  if (!event.startDate) throw new Error('no start (DTSTART)');
  if (!event.isRecurring()) {
    const at = event.startDate.toJSDate().getTime();
    if (at <= now) pushOccurrence(uid, event, event.recurrenceId ?? event.startDate, at, entries);
    return;
  }
  const iterator = event.iterator();
  for (let count = 0, next = iterator.next(); next && count < MAX_OCCURRENCES_PER_SERIES; next = iterator.next(), count += 1) {
    const details = event.getOccurrenceDetails(next);
    const at = details.startDate.toJSDate().getTime();
    // Occurrences come in order of their original start; a moved one may start later than the next.
    if (next.toJSDate().getTime() > now && at > now) break;
    if (at <= now) pushOccurrence(uid, details.item, details.recurrenceId, at, entries);
  }
}

function pushOccurrence(uid: string, item: ICAL.Event, recurrenceId: ICAL.Time, at: number, entries: HistoryEntry[]): void {
  const component = item.component;
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return;
  const organizer = personOf(component.getFirstProperty('organizer'));
  const attending: HistoryPerson[] = [];
  const declinedBy: string[] = [];
  for (const property of component.getAllProperties('attendee')) {
    const person = personOf(property);
    if (!person) continue;
    const cutype = String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
    if (String(property.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED') declinedBy.push(personKey(person) as string);
    else attending.push(person);
  }
  if (attending.length === 0 && !(organizer && declinedBy.length > 0)) return;
  const summary = cleanSummary(String(component.getFirstPropertyValue('summary') ?? ''));
  entries.push({
    key: `ics:${stableHash(uid)}:${recurrenceId.toJSDate().getTime()}`,
    at,
    kind: 'meeting',
    channel: 'meeting',
    ...(organizer ? { from: organizer } : {}),
    to: attending,
    ...(declinedBy.length > 0 ? { declinedBy } : {}),
    ...(summary ? { summary } : {}),
  });
}

function personOf(property: ICAL.Property | null): HistoryPerson | undefined {
  if (!property) return undefined;
  const value = String(property.getFirstValue() ?? '');
  const email = normaliseEmail(value.replace(/^mailto:/i, ''));
  if (!email || NOT_PEOPLE.test(email)) return undefined;
  const name = String(property.getParameter('cn') ?? '').trim();
  return name && name !== email ? { email, name } : { email };
}

function cleanSummary(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}
