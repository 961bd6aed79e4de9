import type { ShownMessage } from './conversation-reader';
import type { ListedConversation } from './conversation-list-reader';
import { momentOf, parseShownDay, parseShownTime } from './shown-dates';

/** A message with its moment resolved and a key that is the same in both views and across reloads. */
export interface DatedMessage {
  key: string;
  fromPartner: boolean;
  at: number;
}

export interface DatedListRow {
  threadId: string;
  partnerName: string;
  at: number;
  /** The list shows only the day for older messages ("Apr 8", "Dienstag"); then `at` is that day's noon. */
  dayOnly: boolean;
}

const NOON = 12 * 60;

/**
 * Resolves what the page showed ("Today" + "12:18 PM") relative to `now`. A message without a key of its own
 * (older chat windows) is keyed by its conversation, day, time, side and place in its group; without a
 * conversation id it cannot be keyed and is left out, as is any message whose date is not understood.
 */
export function datedMessages(messages: readonly ShownMessage[], threadId: string | undefined, now = new Date()): DatedMessage[] {
  const dated: DatedMessage[] = [];
  for (const message of messages) {
    const day = parseShownDay(message.day, now);
    const minutes = parseShownTime(message.time);
    if (!day || minutes === undefined) continue;
    const key =
      message.key ?? (threadId ? `${threadId}:${day.year}-${day.month}-${day.day}:${minutes}:${message.fromPartner ? 'them' : 'me'}:${message.place}` : undefined);
    if (key) dated.push({ key, fromPartner: message.fromPartner, at: momentOf(day, minutes) });
  }
  return dated;
}

export function datedListRow(row: ListedConversation, now = new Date()): DatedListRow | undefined {
  const clock = parseShownTime(row.shown);
  const day = parseShownDay(clock === undefined ? row.shown : 'today', now);
  if (!day) return undefined;
  return { threadId: row.threadId, partnerName: row.partnerName, at: momentOf(day, clock ?? NOON), dayOnly: clock === undefined };
}
