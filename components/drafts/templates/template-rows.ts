import { BUILT_IN_TEMPLATES, DRAFT_KINDS, mergeTemplates, type DraftKind, type DraftTemplate } from '../../../utils/drafts';
import type { Formality, Language } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';

export type TemplateOrigin = 'built-in' | 'edited' | 'own';

export interface TemplateRow {
  template: DraftTemplate;
  origin: TemplateOrigin;
  /** 1-based place among the templates of its kind, language and formality: the wordings a draft steps through. */
  wording: number;
}

const FORMALITY_ORDER = ['du', 'sie', undefined] as const;

/** The templates in effect for one language (and kind), in the order of kinds, then du, Sie, both. */
export function templateRows(userTemplates: readonly DraftTemplate[], language: Language, kind?: DraftKind): TemplateRow[] {
  const builtInIds = new Set(BUILT_IN_TEMPLATES.map((template) => template.id));
  const edited = new Set(userTemplates.map((template) => template.id));
  const rows: TemplateRow[] = [];
  for (const rowKind of kind ? [kind] : DRAFT_KINDS) {
    for (const formality of FORMALITY_ORDER) {
      const group = mergeTemplates(userTemplates).filter(
        (template) => template.kind === rowKind && template.language === language && template.formality === formality,
      );
      group.forEach((template, index) => {
        const origin: TemplateOrigin = !builtInIds.has(template.id) ? 'own' : edited.has(template.id) ? 'edited' : 'built-in';
        rows.push({ template, origin, wording: index + 1 });
      });
    }
  }
  return rows;
}

export function formalityChoiceLabel(formality: Formality | 'any' | undefined): string {
  return t(formality === 'du' ? 'templatesFormality_du' : formality === 'sie' ? 'templatesFormality_sie' : 'templatesFormality_any');
}
