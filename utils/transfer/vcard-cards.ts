import type { FilePosition, ParseError } from './imported-person';
import { describePosition } from './imported-person';
import { normaliseFileText } from './text-input';

/** The lines of one `BEGIN:VCARD … END:VCARD` block, QUOTED-PRINTABLE soft breaks already joined. */
export interface RawCard {
  /** 1-based position in the file. */
  card: number;
  /** Line of its BEGIN:VCARD. */
  line: number;
  lines: string[];
}

export type RawCardsResult = { ok: true; cards: RawCard[] } | { ok: false; error: ParseError };

const BEGIN = /^BEGIN:VCARD\s*$/i;
const END = /^END:VCARD\s*$/i;
/** A property line whose parameters say QUOTED-PRINTABLE (`;ENCODING=QUOTED-PRINTABLE` or 2.1's bare `;QUOTED-PRINTABLE`). */
const QUOTED_PRINTABLE_PROPERTY = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?(?:;[^;:]*)*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i;
/** A line that names FN or N (optionally grouped). */
const NAME_PROPERTY = /^(?:[A-Za-z0-9-]+\.)?(?:FN|N)[;:]/i;

/**
 * Cuts a .vcf text into cards, keeping the line each starts on. `vcf` parses one card at a time but
 * neither joins QUOTED-PRINTABLE soft line breaks (a line ending in `=`) nor says which card is broken.
 */
export function splitCards(text: string): RawCardsResult {
  const lines = normaliseFileText(text).split('\n');
  if (!lines.some((line) => BEGIN.test(line))) return { ok: false, error: positioned({ line: 1 }, 'no BEGIN:VCARD found') };
  const cards: RawCard[] = [];
  let open: RawCard | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let line = lines[index] as string;
    while (QUOTED_PRINTABLE_PROPERTY.test(line) && line.endsWith('=') && index + 1 < lines.length) {
      index += 1;
      line = line.slice(0, -1) + (lines[index] as string);
    }
    if (BEGIN.test(line)) {
      if (open) return failure(open, 'no END:VCARD before the next BEGIN:VCARD');
      open = { card: cards.length + 1, line: lineNumber, lines: [line] };
    } else if (END.test(line)) {
      if (!open) return { ok: false, error: positioned({ line: lineNumber }, 'END:VCARD without a BEGIN:VCARD') };
      open.lines.push(line);
      cards.push(open);
      open = undefined;
    } else if (open) {
      open.lines.push(line);
    } else if (line.trim() !== '') {
      return { ok: false, error: positioned({ line: lineNumber }, 'text outside a BEGIN:VCARD … END:VCARD block') };
    }
  }
  if (open) return failure(open, 'no END:VCARD (the file ends inside this card)');
  const nameless = cards.find((card) => !card.lines.some((line) => NAME_PROPERTY.test(line)));
  if (nameless) return failure(nameless, 'neither FN nor N (a vCard needs at least one of them)');
  return { ok: true, cards };
}

function failure(card: RawCard, problem: string): RawCardsResult {
  return { ok: false, error: positioned({ card: card.card, line: card.line }, problem) };
}

function positioned(position: FilePosition, problem: string): ParseError {
  return { ...position, message: `${describePosition(position)}: ${problem}` };
}
