import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Agreement, Contact } from '../domain/model';
import { exportCalendar } from './calendar-export';
import { CRLF, MAX_LINE_OCTETS } from './content-lines';

const NOW = Date.UTC(2026, 0, 10, 9, 30); // 2026-01-10
const contact = (patch: Partial<Contact>): Contact => ({
  id: 'c-1',
  displayName: 'Anna',
  emails: [],
  language: 'de',
  formality: 'sie',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});
const agreement = (patch: Partial<Agreement>): Agreement => ({
  id: 'a-1',
  contactId: 'c-1',
  kind: 'deadline',
  text: 'Deliver',
  status: 'open',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

const items = {
  contacts: [
    contact({ id: 'c-1', displayName: 'Müller, Anna; <b>GmbH</b>', nextFollowUp: '2026-01-10' }),
    contact({ id: 'c-2', displayName: 'Past', nextFollowUp: '2026-01-09' }),
    contact({ id: 'c-3', displayName: 'None' }),
    contact({ id: 'c/4 ü', displayName: 'Jonas', nextFollowUp: '2026-12-31' }),
  ],
  agreements: [
    agreement({ id: 'a-1', contactId: 'c-1', text: 'Send invoice\nby Friday, "final"; \\ ok', dueDate: '2026-02-01' }),
    agreement({ id: 'a-2', dueDate: '2026-02-01', status: 'done' }),
    agreement({ id: 'a-3', dueDate: '2025-12-01' }),
    agreement({ id: 'a-4' }),
    agreement({ id: 'a-5', dueDate: '2026-13-45' }),
  ],
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: event.getFirstPropertyValue('uid'),
    summary: event.getFirstPropertyValue('summary'),
    description: event.getFirstPropertyValue('description'),
    start: String(event.getFirstPropertyValue('dtstart')),
    end: String(event.getFirstPropertyValue('dtend')),
  }));
}

describe('exportCalendar', () => {
  it('lists upcoming follow-ups and open agreements due today or later as all-day events', () => {
    const text = exportCalendar(items, NOW, { timeZone: 'UTC' });
    expect(events(text)).toEqual([
      {
        uid: 'follow-up-c-1@rapport.invalid',
        summary: 'Follow up: Müller, Anna; <b>GmbH</b>',
        description: null,
        start: '2026-01-10',
        end: '2026-01-11',
      },
      {
        uid: 'follow-up-c%2F4%20%C3%BC@rapport.invalid',
        summary: 'Follow up: Jonas',
        description: null,
        start: '2026-12-31',
        end: '2027-01-01',
      },
      {
        uid: 'agreement-a-1@rapport.invalid',
        summary: 'Due: Send invoice by Friday, "final"; \\ ok (Müller, Anna; <b>GmbH</b>)',
        description: 'Send invoice\nby Friday, "final"; \\ ok',
        start: '2026-02-01',
        end: '2026-02-02',
      },
    ]);
  });

  it('writes valid structure: CRLF, escaped TEXT, DATE values, UTC DTSTAMP, lines within 75 octets', () => {
    const text = exportCalendar(items, NOW, { timeZone: 'UTC' });
    const lines = text.split(CRLF);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport//Follow-ups//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    expect(text).toContain('SUMMARY:Follow up: Müller\\, Anna\\; <b>GmbH</b>');
    expect(text).toContain('DESCRIPTION:Send invoice\\nby Friday\\, "final"\\; \\\\ ok');
    expect(text).toContain('DTSTART;VALUE=DATE:20260110');
    expect(text).toContain('DTSTAMP:20260110T093000Z');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text.match(/END:VEVENT/g)).toHaveLength(3);
  });

  it('keeps UIDs stable between exports so calendars update instead of doubling', () => {
    const later = exportCalendar(
      { ...items, contacts: items.contacts.map((c) => (c.id === 'c-1' ? { ...c, nextFollowUp: '2026-03-01' } : c)) },
      NOW + 86_400_000,
      { timeZone: 'UTC' },
    );
    expect(events(later).map((event) => event.uid)).toEqual(events(exportCalendar(items, NOW, { timeZone: 'UTC' })).map((event) => event.uid));
  });

  it('decides "today" in the given time zone', () => {
    const lateEvening = Date.UTC(2026, 0, 9, 23, 30); // already the 10th in Berlin
    expect(events(exportCalendar(items, lateEvening, { timeZone: 'Europe/Berlin' })).map((e) => e.uid)).not.toContain('follow-up-c-2@rapport.invalid');
    expect(events(exportCalendar(items, lateEvening, { timeZone: 'UTC' })).map((e) => e.uid)).toContain('follow-up-c-2@rapport.invalid');
  });

  it('uses the given labels and folds long summaries', () => {
    const long = agreement({ id: 'a-9', text: 'Ü'.repeat(300), dueDate: '2026-05-05' });
    const text = exportCalendar({ contacts: [], agreements: [long] }, NOW, {
      timeZone: 'UTC',
      labels: { followUp: (name) => `Nachfassen: ${name}`, agreementDue: (t) => `Fällig: ${t}` },
    });
    const [event] = events(text);
    expect(event?.summary).toBe(`Fällig: ${'Ü'.repeat(119)}…`);
    expect(event?.description).toBe('Ü'.repeat(300));
  });

  it('writes an empty but valid calendar when nothing is upcoming', () => {
    const text = exportCalendar({ contacts: [], agreements: [] }, NOW);
    expect(events(text)).toEqual([]);
  });
});
