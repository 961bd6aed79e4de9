// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseGmailFixture } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { decimalMessageId, readThreadList } from './thread-list-reader';

const local = (year: number, month: number, day: number, hours: number, minutes: number) => new Date(year, month - 1, day, hours, minutes).getTime();

describe('readThreadList', () => {
  it('inbox (English): thread, sender and the latest message date of every row', () => {
    expect(readThreadList(parseGmailFixture('inbox-list.html'))).toEqual([
      { threadId: 'thread-f:1826448364176834080', legacyThreadId: '1958d91c3b5a7e20', people: ['jonas.berger@example.org'], at: local(2025, 3, 7, 8, 45) },
      { threadId: 'thread-f:1826838769219776761', legacyThreadId: '195a3c2e7d41b0f9', people: ['marta.kowalczyk@example.net'], at: local(2025, 2, 12, 10, 5) },
      { threadId: 'thread-f:1840857459510300255', legacyThreadId: '198c0a1b2c3d4e5f', people: ['priya.raman@example.com'], at: local(2025, 8, 21, 11, 45) },
    ]);
  });

  it('Sent (German): recipients, the latest message id as the conversation view names it, hidden lists and snippets ignored', () => {
    expect(readThreadList(parseGmailFixture('sent-list-de.html'))).toEqual([
      {
        threadId: 'thread-f:1851234567890123457',
        messageId: 'msg-f:1851234567890123458',
        legacyThreadId: '19b0e807ff03bac1',
        people: ['jonas.berger@example.org', 'klaus.weiss@example.de'],
        at: local(2026, 12, 3, 14, 30),
      },
      {
        threadId: 'thread-f:1840857459510300255',
        legacyThreadId: '198c0a1b2c3d4e5f',
        people: ['marta.kowalczyk@example.net', 'priya.raman@example.com'],
        at: local(2025, 8, 21, 11, 45),
      },
    ]);
  });

  it('search results are a thread list too; a thread view and an empty page list nothing', () => {
    expect(readThreadList(parseGmailFixture('search-results.html')).map((row) => row.threadId)).toEqual(['thread-f:1826448364176834080']);
    expect(readThreadList(parseGmailFixture('thread-1to1.html'))).toEqual([]);
    expect(readThreadList(new DOMParser().parseFromString('<html><body></body></html>', 'text/html'))).toEqual([]);
  });

  it('rows without classes are found by their grid role and thread id; a row without a date has none', () => {
    const doc = parseGmailFixture('inbox-list.html');
    for (const row of doc.querySelectorAll('tr.zA')) row.removeAttribute('class');
    doc.querySelector('td.xW span[title]')?.setAttribute('title', 'gestern');
    const rows = readThreadList(doc);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.at).toBeUndefined();
  });
});

describe('decimalMessageId', () => {
  it('turns the legacy hex id into the id the conversation view uses', () => {
    expect(decimalMessageId('1958d91c3b5a7e20')).toBe('msg-f:1826448364176834080');
    expect(decimalMessageId('not-hex')).toBeUndefined();
    expect(decimalMessageId(undefined)).toBeUndefined();
  });
});
