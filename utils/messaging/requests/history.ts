import * as v from 'valibot';
import { emails, text } from './fields';
import type { RequestTable } from './table';

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(400));

const ChatSchema = v.object({
  view: v.picklist(['page', 'overlay']),
  threadId: v.optional(text(200)),
  partner: v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(500)), slug: v.optional(text(200)), memberId: v.optional(text(200)) }),
  messages: v.pipe(
    v.array(
      v.object({ key: v.optional(key), fromPartner: v.boolean(), day: text(100), time: text(40), place: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)) }),
    ),
    v.maxLength(2000),
  ),
  strategy: text(100),
});

const ListedSchema = v.object({ threadId: text(200), partnerName: v.pipe(v.string(), v.minLength(1), v.maxLength(500)), shown: text(100) });

const moment = v.pipe(v.number(), v.integer(), v.minValue(0));
const gmailPage = v.pipe(v.string(), v.maxLength(4096), v.startsWith('https://mail.google.com/'));

const ListedThreadSchema = v.object({
  threadId: text(200),
  messageId: v.optional(text(200)),
  legacyThreadId: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8,24}$/u))),
  people: emails,
  at: v.optional(moment),
});

const SentSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  to: emails,
  subject: v.optional(text(2000)),
  at: moment,
  messageId: v.optional(text(200)),
  url: v.optional(gmailPage),
});

/** What a content script saw of the user's history: message metadata only, never a text. */
export const HISTORY_REQUESTS = {
  'history.linkedin': {
    from: ['content-script'],
    input: v.object({
      chats: v.pipe(v.array(ChatSchema), v.maxLength(20)),
      listed: v.pipe(v.array(ListedSchema), v.maxLength(500)),
    }),
  },
  'history.gmail': {
    from: ['content-script'],
    input: v.object({
      pageUrl: gmailPage,
      account: v.optional(text(320)),
      /** The Sent view: every row there is the user's own latest message. */
      sentView: v.boolean(),
      rows: v.pipe(v.array(ListedThreadSchema), v.maxLength(500)),
      sent: v.pipe(v.array(SentSchema), v.maxLength(20)),
    }),
  },
} as const satisfies RequestTable;

export type GmailHistoryReport = v.InferOutput<(typeof HISTORY_REQUESTS)['history.gmail']['input']>;

export type LinkedInHistoryReport = v.InferOutput<(typeof HISTORY_REQUESTS)['history.linkedin']['input']>;

export interface HistoryOutputs {
  'history.linkedin': null;
  'history.gmail': null;
}
