import type { DraftTemplate } from '../drafts';
import { oneTemplateWriteAtATime, parseUserTemplates, USER_TEMPLATES_KEY, type TemplateStorage } from '../drafts-store';
import { canonical, type FieldValues } from './record-merge';
import type { SideSource } from './side-sync';

/**
 * The user's templates (own ones and edits of built-ins) are the team's: everyone on the database shares them.
 * One document per template; the whole template is one field, so a subject from one edit never meets the body of
 * another, and removing a template (or an edit of a built-in, which brings back the default) is a value too, so a
 * later edit brings it back and a later removal removes it, as for any field.
 */
export const TEMPLATE_DOC_PREFIX = 'template:';

type TemplateFields = Omit<DraftTemplate, 'id'>;

export function templateValue({ id: _id, ...fields }: DraftTemplate): FieldValues {
  return { template: fields };
}

/** The device's templates with merged values applied: changed ones in place, new ones at the end, removed ones gone. */
export function applyTemplateValues(current: readonly DraftTemplate[], values: Readonly<Record<string, FieldValues>>): DraftTemplate[] {
  const byId = new Map<string, DraftTemplate | null>();
  for (const [docId, value] of Object.entries(values)) {
    const fields = value.template as TemplateFields | null | undefined;
    byId.set(docId.slice(TEMPLATE_DOC_PREFIX.length), fields ? { ...fields, id: docId.slice(TEMPLATE_DOC_PREFIX.length) } : null);
  }
  const next: unknown[] = [];
  for (const template of current) {
    const merged = byId.get(template.id);
    if (merged === undefined) next.push(template);
    else if (merged !== null) next.push(merged);
    byId.delete(template.id);
  }
  for (const merged of byId.values()) if (merged) next.push(merged);
  // What would not load here (malformed, or more than the limit) is left out, as when reading.
  return parseUserTemplates(next);
}

export function templatesSource(storage: TemplateStorage): SideSource {
  const read = async () => {
    const stored = (await storage.get(USER_TEMPLATES_KEY))[USER_TEMPLATES_KEY];
    return { templates: parseUserTemplates(stored), token: canonical(stored) };
  };
  return {
    owns: { prefix: TEMPLATE_DOC_PREFIX },
    absent: { template: null },
    isDefault: () => false,
    async read() {
      const { templates, token } = await read();
      return { values: Object.fromEntries(templates.map((template) => [`${TEMPLATE_DOC_PREFIX}${template.id}`, templateValue(template)])), token };
    },
    write(values, token) {
      // In line with the pages' saves (made by the background too), so the check and the write are one step.
      return oneTemplateWriteAtATime(async () => {
        const now = await read();
        if (now.token !== token) return undefined;
        const next = applyTemplateValues(now.templates, values);
        await storage.set({ [USER_TEMPLATES_KEY]: next });
        const held = new Map(next.map((template) => [`${TEMPLATE_DOC_PREFIX}${template.id}`, templateValue(template)]));
        return Object.entries(values)
          .filter(([id, value]) => (value.template === null ? !held.has(id) : held.has(id) && canonical(held.get(id)) === canonical(value)))
          .map(([id]) => id);
      });
    },
  };
}
