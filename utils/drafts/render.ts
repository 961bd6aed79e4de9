import type { DraftValues, PlaceholderName } from './placeholders';
import { parseTemplate, type ParsedTemplate, type TemplateError, type TemplateNode } from './syntax';
import { cleanLine, cleanLines, cleanTemplateText } from './text';

/**
 * Rendering: blocks whose placeholders have no value vanish, top-level lines likewise, then the
 * template's own text is tidied (spaces, punctuation left over from a vanished block, blank lines).
 * Values are never parsed and never tidied: they go in as cleaned plain text, exactly once.
 */

/** A piece of output: template text, or the index of a value. */
type Piece = string | { value: number };

interface RenderState {
  values: DraftValues;
  /** Values in order of use; pieces refer to them by index. */
  used: string[];
}

/** Multi-line placeholders keep their line breaks; all others are one line. */
const MULTILINE: ReadonlySet<PlaceholderName> = new Set([
  'openAgreements',
  'undatedAgreements',
  'nextDates',
  'agreedTerms',
  'callAgreements',
  'signature',
]);

function valueOf(state: RenderState, name: string, known: boolean): string {
  if (!known || !Object.hasOwn(state.values, name)) return '';
  const raw = state.values[name as PlaceholderName];
  return MULTILINE.has(name as PlaceholderName) ? cleanLines(raw, 20, 300) : cleanLine(raw, 500);
}

/** An alternative can render when every placeholder directly in it (not in nested blocks) has a value. */
function satisfied(nodes: readonly TemplateNode[], state: RenderState): boolean {
  return nodes.every((node) => node.type !== 'placeholder' || valueOf(state, node.name, node.known) !== '');
}

function renderNodes(nodes: readonly TemplateNode[], state: RenderState, out: Piece[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(cleanTemplateText(node.value));
    else if (node.type === 'placeholder') {
      out.push({ value: state.used.push(valueOf(state, node.name, node.known)) - 1 });
    } else {
      const chosen = node.alternatives.find((alternative) => satisfied(alternative, state));
      if (chosen) renderNodes(chosen, state, out);
    }
  }
}

/**
 * Top level: each line (between top-level line breaks) vanishes when a placeholder on it has no value,
 * and so does a line that had content in the template but renders to nothing (all its blocks vanished):
 * it does not become a blank line. Blank lines of the template stay.
 */
function renderTopLevel(nodes: readonly TemplateNode[], state: RenderState): Piece[] {
  const kept: Piece[][] = [];
  let line: Piece[] = [];
  let missing = false;
  let hadContent = false;
  const endLine = () => {
    const blank = line.every((piece) => typeof piece === 'string' && piece.trim() === '');
    if (!missing && !(hadContent && blank)) kept.push(line);
    line = [];
    missing = false;
    hadContent = false;
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      const parts = cleanTemplateText(node.value).split('\n');
      parts.forEach((part, index) => {
        if (index > 0) endLine();
        if (part.trim()) hadContent = true;
        if (part) line.push(part);
      });
    } else {
      hadContent = true;
      if (node.type === 'placeholder') {
        const value = valueOf(state, node.name, node.known);
        if (value === '') missing = true;
        else line.push({ value: state.used.push(value) - 1 });
      } else {
        renderNodes([node], state, line);
      }
    }
  }
  endLine();
  return kept.flatMap((pieces, index) => (index === 0 ? pieces : ['\n', ...pieces]));
}

// Values stand in the text as \u0000<index>\u0000 while the template text is tidied; neither values nor
// template text can contain \u0000 (both are cleaned of control characters).
const MARK = '\u0000';
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

function tidy(pieces: readonly Piece[], used: readonly string[], singleLine: boolean): string {
  let text = pieces.map((piece) => (typeof piece === 'string' ? piece : `${MARK}${piece.value}${MARK}`)).join('');
  if (singleLine) text = text.replace(/\n/g, ' ');
  const values = singleLine ? used.map((value) => value.replace(/\n/g, ' ')) : used;
  const lines = text.split('\n').map((line) =>
    line
      .replace(/[ \u00A0]{2,}/g, ' ')
      // Space before punctuation, left where a block before it vanished: "Danke ." → "Danke."
      .replace(/ +([,.;:!?])/g, '$1')
      // Punctuation doubled by a vanished block: "Danke,." → "Danke.", "a,, b" → "a, b"
      .replace(/[,;:]+(?=[.!?])/g, '')
      .replace(/([,;])[,;]+/g, '$1')
      .trim()
      // A line of nothing but punctuation is what is left of a vanished sentence.
      .replace(/^[,.;:!?]+$/, ''),
  );
  const compact: string[] = [];
  for (const line of lines) {
    if (line === '' && (compact.length === 0 || compact[compact.length - 1] === '')) continue;
    compact.push(line);
  }
  while (compact[compact.length - 1] === '') compact.pop();
  return compact.join('\n').replace(MARKED, (_, index: string) => values[Number(index)] ?? '');
}

export interface RenderOptions {
  /** For subjects: line breaks become spaces. */
  singleLine?: boolean;
}

export interface RenderedText {
  text: string;
  errors: TemplateError[];
}

/** Render one template text. Never throws; syntax errors are returned and rendering goes on as best it can. */
export function renderTemplateText(
  template: string | ParsedTemplate,
  values: DraftValues,
  options: RenderOptions = {},
): RenderedText {
  const parsed = typeof template === 'string' ? parseTemplate(template) : template;
  const state: RenderState = { values, used: [] };
  const pieces = renderTopLevel(parsed.nodes, state);
  return { text: tidy(pieces, state.used, options.singleLine ?? false), errors: parsed.errors };
}

export interface TemplateSource {
  subject: string;
  body: string;
}

export interface TemplateFieldError extends TemplateError {
  field: 'subject' | 'body';
}

export interface RenderedTemplate {
  subject: string;
  body: string;
  errors: TemplateFieldError[];
}

/** Render a subject and body (the live preview of the template editor). Never throws. */
export function renderTemplate(template: TemplateSource, context: { values: DraftValues }): RenderedTemplate {
  const subject = renderTemplateText(template.subject, context.values, { singleLine: true });
  const body = renderTemplateText(template.body, context.values);
  return {
    subject: subject.text,
    body: body.text,
    errors: [
      ...subject.errors.map((error) => ({ ...error, field: 'subject' as const })),
      ...body.errors.map((error) => ({ ...error, field: 'body' as const })),
    ],
  };
}

/** Syntax errors of a subject and body, for the editor's save button. */
export function validateTemplate(template: TemplateSource): TemplateFieldError[] {
  return [
    ...parseTemplate(template.subject).errors.map((error) => ({ ...error, field: 'subject' as const })),
    ...parseTemplate(template.body).errors.map((error) => ({ ...error, field: 'body' as const })),
  ];
}
