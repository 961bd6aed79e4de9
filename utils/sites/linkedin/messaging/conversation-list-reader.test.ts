// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../../../tests/fixtures/linkedin/load-fixture';
import { readConversationList } from './conversation-list-reader';
import { datedListRow } from './dated-messages';

const readDated = (name: string) => readConversationList(fixtureDocument(name)).map((row) => datedListRow(row, NOW));

const NOW = new Date(2026, 11, 3, 15, 0); // Thursday
const at = (year: number, month: number, date: number, hours = 12, minutes = 0) => new Date(year, month - 1, date, hours, minutes).getTime();

describe('readConversationList', () => {
  it('msg-s list, English: the last message time per partner; group chats skipped', () => {
    expect(readDated('messaging/page-2024-msg-s-en.html')).toEqual([
      { threadId: '2-MTY4ZTQ5YjItY2E5Ni00ZmRlLTk5NzgtcHJpeWE=', partnerName: 'Priya Raghunathan', at: at(2026, 12, 3, 12, 18), dayOnly: false },
      { threadId: '2-ZGFhNTEwYjMtam9uYXMtYmVyZ2VyLTIwMjQ=', partnerName: 'Jonas Berger', at: at(2026, 4, 8), dayOnly: true },
      { threadId: '2-emV5bmVwLXlpbGRpei0yMDI1', partnerName: 'Zeynep Yıldız', at: at(2024, 12, 18), dayOnly: true },
    ]);
  });

  it('msg-s list, German: 24-hour time, Gestern, 4. März', () => {
    expect(readDated('messaging/page-2023-msg-s-de.html').map((row) => [row?.partnerName, row?.at])).toEqual([
      ['Jonas Berger', at(2026, 12, 3, 14, 2)],
      ['Klaus Weiß', at(2026, 12, 2)],
      ['Anna Müller', at(2026, 3, 4)],
    ]);
  });

  it('hashed-class list: rows that link to a thread and show a time', () => {
    expect(readDated('messaging/page-2026-hashed-en.html').map((row) => [row?.partnerName, row?.dayOnly])).toEqual([
      ['Zeynep Yıldız', false],
      ['Anna Müller', true],
    ]);
  });

  it('a page without a list gives nothing', () => {
    expect(readConversationList(fixtureDocument('messaging/overlay-2021-light-dom-de.html'))).toEqual([]);
  });
});

it('a stamp that is no date this reader knows gives no row, rather than a wrong day', () => {
  expect(datedListRow({ threadId: '2-x', partnerName: 'Anna', shown: 'vor 3 Wochen' }, NOW)).toBeUndefined();
});
