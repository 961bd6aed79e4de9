/** Draft template engine: pure, no DOM. Output is plain text; whoever puts it into HTML escapes it. */
export { agreementMovedLast, buildDraftContext, type DraftContext, type DraftFocus, type DraftInput, type DraftUser } from './context';
export { renderDraft, suggestDraftKind, templatesFor, type Draft, type DraftSituation, type RenderDraftOptions } from './draft';
export { greetingFor, splitName, type GreetingOptions, type PersonName } from './names';
export { PLACEHOLDERS, PLACEHOLDER_NAMES, isPlaceholderName, type DraftValues, type PlaceholderInfo, type PlaceholderName } from './placeholders';
export {
  renderTemplate,
  renderTemplateText,
  validateTemplate,
  type RenderedTemplate,
  type RenderedText,
  type TemplateFieldError,
  type TemplateSource,
} from './render';
export { parseTemplate, type ParsedTemplate, type TemplateError, type TemplateErrorCode, type TemplateNode } from './syntax';
export { BUILT_IN_TEMPLATES, DRAFT_KINDS, builtInTemplate, mergeTemplates, type DraftKind, type DraftTemplate } from './templates';
export { durationWords, formatDate, formatMonthYear, seasonOf, type Season } from './words';
