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

function buildContentCommandSchemas() {
  return {
    /** Put a draft into the site's message box. */
    'draft.put': v.object({ rapport: v.literal(1), command: v.literal('draft.put'), draft: draftSchema() }),
    /** Where Rapport now appears on each site (the content scripts do not watch storage themselves). */
    'display.places': v.object({
      rapport: v.literal(1),
      command: v.literal('display.places'),
      places: v.object({ linkedin: place(), gmail: place() }),
    }),
  };
}

type DraftSchema = ReturnType<typeof buildDraftSchema>;
type ContentCommandSchemas = ReturnType<typeof buildContentCommandSchemas>;
let draft: DraftSchema | undefined;
let commands: ContentCommandSchemas | undefined;

/** A draft the background hands to a content script. */
export function draftSchema(): DraftSchema {
  draft ??= buildDraftSchema();
  return draft;
}

export type ContentCommand = { [Name in keyof ContentCommandSchemas]: v.InferOutput<ContentCommandSchemas[Name]> }[keyof ContentCommandSchemas];

/**
 * A command from the background to a content script, or undefined when `message` is none. Kept apart so content
 * scripts stay small, and its schemas built on first use: a content script receives a command on few of the pages it
 * runs on, and building them is script every page load would wait for.
 */
export function parseContentCommand(message: unknown): ContentCommand | undefined {
  commands ??= buildContentCommandSchemas();
  const name = typeof message === 'object' && message !== null ? (message as { command?: unknown }).command : undefined;
  if (name !== 'draft.put' && name !== 'display.places') return undefined;
  const parsed = v.safeParse(commands[name], message);
  return parsed.success ? parsed.output : undefined;
}
