// Bidi embeddings/overrides/isolates and invisible characters that can disguise a name; ZWJ (U+200D) stays for emoji.
const DISGUISING_CHARACTERS = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const MAX_NAME_LENGTH = 200;

/** Text read from a page or a file, made safe to store and show: NFC, no disguising characters, one space. */
export function cleanText(value: string | null | undefined, maxLength = MAX_NAME_LENGTH): string {
  if (!value) return '';
  const cleaned = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(DISGUISING_CHARACTERS, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
  return truncate(cleaned, maxLength);
}

function truncate(value: string, maxLength: number): string {
  if (value.length <= maxLength) return value;
  const cut = Array.from(value).slice(0, maxLength).join('');
  return `${cut.slice(0, maxLength - 1)}…`;
}

/** Compiled once: the bundler turns a `\p{…}` literal into `new RegExp(…)` where it stands, and this runs often. */
const MARKS = /\p{M}/gu;

/** A key for comparing names: case, accents and spacing ignored. */
export function nameKey(name: string): string {
  return cleanText(name).normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * `current` with `added` appended as its own paragraph, or undefined when there is nothing new: `added` is
 * empty or already in `current` (compared with whitespace collapsed), so importing the same notes twice
 * never doubles them.
 */
export function notesWithAddition(current: string | undefined, added: string | undefined): string | undefined {
  const addition = added?.trim();
  if (!addition) return undefined;
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const existing = current?.trim() ?? '';
  if (collapse(existing).includes(collapse(addition))) return undefined;
  return existing ? `${existing}\n\n${addition}` : addition;
}
