import { findComposeWindows } from './compose';
import { composeRecipients } from './compose-recipients';
import { decimalMessageId } from './thread-list-reader';

/** A message the user sent from Gmail: recipients and subject as the compose showed them when it closed. */
export interface SentMessage {
  /** The compose's draft id: the same message whatever else Gmail shows. */
  key: string;
  to: string[];
  subject?: string;
  at: number;
  /** `msg-f:<decimal>`, when Gmail's confirmation names the message. */
  messageId?: string;
  /** The conversation the reply was written in, when the compose was one inside a thread. */
  url?: string;
}

/** Gmail's confirmation after a send, 2014-2026: "Message sent · Undo · View message". */
const VIEW_SENT = '#link_vsm';
const UNDO = '#link_undo';
const DRAFT_ID_FIELDS = ['input[name="draft"]', 'input[name="composeid"]'] as const;
const POLL_MS = 400;
/** A compose that closed without a confirmation this soon was discarded or saved as a draft. */
const CONFIRMATION_WAIT_MS = 8000;
/** Gmail's longest undo window is 30 s. */
const UNDO_WAIT_MS = 35_000;
const STILL_OPEN_MS = 60_000;

interface Pending {
  root: Element;
  notedAt: number;
  snapshot: Omit<SentMessage, 'at' | 'messageId'>;
  closedAt?: number;
  confirmedAt?: number;
  messageId?: string;
}

/**
 * Calls `onSent` once for each message the user sends: the recipients and subject are noted when the user acts
 * in a compose (a click or Ctrl/Cmd+Enter), and the message counts as sent when the compose closed, Gmail
 * confirmed it and the undo window passed without the compose coming back. Reads only; never clicks.
 */
export function watchSentMail(doc: Document, onSent: (message: SentMessage) => void, signal: AbortSignal): void {
  const pending = new Map<string, Pending>();
  const confirmations = new WeakSet<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const note = (event: Event) => {
    const key = event as KeyboardEvent;
    if (event.type === 'keydown' && !(key.key === 'Enter' && (key.ctrlKey || key.metaKey))) return;
    const target = event.target as Node | null;
    if (!target) return;
    const compose = findComposeWindows(doc).find((candidate) => candidate.root.contains(target));
    if (!compose) return;
    const draft = DRAFT_ID_FIELDS.map((selector) => compose.root.querySelector<HTMLInputElement>(selector)?.value.trim()).find(Boolean);
    const to = composeRecipients(compose.root).addresses;
    if (!draft || to.length === 0) return;
    const subject = compose.subject?.value.trim();
    const url = compose.kind === 'inline' ? doc.location.href : undefined;
    pending.set(draft, { root: compose.root, notedAt: Date.now(), snapshot: { key: draft, to, ...(subject ? { subject } : {}), ...(url ? { url } : {}) } });
    clearTimeout(timer);
    timer = setTimeout(check, POLL_MS);
  };

  function check(): void {
    if (signal.aborted) return;
    const now = Date.now();
    for (const [key, entry] of pending) {
      if (!entry.root.isConnected) entry.closedAt ??= now;
      // Back after Undo (whatever was confirmed does not count), or still being written: noted again at Send.
      else if (entry.closedAt !== undefined || now - entry.notedAt > STILL_OPEN_MS) pending.delete(key);
    }
    // A confirmation belongs to the compose that closed last, and to no other.
    const confirmation = doc.querySelector(VIEW_SENT);
    if (confirmation && !confirmations.has(confirmation)) {
      const latest = [...pending.values()]
        .filter((entry) => entry.closedAt !== undefined && entry.confirmedAt === undefined)
        .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))[0];
      if (latest) {
        confirmations.add(confirmation);
        latest.confirmedAt = now;
        const param = confirmation.getAttribute('param') ?? '';
        latest.messageId = /msg-f:\d{1,30}/u.exec(param)?.[0] ?? decimalMessageId(/\b[0-9a-f]{16}\b/iu.exec(param)?.[0]);
      }
    }
    for (const [key, entry] of pending) {
      if (entry.closedAt === undefined) continue;
      if (entry.confirmedAt === undefined) {
        if (now - entry.closedAt > CONFIRMATION_WAIT_MS) pending.delete(key);
        continue;
      }
      if (doc.querySelector(UNDO) && now - entry.confirmedAt < UNDO_WAIT_MS) continue;
      pending.delete(key);
      if (!reappeared(doc, key)) onSent({ ...entry.snapshot, at: entry.confirmedAt, ...(entry.messageId ? { messageId: entry.messageId } : {}) });
    }
    if (pending.size > 0) timer = setTimeout(check, POLL_MS);
  }

  doc.addEventListener('click', note, { capture: true, passive: true, signal });
  doc.addEventListener('keydown', note, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

function reappeared(doc: Document, key: string): boolean {
  return findComposeWindows(doc).some(({ root }) => DRAFT_ID_FIELDS.some((selector) => root.querySelector<HTMLInputElement>(selector)?.value.trim() === key));
}
