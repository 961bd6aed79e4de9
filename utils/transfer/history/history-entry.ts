import type { Channel } from '../../domain/model';

/** What a history file says about one person: whatever identifies them there. */
export interface HistoryPerson {
  /** Normalised address. */
  email?: string;
  /** Normalised LinkedIn slug. */
  linkedinSlug?: string;
  /** Display name as the file gives it (decoded). */
  name?: string;
}

export type HistoryEntryKind =
  /** An email or a LinkedIn message: `from` wrote to `to`. */
  | 'message'
  /** A meeting: the organiser (`from`, when known) and the attendees (`to`) met. */
  | 'meeting'
  /** The user's own export says they are connected with the people in `to` (no `from`). */
  | 'connection';

/** One dated event read from a history file, before it is matched with the user and their contacts. */
export interface HistoryEntry {
  /** Stable across re-imports of the same or a newer file; the contact id is appended per interaction. */
  key: string;
  at: number;
  kind: HistoryEntryKind;
  channel: Channel;
  from?: HistoryPerson;
  to: HistoryPerson[];
  /** The file itself knows the direction (LinkedIn's 2018 `Direction` column). */
  knownDirection?: 'inbound' | 'outbound';
  /** Subject or title: never a body. */
  summary?: string;
  /** Person keys of invitees who declined (a meeting the user declined is not theirs). */
  declinedBy?: string[];
}

/** Something in the file that was left out, and where. */
export interface HistorySkip {
  /** `Line 7`, `Message 12 (byte 4096)`, `Event "Weekly" (line 40)`: the file's own terms. */
  where: string;
  reason: string;
}

export type HistorySourceKind = 'linkedin-export' | 'mbox' | 'ics';

export interface HistoryRead {
  source: HistorySourceKind;
  entries: HistoryEntry[];
  skipped: HistorySkip[];
  /** What the entries are, for the preview's "Read: …" line (e.g. `messages.csv`, `Connections.csv`). */
  parts: string[];
}

/** The key a person is counted and matched by: address, else LinkedIn slug, else name. */
export function personKey(person: HistoryPerson): string | undefined {
  if (person.email) return `email:${person.email}`;
  if (person.linkedinSlug) return `slug:${person.linkedinSlug}`;
  const name = person.name?.trim().toLowerCase();
  return name ? `name:${name}` : undefined;
}

/** A short stable hash (cyrb53) to build source keys from several fields without storing them. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
