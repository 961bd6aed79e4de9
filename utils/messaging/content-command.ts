import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Who the draft is for, so that LinkedIn's message box of that person's chat is chosen among several. */
const RecipientSchema = v.object({
  names: v.pipe(v.array(text(500)), v.maxLength(4)),
  linkedinSlug: v.optional(text(200)),
});

/** Background to content script: put a draft into the site's message box. Kept apart so content scripts stay small. */
export const ContentCommandSchema = v.object({
  rapport: v.literal(1),
  command: v.literal('draft.put'),
  draft: v.object({
    subject: v.optional(text(1000)),
    body: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
    to: v.optional(text(320)),
    recipient: v.optional(RecipientSchema),
  }),
});
export type ContentCommand = v.InferOutput<typeof ContentCommandSchema>;
