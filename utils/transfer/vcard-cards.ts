import type { FilePosition, ParseError, SkippedEntry } from './imported-person';
import { describePosition } from './imported-person';
import { normaliseFileText } from './text-input';

/** The lines of one `BEGIN:VCARD … END:VCARD` block, QUOTED-PRINTABLE soft breaks already joined. */
export interface RawCard {
  /** 1-based position in the file. */
  card: number;
  /** Line of its BEGIN:VCARD. */
  line: number;
  /** Always ends with an END:VCARD line (one is added when the file has none for this card). */
  lines: string[];
}

export type RawCardsResult = { ok: true; cards: RawCard[]; stray: SkippedEntry[] } | { ok: false; error: ParseError };

const BEGIN = /^BEGIN:VCARD\s*$/i;
const END = /^END:VCARD\s*$/i;
/** A property line whose parameters say QUOTED-PRINTABLE (`;ENCODING=QUOTED-PRINTABLE` or 2.1's bare `;QUOTED-PRINTABLE`). */
const QUOTED_PRINTABLE_PROPERTY = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?(?:;[^;:]*)*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i;
const OUTSIDE_A_CARD = 'text outside a BEGIN:VCARD … END:VCARD block';

/**
 * Cuts a .vcf text into cards, keeping the line each starts on. `vcf` parses one card at a time but
 * neither joins QUOTED-PRINTABLE soft line breaks (a line ending in `=`) nor says which card is broken.
 * Real files are kept, not refused: a card whose END:VCARD is missing ends where the next one begins (or
 * at the end of the file), and text between cards is reported as skipped. Fails only without any card.
 */
export function splitCards(text: string): RawCardsResult {
  const lines = normaliseFileText(text).split('\n');
  if (!lines.some((line) => BEGIN.test(line))) return { ok: false, error: positioned({ line: 1 }, 'no BEGIN:VCARD found') };
  const cards: RawCard[] = [];
  const stray: SkippedEntry[] = [];
  let open: RawCard | undefined;
  let strayRun = false;
  const close = () => {
    if (!open) return;
    if (!END.test(open.lines.at(-1) ?? '')) open.lines.push('END:VCARD');
    cards.push(open);
    open = undefined;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let line = lines[index] as string;
    while (QUOTED_PRINTABLE_PROPERTY.test(line) && line.endsWith('=') && index + 1 < lines.length) {
      index += 1;
      line = line.slice(0, -1) + (lines[index] as string);
    }
    const outside = !open && !BEGIN.test(line) && line.trim() !== '' && !END.test(line);
    if (outside && !strayRun) stray.push({ line: lineNumber, reason: OUTSIDE_A_CARD });
    strayRun = outside;
    if (BEGIN.test(line)) {
      close();
      open = { card: cards.length + 1, line: lineNumber, lines: [line] };
    } else if (END.test(line)) {
      open?.lines.push(line);
      close();
    } else if (open && line.trim() !== '') {
      open.lines.push(line);
    }
  }
  close();
  return { ok: true, cards, stray };
}

function positioned(position: FilePosition, problem: string): ParseError {
  return { ...position, message: `${describePosition(position)}: ${problem}` };
}
