import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/model';
import { exportCalendar } from './calendar-export';
import { parseGoogleContacts } from './google-csv';
import { dateFromFile, tagsFromLabels } from './import-labels-dates';
import { exportVCard4 } from './vcard-export';
import { parseVCards } from './vcard-import';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');
const people = (result: ReturnType<typeof parseVCards>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.people;
};

describe('dates as files write them', () => {
  it.each([
    ['1985-04-15', '1985-04-15'],
    ['19850415', '1985-04-15'],
    ['1985-04-15T00:00:00Z', '1985-04-15'],
    ['--04-15', '--04-15'],
    ['--0415', '--04-15'],
    [' --02-29', '--02-29'],
    ['1985-02-29', undefined],
    ['circa 1800', undefined],
    ['', undefined],
  ])('%j is %j', (raw, expected) => {
    expect(dateFromFile(raw)).toBe(expected);
  });

  it("Apple's omitted year (1604) is no year", () => {
    expect(dateFromFile('1604-07-14', '1604')).toBe('--07-14');
    expect(dateFromFile('1984-07-14', '1604')).toBe('1984-07-14');
  });

  it('labels become tags without the system groups', () => {
    expect(tagsFromLabels(['* myContacts', 'Clients', '* starred', '* Friends', 'clients'])).toEqual(['Clients', 'Friends']);
    expect(tagsFromLabels(['* myContacts'])).toBeUndefined();
  });
});

describe('vCard import of dates and categories', () => {
  it('reads Apple: BDAY without a year, labelled X-ABDATE dates, CATEGORIES with an escaped comma, a 29 February', () => {
    const [lea, ole] = people(parseVCards(fixture('dates-apple-v30.vcf')));
    expect(lea?.tags).toEqual(['Kunden', 'Design, Print']);
    expect(lea?.importantDates).toEqual([
      { kind: 'birthday', date: '--07-14' },
      { kind: 'custom', date: '2019-09-02', label: 'Anniversary' },
      { kind: 'custom', date: '2021-03-31', label: 'Firmengründung' },
    ]);
    expect(ole?.importantDates).toEqual([{ kind: 'birthday', date: '1988-02-29' }]);
  });

  it('reads vCard 4 (Thunderbird), Evolution and the X-ANNIVERSARY variants; skips text birthdays and system categories', () => {
    const [mira, tom, uta, vera] = people(parseVCards(fixture('dates-thunderbird-evolution.vcf')));
    expect(mira).toMatchObject({
      tags: ['Partner'],
      importantDates: [
        { kind: 'birthday', date: '1979-05-03' },
        { kind: 'custom', date: '2005-08-20', label: 'Anniversary' },
      ],
    });
    expect(tom?.importantDates).toEqual([{ kind: 'birthday', date: '--12-24' }]);
    expect(uta?.importantDates).toEqual([
      { kind: 'birthday', date: '1970-11-30' },
      { kind: 'custom', date: '1999-06-12', label: 'Anniversary' },
    ]);
    expect(vera?.importantDates).toEqual([{ kind: 'custom', date: '2001-01-31', label: 'Anniversary' }]);
    expect(vera).not.toHaveProperty('tags');
  });
});

describe('Google CSV import of birthdays, events and labels', () => {
  it('reads Birthday, Event n - Label / Value and Labels', () => {
    const result = parseGoogleContacts(fixture('google-contacts-dates.csv'));
    if (!result.ok) throw new Error(result.error.message);
    const [lea, ole, pia] = result.people;
    expect(lea).toMatchObject({
      tags: ['Kunden'],
      importantDates: [
        { kind: 'birthday', date: '1986-07-14' },
        { kind: 'custom', date: '2019-09-02', label: 'Anniversary' },
        { kind: 'custom', date: '2024-05-15', label: 'Launch Relaunch' },
      ],
    });
    expect(ole?.importantDates).toEqual([{ kind: 'birthday', date: '--02-29' }]);
    expect(pia).toMatchObject({ tags: ['Partner', 'Berlin'] });
    expect(pia).not.toHaveProperty('importantDates');
  });
});

const anna: Contact = {
  id: 'c-anna',
  displayName: 'Anna Müller',
  emails: ['anna@example.com'],
  language: 'de',
  formality: 'sie',
  tags: ['Design, Print', 'Kunden'],
  importantDates: [
    { id: 'b', kind: 'birthday', date: '--02-29', remindDaysBefore: 3 },
    { id: 'w', kind: 'anniversary', date: '2023-03-01', remindDaysBefore: 0 },
    { id: 'p', kind: 'project', date: '2026-05-15', label: 'Relaunch', remindDaysBefore: 0 },
    { id: 'a', kind: 'custom', date: '2005-08-20', label: 'Anniversary', remindDaysBefore: 0 },
    { id: 'f', kind: 'custom', date: '--10-01', label: 'Firmenjubiläum', remindDaysBefore: 7 },
  ],
  createdAt: 0,
  updatedAt: 0,
};

describe('vCard export of dates and tags', () => {
  it('writes CATEGORIES, BDAY, ANNIVERSARY and labelled X-ABDATE, and reads back the same', () => {
    const text = exportVCard4([anna]);
    expect(text).toContain('CATEGORIES:Design\\, Print,Kunden\r\n');
    expect(text).toContain('BDAY:--0229\r\n');
    expect(text).toContain('ANNIVERSARY:20050820\r\n');
    expect(text).toContain('item1.X-ABDATE:20230301\r\nitem1.X-ABLabel:Working together since\r\n');
    const [back] = people(parseVCards(text));
    expect(back?.tags).toEqual(anna.tags);
    // The card keeps each date; its order among properties of different names is the parser's.
    const sorted = (dates: ReadonlyArray<{ date: string }> = []) => [...dates].sort((a, b) => a.date.localeCompare(b.date));
    expect(sorted(back?.importantDates)).toEqual(sorted(anna.importantDates?.map(({ kind, date, label }) => ({ kind, date, ...(label ? { label } : {}) }))));
  });
});

describe('ICS export of important dates', () => {
  const NOW = Date.UTC(2026, 0, 10, 9, 30);
  const vevents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const next = (event: ICAL.Event, count: number) => {
    const iterator = event.iterator();
    const days: string[] = [];
    for (let time = iterator.next(); time && days.length < count; time = iterator.next()) days.push(time.toString());
    return days;
  };

  it('a birthday is a yearly all-day event; a 29 February one falls on 28 February in common years', () => {
    const events = vevents(exportCalendar({ contacts: [anna], agreements: [] }, NOW, { timeZone: 'Europe/Berlin' }));
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const birthday = byUid.get('date-c-anna-b@rapport.invalid') as ICAL.Event;
    expect(birthday.summary).toBe('Birthday: Anna Müller');
    expect(birthday.startDate.isDate).toBe(true);
    expect(birthday.isRecurring()).toBe(true);
    expect(next(birthday, 4)).toEqual(['2026-02-28', '2027-02-28', '2028-02-29', '2029-02-28']);
    const since = byUid.get('date-c-anna-w@rapport.invalid') as ICAL.Event;
    expect(since.summary).toBe('Working together with Anna Müller since 2023');
    expect(next(since, 3)).toEqual(['2023-03-01', '2024-03-01', '2025-03-01']);
    const custom = byUid.get('date-c-anna-f@rapport.invalid') as ICAL.Event;
    expect(next(custom, 2)).toEqual(['2026-10-01', '2027-10-01']);
    expect(custom.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D');
    const project = byUid.get('date-c-anna-p@rapport.invalid') as ICAL.Event;
    expect(project.isRecurring()).toBe(false);
    expect(project.startDate.toString()).toBe('2026-05-15');
  });

  it('a project already completed is not written again', () => {
    const events = vevents(exportCalendar({ contacts: [anna], agreements: [] }, Date.UTC(2026, 5, 1), { timeZone: 'UTC' }));
    expect(events.map((event) => event.uid)).not.toContain('date-c-anna-p@rapport.invalid');
    expect(events.map((event) => event.uid)).toContain('date-c-anna-b@rapport.invalid');
  });
});
