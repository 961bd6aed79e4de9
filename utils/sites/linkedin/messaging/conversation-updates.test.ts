// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../../../tests/fixtures/linkedin/load-fixture';
import { conversationReader, readOpenConversations, type ConversationReading, type ShownMessage } from './conversation-reader';
import { walkItems } from './thread-walk';

const PRIYA = { name: 'Priya Raghunathan', link: '/in/ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx' };
const LENA = { name: 'Lena Vogt', link: '/in/ACoAAB1lenaVOGTxxxxxxxxxxxxxxxxxx' };
const TOMAS = { name: 'Tomás Herrera', link: '/in/ACoAABtomasHERRERAxxxxxxxxxxxxxxxxx' };

/** A message item of the msg-s layout; with `from`, it starts a group (name and time), else it continues one. */
function item(doc: Document, id: string, { from, time, day }: { from?: typeof PRIYA; time?: string; day?: string } = {}): Element {
  const li = doc.createElement('li');
  li.className = 'msg-s-message-list__event';
  const heading = day ? `<time class="msg-s-message-list__time-heading">${day}</time>` : '';
  const meta = from
    ? `<div class="msg-s-message-group__meta"><a href="${from.link}"><span class="msg-s-message-group__name">${from.name}</span></a><time class="msg-s-message-group__timestamp">${time}</time></div>`
    : '';
  const urn = id ? ` data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:ACoAAB1lenaVOGTxxxxxxxxxxxxxxxxxx,${id})"` : '';
  li.innerHTML = `${heading}<div class="msg-s-event-listitem"${urn}>${meta}<p class="msg-s-event-listitem__body">Text ${id}</p></div>`;
  return li;
}

function page(name = 'page-2024-msg-s-en.html'): { doc: Document; list: Element } {
  const doc = fixtureDocument(`messaging/${name}`);
  const list = doc.querySelector('.msg-s-message-list-content');
  if (!list) throw new Error('no message list');
  return { doc, list };
}

const messagesOf = (readings: ConversationReading[]): ShownMessage[] => readings.flatMap((reading) => reading.messages);
const unique = (messages: ShownMessage[]) => [...new Map(messages.map((message) => [JSON.stringify(message), message])).values()];

describe('conversationReader', () => {
  it('returns only what was added at the end, grouped messages with their group’s sender and time', () => {
    const { doc, list } = page();
    const read = conversationReader();
    const first = messagesOf(read(doc));
    expect(first).toEqual(messagesOf(readOpenConversations(doc)));
    expect(messagesOf(read(doc))).toEqual([]);

    list.append(item(doc, '2-new1', { from: LENA, time: '9:01 AM', day: 'Today' }), item(doc, '2-new2'));
    expect(messagesOf(read(doc))).toEqual([
      { key: '2-new1', fromPartner: false, day: 'Today', time: '9:01 AM', place: 1 },
      { key: '2-new2', fromPartner: false, day: 'Today', time: '9:01 AM', place: 2 },
    ]);
    list.append(item(doc, '2-new3'));
    expect(messagesOf(read(doc))).toEqual([{ key: '2-new3', fromPartner: false, day: 'Today', time: '9:01 AM', place: 3 }]);
    list.append(item(doc, '2-new4', { from: PRIYA, time: '9:05 AM' }));
    expect(messagesOf(read(doc))).toEqual([{ key: '2-new4', fromPartner: true, day: 'Today', time: '9:05 AM', place: 1 }]);
  });

  it('gives, over many updates, exactly the messages one reading of the final page gives', () => {
    const { doc, list } = page();
    const read = conversationReader();
    const seen = messagesOf(read(doc));
    for (let index = 0; index < 30; index += 1) {
      const starts = index % 4 === 0;
      list.append(item(doc, `2-many${index}`, starts ? { from: index % 8 === 0 ? PRIYA : LENA, time: `10:${String(index).padStart(2, '0')} AM`, day: index === 0 ? 'Today' : undefined } : {}));
      seen.push(...messagesOf(read(doc)));
    }
    expect(seen).toEqual(messagesOf(readOpenConversations(doc)));
  });

  it('reads the whole list again when LinkedIn replaces it or loads older messages above it', () => {
    const { doc, list } = page();
    const read = conversationReader();
    read(doc);
    list.prepend(item(doc, '2-older', { from: PRIYA, time: '8:00 AM', day: 'Jun 9, 2024' }));
    const afterPrepend = messagesOf(read(doc));
    expect(afterPrepend).toEqual(messagesOf(readOpenConversations(doc)));
    expect(afterPrepend[0]).toEqual({ key: '2-older', fromPartner: true, day: 'Jun 9, 2024', time: '8:00 AM', place: 1 });

    list.replaceChildren(item(doc, '2-other1', { from: LENA, time: '7:00 PM', day: 'Yesterday' }), item(doc, '2-other2'));
    expect(messagesOf(read(doc))).toEqual([
      { key: '2-other1', fromPartner: false, day: 'Yesterday', time: '7:00 PM', place: 1 },
      { key: '2-other2', fromPartner: false, day: 'Yesterday', time: '7:00 PM', place: 2 },
    ]);
  });

  it('reads the whole conversation again when it shows another partner in the same element', () => {
    const { doc } = page();
    const read = conversationReader();
    read(doc);
    const title = doc.querySelector('.msg-entity-lockup__entity-title');
    if (title) title.textContent = 'Lena Vogt';
    const again = read(doc);
    expect(again[0]?.partner.name).toBe('Lena Vogt');
    expect(messagesOf(again)).toEqual(messagesOf(readOpenConversations(doc)));
  });

  it('reads a message still rendering again once it has its key, and never returns it twice', () => {
    const { doc, list } = page();
    const read = conversationReader();
    read(doc);
    const rendering = doc.createElement('li');
    rendering.className = 'msg-s-message-list__event';
    list.append(rendering);
    expect(messagesOf(read(doc))).toEqual([]);
    rendering.append(...item(doc, '2-late', { from: LENA, time: '11:11 AM' }).childNodes);
    expect(messagesOf(read(doc)).map((message) => message.key)).toEqual(['2-late']);
    expect(messagesOf(read(doc))).toEqual([]);
  });

  it('stops reading a conversation where a third person writes: it is a group chat', () => {
    const { doc, list } = page();
    const read = conversationReader();
    expect(read(doc)).toHaveLength(1);
    list.append(item(doc, '2-tomas', { from: TOMAS, time: '12:00 PM' }));
    expect(read(doc)).toEqual([]);
    list.append(item(doc, '2-after', { from: LENA, time: '12:05 PM' }));
    expect(read(doc)).toEqual([]);
  });

  it('continues the places of messages without keys in an older chat window', () => {
    const { doc, list } = page('overlay-2021-light-dom-de.html');
    const read = conversationReader();
    read(doc);
    list.append(item(doc, ''));
    expect(messagesOf(read(doc))).toEqual([{ fromPartner: false, day: 'Gestern', time: '16:45', place: 2 }]);
    expect(unique(messagesOf(readOpenConversations(doc))).at(-1)).toEqual({ fromPartner: false, day: 'Gestern', time: '16:45', place: 2 });
  });
});

describe('walkItems', () => {
  it('after an append, visits only the added items and the two it checks the list by', () => {
    const { doc, list } = page();
    const partner = { name: 'Priya Raghunathan', memberId: 'ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx' };
    for (let index = 0; index < 1000; index += 1) list.append(item(doc, `2-long${index}`, index % 3 === 0 ? { from: index % 2 ? LENA : PRIYA, time: '9:00 AM' } : {}));
    const first = walkItems(list.querySelectorAll('li.msg-s-message-list__event'), true, partner);
    expect(first.messages).toHaveLength(1007);

    list.append(item(doc, '2-long-new'));
    const items = [...list.querySelectorAll('li.msg-s-message-list__event')];
    const visited = new Set<number>();
    const counting = new Proxy(items, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/u.test(property)) visited.add(Number(property));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const next = walkItems(counting, true, partner, first.cursor);
    expect(next.messages).toEqual([{ key: '2-long-new', fromPartner: false, day: 'Today', time: '9:00 AM', place: 2 }]);
    expect([...visited].sort((a, b) => a - b)).toEqual([0, 1006, 1007]);
  });
});
