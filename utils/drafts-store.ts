import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { builtInTemplate, DRAFT_KINDS, type DraftTemplate } from './drafts';

/** The user's templates (own ones and edits of built-ins), all under one key of `storage.local`. */
export const USER_TEMPLATES_KEY = 'draftTemplates';
export const MAX_USER_TEMPLATES = 200;
export const MAX_SUBJECT_LENGTH = 1000;
export const MAX_BODY_LENGTH = 20_000;

export interface TemplateStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const StoredTemplateSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,100}$/)),
  kind: v.picklist(DRAFT_KINDS),
  language: v.picklist(['de', 'en']),
  formality: v.optional(v.picklist(['du', 'sie'])),
  subject: v.pipe(v.string(), v.maxLength(MAX_SUBJECT_LENGTH)),
  body: v.pipe(v.string(), v.maxLength(MAX_BODY_LENGTH)),
});

/**
 * What is stored, as templates: anything malformed is dropped one template at a time, unknown fields are
 * left behind, an id counts once, and an edit of a built-in keeps the built-in's kind, language and formality.
 */
export function parseUserTemplates(stored: unknown): DraftTemplate[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const templates: DraftTemplate[] = [];
  for (const item of stored) {
    if (templates.length >= MAX_USER_TEMPLATES) break;
    const parsed = v.safeParse(StoredTemplateSchema, item);
    if (!parsed.success || seen.has(parsed.output.id)) continue;
    seen.add(parsed.output.id);
    templates.push(withBuiltInIdentity(parsed.output));
  }
  return templates;
}

function withBuiltInIdentity(template: DraftTemplate): DraftTemplate {
  const builtIn = builtInTemplate(template.id);
  if (!builtIn) return dropUndefinedFormality(template);
  return dropUndefinedFormality({ ...template, kind: builtIn.kind, language: builtIn.language, formality: builtIn.formality });
}

function dropUndefinedFormality(template: DraftTemplate): DraftTemplate {
  const { formality, ...rest } = template;
  return formality ? { ...rest, formality } : rest;
}

export async function readUserTemplates(storage: TemplateStorage = browser.storage.local): Promise<DraftTemplate[]> {
  const stored = await storage.get(USER_TEMPLATES_KEY);
  return parseUserTemplates(stored[USER_TEMPLATES_KEY]);
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Every write of the templates key reads, changes and writes the whole list: within one context (the background,
 * which makes them all: pages' saves, backup restores and sync's merges) they run one after another, so none
 * overwrites what another just wrote.
 */
export function oneTemplateWriteAtATime<T>(write: () => Promise<T>): Promise<T> {
  const next = writing.then(write, write);
  writing = next.catch(() => undefined);
  return next;
}

/** Adds or replaces the template with this id. Refuses one that would not survive reading back. */
export function saveUserTemplate(template: DraftTemplate, storage: TemplateStorage = browser.storage.local): Promise<DraftTemplate[]> {
  return oneTemplateWriteAtATime(async () => {
    const [checked] = parseUserTemplates([template]);
    if (!checked) throw new Error('This template cannot be stored.');
    const current = await readUserTemplates(storage);
    const index = current.findIndex((existing) => existing.id === checked.id);
    if (index < 0 && current.length >= MAX_USER_TEMPLATES) throw new Error(`At most ${MAX_USER_TEMPLATES} templates can be stored.`);
    const next = index < 0 ? [...current, checked] : current.map((existing, i) => (i === index ? checked : existing));
    await storage.set({ [USER_TEMPLATES_KEY]: next });
    return next;
  });
}

/** Deletes an own template, or for a built-in's id brings back the default. */
export function removeUserTemplate(id: string, storage: TemplateStorage = browser.storage.local): Promise<DraftTemplate[]> {
  return oneTemplateWriteAtATime(async () => {
    const next = (await readUserTemplates(storage)).filter((template) => template.id !== id);
    await storage.set({ [USER_TEMPLATES_KEY]: next });
    return next;
  });
}

/** Replaces all of the user's templates (restoring a backup); the ones that would not load are left out. */
export function replaceUserTemplates(stored: readonly unknown[], storage: TemplateStorage = browser.storage.local): Promise<DraftTemplate[]> {
  return oneTemplateWriteAtATime(async () => {
    const next = parseUserTemplates(stored);
    await storage.set({ [USER_TEMPLATES_KEY]: next });
    return next;
  });
}

export function newUserTemplateId(): string {
  return `own.${crypto.randomUUID()}`;
}

/** Calls `listener` with the templates whenever any page changes them; returns the unsubscribe. */
export function watchUserTemplates(listener: (templates: DraftTemplate[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && USER_TEMPLATES_KEY in changes) listener(parseUserTemplates(changes[USER_TEMPLATES_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
