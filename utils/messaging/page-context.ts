import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max));
const httpsUrl = v.pipe(v.string(), v.maxLength(4096), v.url(), v.startsWith('https://'));

export const PersonSchema = v.object({ email: text(320), name: text(500) });

const LinkedInProfileSchema = v.object({
  site: v.literal('linkedin'),
  kind: v.literal('profile'),
  url: httpsUrl,
  slug: text(200),
  name: text(500),
  headline: optionalText(2000),
  company: optionalText(500),
  role: optionalText(500),
  location: optionalText(500),
  strategy: text(100),
});

/** The messaging page: the partner of the open conversation, named as the page names them. */
const LinkedInChatSchema = v.object({
  site: v.literal('linkedin'),
  kind: v.literal('chat'),
  url: httpsUrl,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  slug: optionalText(200),
  threadId: optionalText(200),
  strategy: text(100),
});

const GmailMessageSchema = v.object({
  id: text(200),
  from: v.optional(text(320)),
  to: v.pipe(v.array(text(320)), v.maxLength(500)),
  at: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const GmailConversationSchema = v.object({
  site: v.literal('gmail'),
  kind: v.literal('conversation'),
  url: httpsUrl,
  threadId: text(200),
  subject: text(2000),
  account: optionalText(320),
  partners: v.pipe(v.array(PersonSchema), v.maxLength(200)),
  messages: v.pipe(v.array(GmailMessageSchema), v.maxLength(500)),
  strategy: text(100),
});

/** Why a page shows nobody: it is the user's own LinkedIn profile (set in the settings), never a contact. */
export const OWN_PROFILE_REASON = 'own-profile';

const NothingToShowSchema = v.object({
  site: v.picklist(['linkedin', 'gmail']),
  kind: v.literal('none'),
  url: httpsUrl,
  reason: text(200),
});

/** What a content script saw on the page the user opened. */
export const PageContextSchema = v.variant('kind', [LinkedInProfileSchema, LinkedInChatSchema, GmailConversationSchema, NothingToShowSchema]);

export type PageContext = v.InferOutput<typeof PageContextSchema>;
export type LinkedInProfileContext = v.InferOutput<typeof LinkedInProfileSchema>;
export type LinkedInChatContext = v.InferOutput<typeof LinkedInChatSchema>;
export type GmailConversationContext = v.InferOutput<typeof GmailConversationSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
