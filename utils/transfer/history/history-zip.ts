import { unzipSync } from 'fflate';
import type { HistoryEntry, HistoryRead, HistorySkip } from './history-entry';
import { readIcs } from './ics-reader';
import { isLinkedinHistoryPath, readLinkedinFiles, type LinkedinExportLabels } from './linkedin-export';
import { decodeFileBytes } from '../decode-file';

export type HistoryZipResult = { ok: true; read: HistoryRead } | { ok: false; message: string };

const isCalendarPath = (path: string) => /\.ics$/i.test(path) && !path.split('/').pop()?.startsWith('.');

/**
 * A zip as downloaded: LinkedIn's data export (its messages, connections and invitations), or Google Calendar's
 * export (one .ics per calendar). Only those files are inflated; the rest of the archive is never decompressed.
 */
export function readHistoryZip(bytes: Uint8Array, labels: LinkedinExportLabels, now = Date.now()): HistoryZipResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => isLinkedinHistoryPath(file.name) || isCalendarPath(file.name) });
  } catch (error) {
    return { ok: false, message: `The zip file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const paths = Object.keys(files).sort();
  const linkedin = paths.filter(isLinkedinHistoryPath);
  if (linkedin.length > 0) return readLinkedinFiles(linkedin.map((path) => ({ path, data: files[path] as Uint8Array })), labels);
  const calendars = paths.filter(isCalendarPath);
  if (calendars.length === 0) {
    return { ok: false, message: 'This zip holds no messages.csv, Connections.csv or Invitations.csv (a LinkedIn data export) and no .ics calendar' };
  }
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = [];
  const parts: string[] = [];
  for (const path of calendars) {
    const name = path.split('/').pop() ?? path;
    const result = readIcs(decodeFileBytes(files[path] as Uint8Array).text, now);
    if (!result.ok) {
      skipped.push({ where: name, reason: result.message });
      continue;
    }
    parts.push(name);
    for (const entry of result.read.entries) entries.push(entry);
    for (const skip of result.read.skipped) skipped.push({ ...skip, where: `${name}: ${skip.where}` });
  }
  if (parts.length === 0) return { ok: false, message: skipped.map((skip) => `${skip.where}: ${skip.reason}`).join('; ') };
  return { ok: true, read: { source: 'ics', entries, skipped, parts } };
}
