import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Background to content script: put a draft into the site's message box. Kept apart so content scripts stay small. */
export const ContentCommandSchema = v.object({
  rapport: v.literal(1),
  command: v.literal('draft.put'),
  draft: v.object({ subject: v.optional(text(1000)), body: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)), to: v.optional(text(320)) }),
});
export type ContentCommand = v.InferOutput<typeof ContentCommandSchema>;
