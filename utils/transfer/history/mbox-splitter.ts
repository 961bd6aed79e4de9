/** The header block of one message in an mbox, as bytes (the body is never kept). */
export interface MboxMessageHead {
  /** 1-based number of the message in the file. */
  index: number;
  /** Byte offset of its `From ` line. */
  offset: number;
  /** The `From ` line itself (sender and date of delivery), latin-1 decoded. */
  postmark: string;
  header: Uint8Array;
  /** Set when the header block never ended (no blank line before the next message or a size limit). */
  problem?: string;
}

/** A header block larger than this is not a header: the message is reported and skipped. */
export const MAX_HEADER_BYTES = 256 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const POSTMARK = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2}/;
const latin1 = new TextDecoder('latin1');

/**
 * Splits an mbox fed in chunks of any size into its messages' header blocks, holding no more than one
 * line of body at a time. A line starting `From ` after a blank line (or anywhere, when it looks like a
 * full postmark with a weekday and time) begins a message; writers escape such lines in bodies as `>From `.
 * LF and CRLF files both work.
 */
export class MboxSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  /** Bytes of the file before `carry`. */
  private consumed = 0;
  private state: 'start' | 'header' | 'body' = 'start';
  private previousBlank = true;
  private index = 0;
  private current: { offset: number; postmark: string; parts: Uint8Array[]; size: number } | undefined;

  constructor(private readonly onMessage: (head: MboxMessageHead) => void) {}

  push(chunk: Uint8Array): void {
    let buffer = chunk;
    if (this.carry.length > 0) {
      buffer = new Uint8Array(this.carry.length + chunk.length);
      buffer.set(this.carry);
      buffer.set(chunk, this.carry.length);
    }
    let start = 0;
    for (let end = buffer.indexOf(LF); end !== -1; end = buffer.indexOf(LF, start)) {
      this.line(buffer, start, end);
      start = end + 1;
    }
    this.consumed += start;
    this.carry = buffer.slice(start);
  }

  /** Call once after the last chunk. */
  end(): void {
    if (this.carry.length > 0) {
      const last = this.carry;
      this.carry = new Uint8Array(0);
      this.line(last, 0, last.length);
      this.consumed += last.length;
    }
    if (this.state === 'header') this.finish('the file ends inside this message\u2019s header');
  }

  /** One line `[start, end)` of `buffer`, `end` at its LF (or the end of the file). */
  private line(buffer: Uint8Array, start: number, end: number): void {
    const contentEnd = end > start && buffer[end - 1] === CR ? end - 1 : end;
    const blank = contentEnd === start;
    if (startsWithFrom(buffer, start, contentEnd)) {
      const text = this.state === 'body' && !this.previousBlank ? latin1.decode(buffer.subarray(start, contentEnd)) : undefined;
      if (this.state !== 'body' || this.previousBlank || POSTMARK.test(text as string)) {
        if (this.state === 'header') this.finish('no blank line ends this message\u2019s header');
        this.begin(this.consumed + start, text ?? latin1.decode(buffer.subarray(start, contentEnd)));
        this.previousBlank = false;
        return;
      }
    }
    this.previousBlank = blank;
    if (this.state !== 'header' || !this.current) return;
    if (blank) {
      this.finish();
      return;
    }
    const part = buffer.slice(start, Math.min(end + 1, buffer.length));
    this.current.parts.push(part);
    this.current.size += part.length;
    if (this.current.size > MAX_HEADER_BYTES) this.finish(`the header is larger than ${MAX_HEADER_BYTES / 1024} KB`);
  }

  private begin(offset: number, postmark: string): void {
    this.index += 1;
    this.current = { offset, postmark, parts: [], size: 0 };
    this.state = 'header';
  }

  private finish(problem?: string): void {
    const current = this.current;
    this.state = 'body';
    this.current = undefined;
    if (!current) return;
    const header = new Uint8Array(current.size);
    let at = 0;
    for (const part of current.parts) {
      header.set(part, at);
      at += part.length;
    }
    this.onMessage({ index: this.index, offset: current.offset, postmark: current.postmark, header, ...(problem ? { problem } : {}) });
  }
}

function startsWithFrom(buffer: Uint8Array, start: number, end: number): boolean {
  if (end - start < FROM_.length) return false;
  for (let index = 0; index < FROM_.length; index += 1) if (buffer[start + index] !== FROM_[index]) return false;
  return true;
}
