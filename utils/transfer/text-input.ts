/**
 * Line ends as files really have them: LF, CRLF, CR (old macOS, old iPhone exports) and CR CR LF (a CRLF file
 * converted once more by a text-mode transfer), each one line end.
 */
const LINE_END = /\r\r\n|\r\n|\r/g;

/** File text as the importers want it: no byte order mark, `\n` line ends only. */
export function normaliseFileText(text: string): string {
  return stripByteOrderMark(text).replace(LINE_END, '\n');
}

export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line on which the character at `offset` sits (lines end with `\n`). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

// C0 controls and DEL, except tab and line breaks (handled by the callers): never meaningful in a name or note.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '');
}
