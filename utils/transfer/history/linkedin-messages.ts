import { linkedinSlugFromUrl } from '../clean-fields';
import { csvColumns, hasColumns, readCsvTable, type CsvRow } from '../csv-table';
import { stableHash, type HistoryEntry, type HistoryPerson, type HistorySkip } from './history-entry';
import { parseLinkedinMoment } from './linkedin-datetime';

export type CsvHistoryResult = { ok: true; entries: HistoryEntry[]; skipped: HistorySkip[] } | { ok: false; message: string };

/** 2018 `From,To,Date,Subject,Content,Direction,Folder`; since ~2021 upper-case with conversation ids and profile URLs. */
export function isLinkedinMessagesHeader(header: readonly string[]): boolean {
  return hasColumns(header, ['From', 'To', 'Date', 'Content']) && !hasColumns(header, ['Sent At']);
}

export const LINKEDIN_MESSAGES_HEADER = '"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,…" or "From,To,Date,Subject,Content,Direction"';

/** Names LinkedIn puts where a person would be for system and advertising messages. */
const NOT_A_PERSON = /^(linkedin member|linkedin|sponsored conversation)$/i;

/**
 * LinkedIn's `messages.csv`, every layout: who wrote to whom and when. The content is read only to tell two
 * messages of one second apart (hashed into the key), never kept. Drafts, spam and system rows are skipped.
 */
export function readLinkedinMessages(text: string): CsvHistoryResult {
  const read = readCsvTable(text, isLinkedinMessagesHeader, LINKEDIN_MESSAGES_HEADER);
  if (!read.ok) return { ok: false, message: read.error.message };
  const columns = csvColumns(read.table.header);
  const get = (row: CsvRow, name: string) => columns.get(row, name).replace(/\u00a0/g, ' ').trim();
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = [];
  const skip = (row: CsvRow, reason: string) => skipped.push({ where: `messages.csv, line ${row.line}`, reason });
  for (const row of read.table.rows) {
    if (/^(yes|true)$/i.test(get(row, 'IS MESSAGE DRAFT'))) continue;
    if (/^spam$/i.test(get(row, 'FOLDER'))) continue;
    const fromName = get(row, 'FROM');
    const toNames = get(row, 'TO');
    if (!fromName || !toNames || NOT_A_PERSON.test(fromName) || /sponsored/i.test(get(row, 'CONVERSATION TITLE'))) {
      skip(row, 'no sender or recipient (a LinkedIn system or sponsored message)');
      continue;
    }
    const at = parseLinkedinMoment(get(row, 'DATE'));
    if (at === undefined) {
      skip(row, `unreadable date "${get(row, 'DATE')}"`);
      continue;
    }
    const from = person(fromName, get(row, 'SENDER PROFILE URL'));
    const to = recipients(toNames, get(row, 'RECIPIENT PROFILE URLS'));
    const direction = get(row, 'DIRECTION').toUpperCase();
    const conversation = get(row, 'CONVERSATION ID') || get(row, 'CONVERSATION TITLE') || get(row, 'SUBJECT');
    entries.push({
      key: `li-msg:${stableHash([conversation, at, fromName, columns.get(row, 'CONTENT')].join('\u0000'))}`,
      at,
      kind: 'message',
      channel: 'linkedin',
      from,
      to,
      ...(direction === 'OUTGOING' ? { knownDirection: 'outbound' as const } : direction === 'INCOMING' ? { knownDirection: 'inbound' as const } : {}),
    });
  }
  return { ok: true, entries, skipped };
}

function person(name: string, url: string): HistoryPerson {
  const linkedinSlug = linkedinSlugFromUrl(url);
  return { ...(name ? { name } : {}), ...(linkedinSlug ? { linkedinSlug } : {}) };
}

/** Several recipients (group chats) come as comma-separated URLs; their names pair up only when the counts agree. */
function recipients(names: string, urls: string): HistoryPerson[] {
  const links = urls.split(/[\s,]+/).filter((url) => /linkedin\.com\/in\//i.test(url));
  if (links.length === 0) return [person(names, '')];
  if (links.length === 1) return [person(names, links[0] as string)];
  const split = names.split(',').map((name) => name.trim());
  return links.map((url, index) => person(split.length === links.length ? (split[index] as string) : '', url));
}
