import type { Language } from '../domain/model';
import type { DraftContext } from './context';
import { renderTemplate } from './render';
import { parseTemplate } from './syntax';
import { BUILT_IN_TEMPLATES, type DraftKind, type DraftTemplate } from './templates';

export interface Draft {
  subject: string;
  body: string;
  language: Language;
  kind: DraftKind;
  /** Index of the chosen variant among the templates that fit (0-based). */
  variant: number;
  templateId: string;
}

export interface RenderDraftOptions {
  /** The same seed picks the same variant: e.g. `${contact.id}:${today}`. */
  variantSeed: string | number;
  /** The templates in effect (see `mergeTemplates`); default the built-ins. */
  templates?: readonly DraftTemplate[];
}

/** When nothing fits at all (a kind with no template in the language): a greeting and the signature. */
const FALLBACK: Omit<DraftTemplate, 'kind' | 'language'> = { id: 'fallback', subject: '', body: '{greeting},\n\n\n{signature}' };

/**
 * The templates for this kind, language and formality, without any that have syntax errors (the editor
 * shows those; a draft never comes from a broken template). Falls back to the built-ins when the given
 * templates have none that fit.
 */
export function templatesFor(kind: DraftKind, context: Pick<DraftContext, 'language' | 'formality'>, templates?: readonly DraftTemplate[]): DraftTemplate[] {
  const fits = (list: readonly DraftTemplate[]) =>
    list.filter(
      (template) =>
        template.kind === kind &&
        template.language === context.language &&
        (template.formality === undefined || template.formality === context.formality) &&
        parseTemplate(template.subject).errors.length === 0 &&
        parseTemplate(template.body).errors.length === 0,
    );
  const own = templates ? fits(templates) : [];
  return own.length > 0 ? own : fits(BUILT_IN_TEMPLATES);
}

/** Render a draft of this kind. Never throws. */
export function renderDraft(kind: DraftKind, context: DraftContext, options: RenderDraftOptions): Draft {
  const candidates = templatesFor(kind, context, options.templates);
  const variant = candidates.length > 0 ? hash(`${kind}:${String(options.variantSeed)}`) % candidates.length : 0;
  const template = candidates[variant] ?? { ...FALLBACK, kind, language: context.language };
  const rendered = renderTemplate(template, context);
  return { subject: rendered.subject, body: rendered.body, language: context.language, kind, variant, templateId: template.id };
}

/** FNV-1a, 32 bit: stable across runs and engines. */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What just happened or is due, as the caller knows it. */
export interface DraftSituation {
  /** A call or meeting was just logged. */
  callLogged?: boolean;
  /** An agreement or project was just marked done. */
  agreementCompleted?: boolean;
  /** A date of an agreement was just moved. */
  dateMoved?: boolean;
  /** An invoice agreement is open past its due date. */
  invoiceOverdue?: boolean;
  /** Payment reminders already sent for it. */
  paymentRemindersSent?: number;
  /** The contact's company changed: someone new to write to. */
  companyChanged?: boolean;
  /** The contact is new at an organisation where others agreed things: hand those over. */
  newContactPerson?: boolean;
  /** The keep-in-touch follow-up is due or overdue. */
  followUpDue?: boolean;
  /** An important date's reminder shows today: the draft that goes with it. */
  importantDate?: 'birthday' | 'work-anniversary' | 'project-thank-you';
}

/**
 * The draft that fits best, or undefined. What the user just did comes first (a call logged, an
 * agreement completed, a date moved), then an important date on or near its day (a birthday, years of
 * working together, a completed project), then standing matters: an overdue invoice (the second,
 * firmer reminder once one was sent), a company change, then a due follow-up.
 */
export function suggestDraftKind(situation: DraftSituation): DraftKind | undefined {
  if (situation.callLogged) return 'call-summary';
  if (situation.agreementCompleted) return 'thank-you';
  if (situation.dateMoved) return 'reschedule';
  if (situation.importantDate) return situation.importantDate;
  if (situation.invoiceOverdue) {
    return (situation.paymentRemindersSent ?? 0) >= 1 ? 'payment-reminder-second' : 'payment-reminder-first';
  }
  if (situation.companyChanged || situation.newContactPerson) return 'handover';
  if (situation.followUpDue) return 'thinking-of-you';
  return undefined;
}
