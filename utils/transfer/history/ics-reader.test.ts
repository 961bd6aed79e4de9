import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../domain/model';
import { planHistoryImport } from './history-plan';
import { readIcs } from './ics-reader';

const text = readFileSync(new URL('../../../tests/fixtures/history/calendar-google-outlook.ics', import.meta.url), 'utf8');
const NOW = Date.UTC(2025, 10, 15, 12);

function entries(now = NOW) {
  const result = readIcs(text, now);
  if (!result.ok) throw new Error(result.message);
  return result.read.entries;
}

const contact = (id: string, email: string): Contact => ({ id, displayName: id, emails: [email], language: 'de', formality: 'sie', createdAt: 0, updatedAt: 0 });

describe('readIcs', () => {
  it('makes past occurrences of meetings with attendees entries, in the file\u2019s time zones', () => {
    const read = entries();
    expect(read.map((entry) => [entry.summary, new Date(entry.at).toISOString()])).toEqual([
      ['Kickoff Website-Relaunch', '2025-11-10T13:00:00.000Z'],
      ['Jour fixe Berg Consulting', '2025-10-06T08:00:00.000Z'],
      ['Jour fixe Berg Consulting (verschoben)', '2025-10-21T09:00:00.000Z'],
      ['Jour fixe Berg Consulting', '2025-11-03T09:00:00.000Z'],
      ['Jour fixe Berg Consulting', '2025-11-10T09:00:00.000Z'],
      ['Workshop-Tag mit Lena', new Date(2025, 10, 5).toISOString()],
      ['Vertriebsrunde', '2025-11-12T09:00:00.000Z'],
      ['Telefonat, kurz', '2025-11-14T16:00:00.000Z'],
    ]);
    expect(read.every((entry) => entry.kind === 'meeting' && entry.channel === 'meeting')).toBe(true);
  });

  it('leaves out rooms and who declined, keeps names, and expands a series only up to today', () => {
    const [kickoff] = entries();
    expect(kickoff?.from).toEqual({ email: 'mara@becker-design.example', name: 'Mara Becker' });
    expect(kickoff?.to.map((person) => person.email)).toEqual(['anna.mueller@studio-nord.example', 'mara@becker-design.example']);
    const declined = entries().find((entry) => entry.summary === 'Vertriebsrunde');
    expect(declined?.declinedBy).toEqual(['email:mara@becker-design.example']);
    expect(entries().at(-1)?.to).toEqual([{ email: 'tom.schulz@example.com', name: 'Schulz, Tom' }]);
    const later = entries(Date.UTC(2025, 11, 1, 12)).filter((entry) => entry.summary?.startsWith('Jour fixe'));
    expect(later).toHaveLength(7);
  });

  it('keeps one key per occurrence across reads, the moved one keyed by its original date', () => {
    const keys = entries().map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(entries(Date.UTC(2026, 0, 1)).map((entry) => entry.key)).toEqual(expect.arrayContaining(keys));
    expect(keys[2]).toMatch(new RegExp(`:${Date.UTC(2025, 9, 20, 8)}$`));
  });

  it('counts a meeting the user declined as not theirs', () => {
    const plan = planHistoryImport(entries(), [contact('anna', 'anna.mueller@studio-nord.example'), contact('jonas', 'jonas@berg-consulting.example')], {
      own: new Set(['email:mara@becker-design.example']),
      now: NOW,
    });
    expect(plan.interactions.map((item) => [item.contact, item.direction])).toEqual([
      [{ contactId: 'anna' }, 'mutual'],
      ...Array.from({ length: 4 }, () => [{ contactId: 'jonas' }, 'mutual']),
    ]);
    expect(plan).toMatchObject({ notMine: 1, withOthers: 2 });
  });

  it('names a file that is not a calendar', () => {
    expect(readIcs('BEGIN:VCALENDAR\nthis is not ical')).toMatchObject({ ok: false, message: expect.stringMatching(/could not be read/) });
  });
});
