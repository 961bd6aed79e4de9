import { readCsvRows, CSV_DELIMITERS, HEADER_SEARCH_ROWS } from '../csv-table';
import { decodeFileBytes } from '../decode-file';
import { isLinkedinConnectionsHeader } from '../linkedin-csv';
import type { HistoryRead, HistorySkip, HistoryEntry } from './history-entry';
import { readLinkedinConnectionsHistory } from './linkedin-connections-history';
import { isLinkedinInvitationsHeader, readLinkedinInvitations } from './linkedin-invitations';
import { isLinkedinMessagesHeader, readLinkedinMessages, type CsvHistoryResult } from './linkedin-messages';

export type LinkedinCsvKind = 'messages' | 'connections' | 'invitations';

/** Summaries written into the interactions, in the user's language. */
export interface LinkedinExportLabels {
  connected: string;
  invitation: string;
}

export type LinkedinExportResult = { ok: true; read: HistoryRead } | { ok: false; message: string };

/** The files of a LinkedIn data export that hold history; `coach_messages.csv` (the AI coach) is not one. */
const HISTORY_FILES: Record<string, LinkedinCsvKind> = {
  'messages.csv': 'messages',
  'connections.csv': 'connections',
  'invitations.csv': 'invitations',
};

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Which LinkedIn history CSV a text is, by its header row. */
export function linkedinCsvKind(text: string): LinkedinCsvKind | undefined {
  for (const delimiter of CSV_DELIMITERS) {
    for (const row of readCsvRows(text.slice(0, 65_536), delimiter, HEADER_SEARCH_ROWS).rows) {
      if (isLinkedinInvitationsHeader(row.cells)) return 'invitations';
      if (isLinkedinMessagesHeader(row.cells)) return 'messages';
      if (isLinkedinConnectionsHeader(row.cells)) return 'connections';
    }
  }
  return undefined;
}

/** Whether a path inside a zip is one of the export's history files. */
export function isLinkedinHistoryPath(path: string): boolean {
  return historyFileKind(path) !== undefined;
}

/** The export's history files as unzipped (any folder), read together. */
export function readLinkedinFiles(files: ReadonlyArray<{ path: string; data: Uint8Array }>, labels: LinkedinExportLabels): LinkedinExportResult {
  const csvs = files
    .map(({ path, data }) => ({ name: path.split('/').pop() ?? path, kind: historyFileKind(path) as LinkedinCsvKind, text: decodeFileBytes(data).text }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return combine(csvs, labels);
}

function historyFileKind(path: string): LinkedinCsvKind | undefined {
  return HISTORY_FILES[(path.split('/').pop() ?? '').toLowerCase()];
}

/** One of the export's CSVs, chosen on its own. */
export function readLinkedinCsv(name: string, text: string, labels: LinkedinExportLabels): LinkedinExportResult {
  const kind = linkedinCsvKind(text);
  if (!kind) return { ok: false, message: `"${name}" is not a LinkedIn messages.csv, Connections.csv or Invitations.csv` };
  return combine([{ name, kind, text }], labels);
}

function combine(csvs: ReadonlyArray<{ name: string; kind: LinkedinCsvKind; text: string }>, labels: LinkedinExportLabels): LinkedinExportResult {
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = [];
  const parts: string[] = [];
  for (const csv of csvs) {
    const result = readOne(csv.kind, csv.text, labels);
    if (!result.ok) {
      if (csvs.length === 1) return result;
      skipped.push({ where: csv.name, reason: result.message });
      continue;
    }
    parts.push(csv.name);
    for (const entry of result.entries) entries.push(entry);
    skipped.push(...result.skipped.map((skip) => ({ ...skip, where: skip.where.replace(/^[^,]+/, csv.name) })));
  }
  return { ok: true, read: { source: 'linkedin-export', entries, skipped, parts } };
}

function readOne(kind: LinkedinCsvKind, text: string, labels: LinkedinExportLabels): CsvHistoryResult {
  switch (kind) {
    case 'messages':
      return readLinkedinMessages(text);
    case 'connections':
      return readLinkedinConnectionsHistory(text, labels.connected);
    case 'invitations':
      return readLinkedinInvitations(text, labels.invitation);
  }
}
