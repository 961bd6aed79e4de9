import { cleanText } from '../domain/text';

/**
 * Values go into drafts as plain text, verbatim except for this cleaning: control characters removed,
 * NFC, no disguising characters (via `cleanText`), whitespace collapsed, trimmed, length-capped.
 * Multi-line values (lists, a signature) keep their line breaks, one non-empty line each.
 */

const LINE_BREAKS = new Set(['\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029']);

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Line breaks of any kind → `\n` (when `multiline`) or a space; tabs → space; other controls removed. */
function stripControls(value: string, multiline: boolean): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === '\r' && value[i + 1] === '\n') continue;
    if (LINE_BREAKS.has(char)) out += multiline ? '\n' : ' ';
    else if (char === '\t') out += ' ';
    else if (!isControl(char.charCodeAt(0))) out += char;
  }
  return out;
}

/** One line of text, or '' when nothing is left. */
export function cleanLine(value: unknown, maxLength = 200): string {
  if (typeof value !== 'string') return '';
  return cleanText(stripControls(value, false), maxLength);
}

/** Several lines of text, blank lines dropped, or '' when nothing is left. */
export function cleanLines(value: unknown, maxLines = 10, maxLineLength = 200): string {
  if (typeof value !== 'string') return '';
  return stripControls(value, true)
    .split('\n')
    .map((line) => cleanText(line, maxLineLength))
    .filter((line) => line !== '')
    .slice(0, maxLines)
    .join('\n');
}

/** Template text: line breaks normalised to `\n`, tabs to spaces, other control characters removed. */
export function cleanTemplateText(value: string): string {
  return stripControls(value, true);
}

/** The first sentence or line of a summary, for quoting as a topic: no trailing full stop, shortened at a word. */
export function topicOf(summary: unknown, maxLength = 100): string {
  const firstLine = cleanLines(summary, 1, 1000);
  // A sentence ends at . ! ? before a capital letter, so "z.B. das" stays whole.
  const sentence = /^(.+?[.!?])\s+(?=\p{Lu})/u.exec(firstLine)?.[1] ?? firstLine;
  return shortenAtWord(withoutFinalStop(sentence), maxLength);
}

/** A summary to quote in full as one line, without its final full stop (templates add their own). */
export function summaryOf(summary: unknown, maxLength = 500): string {
  return withoutFinalStop(shortenAtWord(cleanLine(summary, 10_000), maxLength));
}

/** `Budget geklärt.` → `Budget geklärt`; an ellipsis (`...`, `…`), `!` and `?` stay. */
export function withoutFinalStop(value: string): string {
  let result = value.trim();
  for (;;) {
    const next = result.replace(/(?<!\.)[.,;:]$/u, '').trimEnd();
    if (next === result) return result;
    result = next;
  }
}

function shortenAtWord(value: string, maxLength: number): string {
  const chars = Array.from(value);
  if (chars.length <= maxLength) return value;
  const cut = chars.slice(0, maxLength).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/u, '')}…`;
}
