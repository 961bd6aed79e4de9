import { decodeFileBytes } from '../decode-file';
import type { HistoryRead } from './history-entry';
import { readHistoryZip } from './history-zip';
import { isZip, readLinkedinCsv, type LinkedinExportLabels } from './linkedin-export';
import { readIcs } from './ics-reader';
import { readMbox } from './mbox-reader';

export type HistoryFileKind = 'zip' | 'csv' | 'mbox' | 'ics';

export interface HistoryReadProgress {
  bytesRead: number;
  totalBytes: number;
  /** Milliseconds since reading began. */
  elapsed: number;
}

export interface HistoryReadOptions {
  labels: LinkedinExportLabels;
  onProgress?: (progress: HistoryReadProgress) => void;
  signal?: AbortSignal;
}

export type HistoryFileResult = { ok: true; read: HistoryRead } | { ok: false; message: string } | { ok: false; cancelled: true };

/** A LinkedIn export the size of a few years of messages; larger zips hold videos we would never open. */
export const MAX_ZIP_BYTES = 512 * 1024 * 1024;
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
export const MAX_ICS_BYTES = 256 * 1024 * 1024;

/** What a file is, from its first bytes: the name (Apple Mail's mailbox is a file called `mbox`) breaks no ties. */
export function historyFileKind(head: Uint8Array): HistoryFileKind {
  if (isZip(head)) return 'zip';
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart();
  if (/^From \S/.test(text)) return 'mbox';
  if (/^BEGIN:VCALENDAR/i.test(text)) return 'ics';
  return 'csv';
}

/** Reads any history file the options page accepts. Never throws: a broken file is a message. */
export async function readHistoryFile(file: Blob & { name: string }, options: HistoryReadOptions): Promise<HistoryFileResult> {
  try {
    const kind = historyFileKind(new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
    switch (kind) {
      case 'zip':
        if (file.size > MAX_ZIP_BYTES) return { ok: false, message: 'This zip is larger than 512 MB: choose the files in it instead (messages.csv, Connections.csv, Invitations.csv or .ics)' };
        return readHistoryZip(new Uint8Array(await file.arrayBuffer()), options.labels);
      case 'csv':
        if (file.size > MAX_CSV_BYTES) return { ok: false, message: 'This CSV file is larger than 256 MB' };
        return readLinkedinCsv(file.name, decodeFileBytes(new Uint8Array(await file.arrayBuffer())).text, options.labels);
      case 'mbox': {
        const started = Date.now();
        const result = await readMbox(file, {
          ...(options.signal ? { signal: options.signal } : {}),
          onProgress: ({ bytesRead, totalBytes }) => options.onProgress?.({ bytesRead, totalBytes, elapsed: Date.now() - started }),
        });
        if (!result.ok) return result;
        if (result.messages === 0) return { ok: false, message: 'No message found: is this an mbox file?' };
        return { ok: true, read: result.read };
      }
      case 'ics':
        if (file.size > MAX_ICS_BYTES) return { ok: false, message: 'This calendar file is larger than 256 MB' };
        return readIcs(decodeFileBytes(new Uint8Array(await file.arrayBuffer())).text);
    }
  } catch (error) {
    return { ok: false, message: `The file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}
