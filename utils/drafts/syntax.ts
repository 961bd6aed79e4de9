import { isPlaceholderName, PLACEHOLDER_NAMES, type PlaceholderName } from './placeholders';

/**
 * The draft template syntax (documented for users in README.md):
 *
 *   {firstName}            a placeholder
 *   [[ … ]]                an optional block: vanishes when a placeholder directly inside it has no value
 *   [[ A || B ]]           alternatives: the first whose placeholders all have values; none → nothing
 *   a line outside [[ ]]   vanishes when a placeholder on it (outside blocks) has no value
 *   \{ \} \[ \] \| \\      literal characters
 *
 * Blocks nest; a nested block is optional inside its parent and does not make the parent vanish.
 * Parsing never throws: problems come back as errors with their position, and the tree is still usable
 * (an unknown placeholder counts as missing, an unclosed block runs to the end).
 */

export type TemplateNode =
  | { type: 'text'; value: string }
  | { type: 'placeholder'; name: string; known: boolean; offset: number }
  | { type: 'block'; alternatives: TemplateNode[][]; offset: number };

export type TemplateErrorCode =
  | 'unknown-placeholder'
  | 'empty-placeholder'
  | 'unclosed-placeholder'
  | 'unexpected-brace'
  | 'unclosed-block'
  | 'unexpected-block-end';

export interface TemplateError {
  code: TemplateErrorCode;
  /** English, for developers and logs; the UI can word its own message from `code` and `name`. */
  message: string;
  /** UTF-16 offset into the source, as a textarea's selectionStart counts. */
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** The placeholder name, for placeholder errors. */
  name?: string;
  /** A known placeholder that differs only in case, for `unknown-placeholder`. */
  suggestion?: PlaceholderName;
}

export interface ParsedTemplate {
  source: string;
  nodes: TemplateNode[];
  errors: TemplateError[];
  /** Known placeholders used anywhere, in order of first use. */
  placeholders: PlaceholderName[];
}

const ESCAPABLE = new Set(['{', '}', '[', ']', '|', '\\']);
const MAX_PLACEHOLDER_LENGTH = 64;
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

interface Frame {
  alternatives: TemplateNode[][];
  offset: number;
}

export function parseTemplate(source: string): ParsedTemplate {
  const errors: TemplateError[] = [];
  const placeholders: PlaceholderName[] = [];
  const root: TemplateNode[] = [];
  const stack: Frame[] = [];
  let text = '';

  const current = (): TemplateNode[] => {
    const frame = stack[stack.length - 1];
    return frame ? (frame.alternatives[frame.alternatives.length - 1] as TemplateNode[]) : root;
  };
  const flush = () => {
    if (text) current().push({ type: 'text', value: text });
    text = '';
  };
  const fail = (code: TemplateErrorCode, offset: number, length: number, message: string, extra: Partial<TemplateError> = {}) => {
    errors.push({ code, message, offset, length, ...position(source, offset), ...extra });
  };

  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (char === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      text += next;
      i += 2;
    } else if (char === '[' && next === '[') {
      flush();
      stack.push({ alternatives: [[]], offset: i });
      i += 2;
    } else if (char === ']' && next === ']') {
      flush();
      const frame = stack.pop();
      if (frame) current().push({ type: 'block', alternatives: frame.alternatives, offset: frame.offset });
      else fail('unexpected-block-end', i, 2, ']] without a matching [[ (write \\]\\] for the characters)');
      i += 2;
    } else if (char === '|' && next === '|' && stack.length > 0) {
      flush();
      (stack[stack.length - 1] as Frame).alternatives.push([]);
      i += 2;
    } else if (char === '{') {
      const end = closingBrace(source, i);
      if (end === -1) {
        fail('unclosed-placeholder', i, 1, '{ without a closing } on the same line (write \\{ for the character)');
        text += char;
        i += 1;
        continue;
      }
      flush();
      const raw = source.slice(i + 1, end);
      const name = raw.trim();
      const known = isPlaceholderName(name);
      if (known) {
        if (!placeholders.includes(name)) placeholders.push(name);
      } else if (!name) {
        fail('empty-placeholder', i, end - i + 1, 'Empty placeholder {}');
      } else {
        const suggestion = PLACEHOLDER_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
        const valid = PLACEHOLDER_NAME.test(name);
        fail(
          'unknown-placeholder',
          i,
          end - i + 1,
          suggestion
            ? `Unknown placeholder {${name}}; did you mean {${suggestion}}?`
            : valid
              ? `Unknown placeholder {${name}}`
              : `Invalid placeholder {${name}}: use letters and digits, e.g. {firstName}`,
          suggestion ? { name, suggestion } : { name },
        );
      }
      current().push({ type: 'placeholder', name, known, offset: i });
      i = end + 1;
    } else if (char === '}') {
      fail('unexpected-brace', i, 1, '} without a matching { (write \\} for the character)');
      text += char;
      i += 1;
    } else {
      text += char;
      i += 1;
    }
  }
  flush();
  // Unclosed blocks: report each, then close them at the end so the tree is still renderable.
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    fail('unclosed-block', frame.offset, 2, '[[ without a closing ]]');
    current().push({ type: 'block', alternatives: frame.alternatives, offset: frame.offset });
  }
  errors.sort((a, b) => a.offset - b.offset);
  return { source, nodes: root, errors, placeholders };
}

/** Index of the `}` closing the `{` at `start`, or -1 when another `{`, a line break or the end comes first. */
function closingBrace(source: string, start: number): number {
  const limit = Math.min(source.length, start + 1 + MAX_PLACEHOLDER_LENGTH + 2);
  for (let j = start + 1; j < limit; j++) {
    const char = source[j];
    if (char === '}') return j;
    if (char === '{' || char === '\n' || char === '\r') return -1;
  }
  return -1;
}

function position(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset; j++) {
    if (source[j] === '\n') {
      line += 1;
      lineStart = j + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
