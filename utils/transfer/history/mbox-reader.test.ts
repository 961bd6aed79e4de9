import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './history-entry';
import { parseMailDate, parsePostmarkDate } from './mail-date';
import { decodeHeaderBytes, readMailHeader } from './mail-header';
import { readMbox } from './mbox-reader';
import { MAX_HEADER_BYTES, MboxSplitter, type MboxMessageHead } from './mbox-splitter';

const fixture = readFileSync(new URL('../../../tests/fixtures/history/mailbox-odd-encodings.mbox', import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

function split(data: Uint8Array, chunkSizes: readonly number[] = [data.length]): MboxMessageHead[] {
  const heads: MboxMessageHead[] = [];
  const splitter = new MboxSplitter((head) => heads.push(head));
  let offset = 0;
  for (let index = 0; offset < data.length; index += 1) {
    const size = Math.max(1, chunkSizes[index % chunkSizes.length] as number);
    splitter.push(data.subarray(offset, offset + size));
    offset += size;
  }
  splitter.end();
  return heads;
}

async function readFixture(data: Uint8Array<ArrayBuffer> = new Uint8Array(fixture)) {
  const result = await readMbox(new Blob([data]));
  if (!result.ok) throw new Error('cancelled');
  return result;
}

describe('MboxSplitter', () => {
  it('finds every message, wherever the chunks end', () => {
    const whole = split(fixture);
    expect(whole.map((head) => head.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 }), (sizes) => {
        expect(split(fixture, sizes).map((head) => [head.offset, head.postmark, decodeHeaderBytes(head.header)])).toEqual(
          whole.map((head) => [head.offset, head.postmark, decodeHeaderBytes(head.header)]),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a body line starting with "From " inside its message unless it follows a blank line or is a full postmark', () => {
    const heads = split(bytes('From a@x Mon Nov  3 09:14:02 2025\nFrom: a@x\n\nHello\nFrom the start\n>From escaped\n\nFrom b@x Tue Nov  4 09:00:00 2025\nFrom: b@x\n\nbody\nFrom c@x Wed Nov  5 10:00:00 2025\nFrom: c@x\n\n'));
    expect(heads.map((head) => head.postmark)).toEqual(['From a@x Mon Nov  3 09:14:02 2025', 'From b@x Tue Nov  4 09:00:00 2025', 'From c@x Wed Nov  5 10:00:00 2025']);
  });

  it('reports a header that never ends instead of reading the whole file as one', () => {
    const endless = `From a@x Mon Nov  3 09:14:02 2025\n${'X-Filler: 0123456789012345678901234567890123456789\n'.repeat(MAX_HEADER_BYTES / 40)}`;
    const heads = split(bytes(`${endless}From b@x Tue Nov  4 09:00:00 2025\nFrom: b@x\n\nbody\n`));
    expect(heads.map((head) => head.problem)).toEqual([expect.stringMatching(/larger than 256 KB/), undefined]);
    expect(split(bytes('From a@x Mon Nov  3 09:14:02 2025\nFrom: a@x\nSubject: cut off')).map((head) => head.problem)).toEqual([
      expect.stringMatching(/file ends inside/),
    ]);
  });
});

describe('readMbox', () => {
  it('reads senders, recipients, dates and subjects in any charset, skips spam, and reports the broken message', async () => {
    const { read, messages } = await readFixture();
    expect(messages).toBe(7);
    const [offer, reply, latin1, newsletter, list] = read.entries as [HistoryEntry, HistoryEntry, HistoryEntry, HistoryEntry, HistoryEntry];
    expect(read.entries).toHaveLength(5);
    expect(offer).toMatchObject({
      key: 'mail:caf1=anna-offer@mail.gmail.example',
      at: Date.UTC(2025, 10, 3, 9, 14, 2),
      channel: 'email',
      from: { email: 'mara@becker-design.example', name: 'Mara Becker' },
      to: [{ email: 'anna.mueller@studio-nord.example', name: 'Müller, Anna' }],
      summary: 'Angebot für die Website',
    });
    expect(reply.from).toEqual({ email: 'anna.mueller@studio-nord.example', name: 'Anna Müller' });
    expect(reply.to).toEqual([
      { email: 'mara@becker-design.example', name: 'Mara Becker' },
      { email: 'jonas@berg-consulting.example' },
      { email: 'boris@example.ru', name: 'Борис' },
    ]);
    expect(reply.summary).toBe('Re: 見積もり');
    expect(reply.at).toBe(Date.UTC(2025, 10, 4, 8));
    expect(latin1).toMatchObject({ from: { email: 'joerg@weiss-werkstatt.example', name: 'Jörg Weiß' }, summary: 'Grüße aus München', at: Date.UTC(2000, 2, 3, 12) });
    expect(latin1.key).toMatch(/^mail:h:/);
    expect(newsletter).toMatchObject({ from: { email: 'mara@becker-design.example' }, to: [{ email: 'lena@vogel.example', name: 'Lena – Vogel' }], summary: 'Neuigkeiten „Dezember“' });
    expect(list.to).toEqual([{ email: 'design-list@lists.example' }]);
    expect(read.skipped).toEqual([{ where: 'Message 3 (byte 962)', reason: 'no sender address (From)' }]);
    expect(JSON.stringify(read.entries)).not.toMatch(/Hallo Anna|Danke|escaped/);
  });

  it('reads the same from a CRLF copy of the file', async () => {
    const crlf = new Uint8Array(Buffer.from(fixture.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'));
    const plain = (await readFixture()).read.entries;
    expect((await readFixture(crlf)).read.entries).toEqual(plain);
  });

  it('stops when cancelled, and reports progress in bytes', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const cancelled = await readMbox(new Blob([fixture]), { signal: controller.signal, onProgress: ({ bytesRead }) => seen.push(bytesRead) });
    expect(cancelled.ok).toBe(true);
    expect(seen).toEqual([fixture.length]);
    controller.abort();
    expect(await readMbox(new Blob([fixture]), { signal: controller.signal })).toEqual({ ok: false, cancelled: true });
  });
});

describe('mail headers and dates', () => {
  it('decodes a header that is not UTF-8 as Windows-1252, and UTF-8 as UTF-8', () => {
    expect(decodeHeaderBytes(new Uint8Array([0x4a, 0xf6, 0x72, 0x67, 0x20, 0x93, 0x78, 0x94]))).toBe('Jörg “x”');
    expect(decodeHeaderBytes(bytes('Jörg'))).toBe('Jörg');
  });

  it('joins To and Cc from repeated headers and flattens groups', () => {
    const header = readMailHeader(bytes('From: a@x.example\nTo: Team: b@x.example, c@x.example;\nTo: d@x.example\nCc: <e@x.example>\n'));
    expect(header.to.map((person) => person.email)).toEqual(['b@x.example', 'c@x.example', 'd@x.example', 'e@x.example']);
  });

  it.each([
    ['Tue, 14 Mar 2000 09:00:00 +0100', Date.UTC(2000, 2, 14, 8)],
    ['14 Mar 2000 09:00 -0500 (EST)', Date.UTC(2000, 2, 14, 14)],
    ['Fri, 3 Mar 00 13:00 MET', Date.UTC(2000, 2, 3, 12)],
    ['Mon, 3 Nov 2025 10:14:02 GMT', Date.UTC(2025, 10, 3, 10, 14, 2)],
    ['Thu, 1 Jan 98 12:00:00 PDT', Date.UTC(1998, 0, 1, 19)],
  ])('Date: %s', (text, expected) => expect(parseMailDate(text)).toBe(expected));

  it('rejects what is no date, and reads postmarks', () => {
    expect(parseMailDate('sometime last week')).toBeUndefined();
    expect(parseMailDate('31 Feb 2020 10:00:00 +0000')).toBeUndefined();
    expect(parsePostmarkDate('From a@b Tue Mar 14 09:00:00 2000')).toBe(Date.UTC(2000, 2, 14, 9));
    expect(parsePostmarkDate('From 1790@xxx Mon Nov 03 09:14:02 +0000 2025')).toBe(Date.UTC(2025, 10, 3, 9, 14, 2));
    expect(parsePostmarkDate('From - Mon Dec  1 16:30:00 2025')).toBe(Date.UTC(2025, 11, 1, 16, 30));
  });
});
