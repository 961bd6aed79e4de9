import { stableHash, type HistoryEntry, type HistoryRead, type HistorySkip } from './history-entry';
import { parseMailDate, parsePostmarkDate } from './mail-date';
import { PersonPool, readMailHeader } from './mail-header';
import { MboxSplitter, type MboxMessageHead } from './mbox-splitter';

/** Read in slices this large: big enough that reading costs little per byte, small enough to report progress often. */
export const MBOX_CHUNK_BYTES = 8 * 1024 * 1024;

export interface MboxProgress {
  bytesRead: number;
  totalBytes: number;
  messages: number;
}

export type MboxResult = { ok: true; read: HistoryRead; messages: number } | { ok: false; cancelled: true };

/** Labels of Takeout messages that are nobody's conversation. */
const IGNORED_LABELS = new Set(['spam', 'trash', 'drafts', 'draft', 'chat', 'entwürfe', 'papierkorb']);

/**
 * Streams a mailbox file slice by slice: only header blocks are decoded, bodies are skipped as bytes, so a
 * file of several gigabytes never sits in memory. A message without a sender or a date is reported with
 * its number and byte offset and skipped; the rest is read.
 */
export async function readMbox(file: Blob, options: { onProgress?: (progress: MboxProgress) => void; signal?: AbortSignal } = {}): Promise<MboxResult> {
  const entries: HistoryEntry[] = [];
  const skipped: HistorySkip[] = [];
  const people = new PersonPool();
  let messages = 0;
  const splitter = new MboxSplitter((head) => {
    messages += 1;
    const entry = entryOf(head, people);
    if (typeof entry === 'string') skipped.push({ where: `Message ${head.index} (byte ${head.offset})`, reason: entry });
    else if (entry) entries.push(entry);
  });
  for (let offset = 0; offset < file.size; offset += MBOX_CHUNK_BYTES) {
    if (options.signal?.aborted) return { ok: false, cancelled: true };
    splitter.push(new Uint8Array(await file.slice(offset, offset + MBOX_CHUNK_BYTES).arrayBuffer()));
    options.onProgress?.({ bytesRead: Math.min(file.size, offset + MBOX_CHUNK_BYTES), totalBytes: file.size, messages });
  }
  if (options.signal?.aborted) return { ok: false, cancelled: true };
  splitter.end();
  return { ok: true, read: { source: 'mbox', entries, skipped, parts: [] }, messages };
}

/** An entry, a reason to report, or undefined for a message that is nobody's conversation (spam, drafts). */
export function entryOf(head: MboxMessageHead, people: PersonPool): HistoryEntry | string | undefined {
  if (head.problem) return head.problem;
  const header = readMailHeader(head.header, people);
  if (header.labels.some((label) => IGNORED_LABELS.has(label))) return undefined;
  if (!header.from) return 'no sender address (From)';
  const at = (header.date !== undefined ? parseMailDate(header.date) : undefined) ?? parsePostmarkDate(head.postmark);
  if (at === undefined) return header.date ? `unreadable date "${header.date.slice(0, 80)}"` : 'no date';
  const key = header.messageId
    ? `mail:${header.messageId.toLowerCase().slice(0, 500)}`
    : `mail:h:${stableHash([at, header.from.email, header.subject ?? '', ...header.to.map((person) => person.email)].join('\u0000'))}`;
  return {
    key,
    at,
    kind: 'message',
    channel: 'email',
    from: header.from,
    to: header.to,
    ...(header.subject ? { summary: header.subject } : {}),
  };
}
