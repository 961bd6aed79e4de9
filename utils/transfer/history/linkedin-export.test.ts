import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './history-entry';
import { readHistoryZip } from './history-zip';
import { readLinkedinCsv } from './linkedin-export';
import { parseLinkedinMoment } from './linkedin-datetime';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/history/${name}`, import.meta.url), 'utf8');
const labels = { connected: 'Connected on LinkedIn', invitation: 'LinkedIn invitation' };

function read(name: string) {
  const result = readLinkedinCsv(name, fixture(name), labels);
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

const slugs = (people: HistoryEntry['to']) => people.map((person) => person.linkedinSlug ?? person.name);

describe('LinkedIn messages.csv', () => {
  it('reads the 2024 layout: senders and recipients by profile, group chats, drafts, system and sponsored rows left out', () => {
    const { entries, skipped } = read('messages-2024.csv');
    expect(entries).toHaveLength(5);
    const [first, second, third, group, reply] = entries as [HistoryEntry, HistoryEntry, HistoryEntry, HistoryEntry, HistoryEntry];
    expect(first).toMatchObject({ at: Date.UTC(2025, 10, 3, 9, 14, 2), kind: 'message', channel: 'linkedin', from: { linkedinSlug: 'anna-mueller-4b2a1c', name: 'Anna Müller' } });
    expect(slugs(first.to)).toEqual(['mara-becker-freelance']);
    expect(second.key).not.toBe(third.key);
    expect(slugs(group.to)).toEqual(['mara-becker-freelance', 'lena-vogel-88']);
    expect(group.from?.name).toBe('Berg, Jonas');
    expect(slugs(reply.to)).toEqual(['jonas-berg', 'lena-vogel-88']);
    expect(JSON.stringify(entries)).not.toMatch(/Angebot|Kickoff|Passt/);
    expect(skipped.map((skip) => skip.where)).toEqual(['messages-2024.csv, line 8', 'messages-2024.csv, line 9', 'messages-2024.csv, line 10']);
    expect(skipped[2]?.reason).toMatch(/unreadable date "yesterday"/);
  });

  it('reads the 2021 layout without recipient URLs, and the 2018 one with names and directions', () => {
    const modern = read('messages-2021.csv').entries;
    expect(modern.map((entry) => entry.from?.linkedinSlug)).toEqual(['anna-mueller-4b2a1c', 'mara-becker-freelance']);
    expect(modern[0]?.to).toEqual([{ name: 'Mara Becker' }]);
    const old = read('messages-2018.csv');
    expect(old.entries.map((entry) => entry.knownDirection)).toEqual(['inbound', 'outbound']);
    expect(old.entries[1]?.at).toBe(new Date(2018, 9, 16, 21, 2).getTime());
    expect(old.skipped).toHaveLength(1);
  });

  it('gives the same keys when the same export is read again', () => {
    expect(read('messages-2024.csv').entries.map((entry) => entry.key)).toEqual(read('messages-2024.csv').entries.map((entry) => entry.key));
  });
});

describe('LinkedIn Invitations.csv and Connections.csv', () => {
  it('makes each invitation an interaction in its direction with the other side', () => {
    const { entries, skipped } = read('Invitations-2024.csv');
    expect(entries.map((entry) => [entry.knownDirection, entry.to[0]?.linkedinSlug ?? entry.from?.linkedinSlug])).toEqual([
      ['outbound', 'lena-vogel-88'],
      ['inbound', 'jonas-berg'],
    ]);
    expect(entries[0]?.summary).toBe('LinkedIn invitation');
    expect(skipped).toHaveLength(1);
  });

  it('makes "Connected On" a connection at noon of that day, and reports rows without a date', () => {
    const { entries, skipped } = read('Connections-2025.csv');
    expect(entries.map((entry) => [entry.kind, entry.at, entry.to[0]?.linkedinSlug])).toEqual([
      ['connection', new Date(2023, 11, 7, 12).getTime(), 'anna-mueller-4b2a1c'],
      ['connection', new Date(2024, 0, 20, 12).getTime(), 'jonas-berg'],
    ]);
    expect(entries[1]?.to[0]?.email).toBe('jonas@berg-consulting.example');
    expect(skipped).toEqual([{ where: 'Connections-2025.csv, line 7', reason: 'no "Connected On" date' }]);
  });
});

describe('the export zip', () => {
  it('reads the three history files from the zip and ignores the rest, coach messages included', () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport_12-04-2026/messages.csv': strToU8(fixture('messages-2024.csv')),
      'Basic_LinkedInDataExport_12-04-2026/Connections.csv': strToU8(fixture('Connections-2025.csv')),
      'Basic_LinkedInDataExport_12-04-2026/Invitations.csv': strToU8(fixture('Invitations-2024.csv')),
      'Basic_LinkedInDataExport_12-04-2026/coach_messages.csv': strToU8('FROM,TO,DATE,CONTENT\nCoach,Me,2025-01-01 00:00:00 UTC,hi\n'),
      'Basic_LinkedInDataExport_12-04-2026/Profile.csv': strToU8('First Name,Last Name\nMara,Becker\n'),
    });
    const result = readHistoryZip(zip, labels);
    if (!result.ok) throw new Error(result.message);
    expect(result.read.parts).toEqual(['Connections.csv', 'Invitations.csv', 'messages.csv']);
    expect(result.read.entries).toHaveLength(2 + 2 + 5);
  });

  it('names a zip without history files, and a broken zip', () => {
    const other = readHistoryZip(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }), labels);
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/no messages\.csv/) });
    const broken = readHistoryZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), labels);
    expect(broken).toMatchObject({ ok: false, message: expect.stringMatching(/could not be read/) });
  });

  it('names a CSV that is none of the export files', () => {
    expect(readLinkedinCsv('notes.csv', 'a,b\n1,2\n', labels)).toMatchObject({ ok: false, message: expect.stringMatching(/not a LinkedIn messages\.csv/) });
  });
});

describe('parseLinkedinMoment', () => {
  it.each([
    ['2024-12-16 10:21:33 UTC', Date.UTC(2024, 11, 16, 10, 21, 33)],
    ['2024-12-16 10:21:33', Date.UTC(2024, 11, 16, 10, 21, 33)],
    ['10/16/18, 8:36 AM', new Date(2018, 9, 16, 8, 36).getTime()],
    ['1/8/18, 12:14 PM', new Date(2018, 0, 8, 12, 14).getTime()],
    ['07 Dec 2025', new Date(2025, 11, 7, 12).getTime()],
    ['29-May-24', new Date(2024, 4, 29, 12).getTime()],
  ])('%s', (text, expected) => expect(parseLinkedinMoment(text)).toBe(expected));

  it.each(['', 'yesterday', '2024-02-30 10:00:00 UTC', '13/40/18, 8:36 AM'])('rejects %j', (text) => expect(parseLinkedinMoment(text)).toBeUndefined());
});
