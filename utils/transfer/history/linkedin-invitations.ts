import { linkedinSlugFromUrl } from '../clean-fields';
import { csvColumns, hasColumns, readCsvTable, type CsvRow } from '../csv-table';
import { stableHash, type HistoryEntry, type HistorySkip } from './history-entry';
import { parseLinkedinMoment } from './linkedin-datetime';
import type { CsvHistoryResult } from './linkedin-messages';

export function isLinkedinInvitationsHeader(header: readonly string[]): boolean {
  return hasColumns(header, ['From', 'To', 'Sent At', 'Direction']);
}

/**
 * LinkedIn's `Invitations.csv` (2018 `From,To,Sent At,Message,Direction`, 2024 adds the profile URLs): an
 * invitation is a LinkedIn interaction with the other side, in the direction the file names.
 */
export function readLinkedinInvitations(text: string, summary: string): CsvHistoryResult {
  const read = readCsvTable(text, isLinkedinInvitationsHeader, '"From,To,Sent At,Message,Direction"');
  if (!read.ok) return { ok: false, message: read.error.message };
  const columns = csvColumns(read.table.header);
  const get = (row: CsvRow, name: string) => columns.get(row, name).replace(/\u00a0/g, ' ').trim();
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = [];
  for (const row of read.table.rows) {
    const outgoing = /^outgoing$/i.test(get(row, 'Direction'));
    const incoming = /^incoming$/i.test(get(row, 'Direction'));
    const at = parseLinkedinMoment(get(row, 'Sent At'));
    const otherName = get(row, outgoing ? 'To' : 'From');
    const otherSlug = linkedinSlugFromUrl(get(row, outgoing ? 'inviteeProfileUrl' : 'inviterProfileUrl'));
    if ((!outgoing && !incoming) || at === undefined || (!otherName && !otherSlug)) {
      skipped.push({ where: `Invitations.csv, line ${row.line}`, reason: at === undefined ? `unreadable date "${get(row, 'Sent At')}"` : 'no direction or no other person' });
      continue;
    }
    const other = { ...(otherName ? { name: otherName } : {}), ...(otherSlug ? { linkedinSlug: otherSlug } : {}) };
    entries.push({
      key: `li-invite:${stableHash([get(row, 'From'), get(row, 'To'), get(row, 'Sent At')].join('\u0000'))}`,
      at,
      kind: 'message',
      channel: 'linkedin',
      ...(outgoing ? { to: [other], knownDirection: 'outbound' as const } : { from: other, to: [], knownDirection: 'inbound' as const }),
      summary,
    });
  }
  return { ok: true, entries, skipped };
}
