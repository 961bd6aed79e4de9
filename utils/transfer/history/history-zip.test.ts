import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readHistoryZip } from './history-zip';

const calendar = readFileSync(new URL('../../../tests/fixtures/history/calendar-google-outlook.ics', import.meta.url), 'utf8');
const labels = { connected: 'Connected on LinkedIn', invitation: 'LinkedIn invitation' };
const NOW = Date.UTC(2025, 10, 15, 12);

describe('readHistoryZip', () => {
  it('reads Google Calendar\u2019s export: one .ics per calendar, a broken one reported, the rest read', () => {
    const zip = zipSync({
      'mara@becker-design.example.ical/Mara Becker_mara@becker-design.example.ics': strToU8(calendar),
      'mara@becker-design.example.ical/Feiertage in Deutschland_de.german#holiday@group.v.calendar.google.com.ics': strToU8('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'),
      'mara@becker-design.example.ical/Kaputt.ics': strToU8('BEGIN:VCALENDAR\r\nnot a content line\r\n'),
      'mara@becker-design.example.ical/._Kaputt.ics': strToU8('Apple resource fork'),
    });
    const result = readHistoryZip(zip, labels, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.read.source).toBe('ics');
    expect(result.read.parts).toEqual(['Feiertage in Deutschland_de.german#holiday@group.v.calendar.google.com.ics', 'Mara Becker_mara@becker-design.example.ics']);
    expect(result.read.entries).toHaveLength(8);
    expect(result.read.skipped).toEqual([{ where: 'Kaputt.ics', reason: expect.stringMatching(/could not be read/) }]);
  });

  it('prefers the LinkedIn files when a zip holds both, and names a zip with neither', () => {
    const both = zipSync({ 'export/Connections.csv': strToU8('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,07 Dec 2025\n'), 'export/x.ics': strToU8(calendar) });
    expect(readHistoryZip(both, labels, NOW)).toMatchObject({ ok: true, read: { source: 'linkedin-export', parts: ['Connections.csv'] } });
    expect(readHistoryZip(zipSync({ 'a.txt': strToU8('x') }), labels, NOW)).toMatchObject({ ok: false, message: expect.stringMatching(/no messages\.csv.*and no \.ics calendar/) });
  });
});
