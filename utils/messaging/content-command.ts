import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const place = () => v.picklist(['page', 'panel']);

function buildDraftSchema() {
  return v.object({
    subject: v.optional(text(1000)),
    body: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
    to: v.optional(text(320)),
    /** Who the draft is for, so that LinkedIn's message box of that person's chat is chosen among several. */
    recipient: v.optional(v.object({ names: v.pipe(v.array(text(500)), v.maxLength(4)), linkedinSlug: v.optional(text(200)) })),
  });
}

function buildContentCommandSchema() {
  return v.variant('command', [
    /** Put a draft into the site's message box. */
    v.object({ rapport: v.literal(1), command: v.literal('draft.put'), draft: draftSchema() }),
    /** Where Rapport now appears on each site (the content scripts do not watch storage themselves). */
    v.object({ rapport: v.literal(1), command: v.literal('display.places'), places: v.object({ linkedin: place(), gmail: place() }) }),
  ]);
}

type DraftSchema = ReturnType<typeof buildDraftSchema>;
type ContentCommandSchema = ReturnType<typeof buildContentCommandSchema>;
let draft: DraftSchema | undefined;
let command: ContentCommandSchema | undefined;

/** A draft the background hands to a content script. */
export function draftSchema(): DraftSchema {
  draft ??= buildDraftSchema();
  return draft;
}

/**
 * Background to content script. Kept apart so content scripts stay small, and built on first use: a content script
 * receives a command on few of the pages it runs on, and building the schema is script every page load would wait for.
 */
export function contentCommandSchema(): ContentCommandSchema {
  command ??= buildContentCommandSchema();
  return command;
}
export type ContentCommand = v.InferOutput<ContentCommandSchema>;
