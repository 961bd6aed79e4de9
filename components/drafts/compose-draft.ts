import {
  buildDraftContext,
  renderDraft,
  renderTemplate,
  templatesFor,
  type Draft,
  type DraftFocus,
  type DraftKind,
  type DraftTemplate,
  type DraftUser,
} from '../../utils/drafts';
import type { CalendarDate } from '../../utils/domain/model';
import type { DraftContextData } from '../../utils/messaging/requests/drafts';

export interface DraftRequest {
  kind: DraftKind;
  data: DraftContextData;
  user: DraftUser;
  /** The templates in effect (`mergeTemplates` of the user's). */
  templates: readonly DraftTemplate[];
  today: CalendarDate;
  focus?: DraftFocus;
  /** 0: the wording of the day; each step the next wording, round and round. */
  step?: number;
  timeZone?: string;
}

export interface ComposedDraft {
  draft: Draft;
  /** How many wordings there are to step through. */
  wordings: number;
}

export function composeDraft({ kind, data, user, templates, today, focus, step = 0, timeZone }: DraftRequest): ComposedDraft {
  const agreements =
    kind === 'handover' ? [...data.agreements, ...data.colleagues.flatMap((colleague) => colleague.agreements)] : data.agreements;
  const context = buildDraftContext({
    contact: data.contact,
    agreements,
    interactions: data.interactions,
    user,
    today,
    ...(timeZone ? { timeZone } : {}),
    ...(focus ? { focus } : {}),
  });
  const ofTheDay = renderDraft(kind, context, { variantSeed: `${data.contact.id}:${today}`, templates });
  const candidates = templatesFor(kind, context, templates);
  const wordings = Math.max(candidates.length, 1);
  const template = candidates[(ofTheDay.variant + step) % wordings];
  if (step % wordings === 0 || !template) return { draft: ofTheDay, wordings };
  const rendered = renderTemplate(template, context);
  return {
    draft: { ...ofTheDay, subject: rendered.subject, body: rendered.body, variant: (ofTheDay.variant + step) % wordings, templateId: template.id },
    wordings,
  };
}
