/**
 * Content lines shared by vCard (RFC 6350) and iCalendar (RFC 5545) output: escaped TEXT values,
 * lines folded at 75 octets, CRLF line ends.
 */

import { stripControlCharacters } from './text-input';

export const CRLF = '\r\n';
export const MAX_LINE_OCTETS = 75;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A TEXT value: `\` `,` `;` and line breaks escaped, control characters dropped, lone surrogates replaced. */
export function escapeText(value: string): string {
  // Control characters are not allowed in TEXT (tab is; line breaks are escaped).
  return stripControlCharacters(wellFormed(value))
    .replace(/[\\,;]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A structured value (N, ORG): components escaped and joined with `;`. */
export function structuredValue(components: readonly string[]): string {
  return components.map(escapeText).join(';');
}

export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8 (continuations start with a
 * space, which counts). Splits only between code points, so multi-octet characters stay whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of wellFormed(line)) {
    const size = utf8Length(character);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** `NAME;PARAM=x:value`, folded. */
export function contentLine(name: string, value: string, params: readonly string[] = []): string {
  return foldLine(`${[name, ...params].join(';')}:${value}`);
}

/** Lines joined with CRLF, ending with one. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => line + CRLF).join('');
}
