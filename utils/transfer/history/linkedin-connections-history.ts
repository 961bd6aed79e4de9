import { parseLinkedinConnections } from '../linkedin-csv';
import type { HistoryEntry, HistorySkip } from './history-entry';
import type { CsvHistoryResult } from './linkedin-messages';

/** `Connections.csv` as history: the day of "Connected On" is the first interaction with each connection. */
export function readLinkedinConnectionsHistory(text: string, summary: string): CsvHistoryResult {
  const parsed = parseLinkedinConnections(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = parsed.skipped.map((skip) => ({ where: `Connections.csv, line ${skip.line ?? '?'}`, reason: skip.reason }));
  for (const person of parsed.people) {
    const line = `Connections.csv, line ${person.source.line ?? '?'}`;
    if (!person.connectedOn) {
      skipped.push({ where: line, reason: 'no "Connected On" date' });
      continue;
    }
    const [year, month, day] = person.connectedOn.split('-').map(Number) as [number, number, number];
    const id = person.linkedinSlug ?? person.emails[0] ?? person.displayName.toLowerCase();
    entries.push({
      key: `li-connected:${id}`,
      at: new Date(year, month - 1, day, 12).getTime(),
      kind: 'connection',
      channel: 'linkedin',
      to: [
        {
          ...(person.displayName ? { name: person.displayName } : {}),
          ...(person.emails[0] ? { email: person.emails[0] } : {}),
          ...(person.linkedinSlug ? { linkedinSlug: person.linkedinSlug } : {}),
        },
      ],
      summary,
    });
  }
  return { ok: true, entries, skipped };
}
