// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureHtml } from '../../../../tests/fixtures/linkedin/load-fixture';
import { readOpenConversations, readPagePartner, type ConversationReading } from './conversation-reader';
import { datedMessages, type DatedMessage } from './dated-messages';

const NOW = new Date(2026, 11, 3, 15, 0); // Thursday
const at = (month: number, date: number, hours: number, minutes: number, year = 2026) => new Date(year, month - 1, date, hours, minutes).getTime();
const urn = (id: string) => id;

type Dated = Omit<ConversationReading, 'messages'> & { messages: DatedMessage[] };

/** What the page reads, with the dates resolved as the background does. */
function dated(readings: ConversationReading[]): Dated[] {
  return readings.map((reading) => ({ ...reading, messages: datedMessages(reading.messages, reading.threadId, NOW) }));
}

function read(name: string, url = 'https://www.linkedin.com/messaging/thread/2-fromTheUrl=/'): Dated[] {
  const doc = fixtureDocument(`messaging/${name}`);
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  return dated(readOpenConversations(doc));
}

const windows: Window[] = [];
afterEach(() => {
  for (const window of windows.splice(0)) void window.happyDOM.close();
});

/** A page whose inline script ran: the 2026 chat window is built into a shadow root by script. */
async function readLive(name: string): Promise<Dated[]> {
  const window = new Window({
    url: 'https://www.linkedin.com/in/jonas-berger/',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  window.document.write(fixtureHtml(`messaging/${name}`));
  await window.happyDOM.waitUntilComplete();
  return dated(readOpenConversations(window.document as unknown as Document));
}

describe('readOpenConversations', () => {
  it('msg-s page, English: every message with its day heading, grouped ones sharing name and time, and its direction', () => {
    const [conversation, ...others] = read('page-2024-msg-s-en.html');
    expect(others).toEqual([]);
    expect(conversation).toEqual({
      view: 'page',
      threadId: '2-fromTheUrl=',
      partner: { name: 'Priya Raghunathan', slug: 'priya-raghunathan-8841b2', memberId: 'ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx' },
      strategy: 'msg-s',
      messages: [
        { key: urn('2-MTcxODAwMDAwMDAwMWE='), fromPartner: true, at: at(6, 10, 9, 5, 2024) },
        { key: urn('2-MTcxODAwMDAwMDAwMmI='), fromPartner: true, at: at(6, 10, 9, 5, 2024) },
        { key: urn('2-MTcxODAwMDAwMDAwM2M='), fromPartner: false, at: at(6, 10, 9, 40, 2024) },
        { key: urn('2-MTcxODAwMDAwMDAwNGQ='), fromPartner: false, at: at(12, 1, 16, 12) },
        { key: urn('2-MTcxODAwMDAwMDAwNWU='), fromPartner: true, at: at(12, 1, 17, 1) },
        { key: urn('2-MTcxODAwMDAwMDAwNmY='), fromPartner: true, at: at(12, 3, 12, 18) },
        { key: urn('2-MTcxODAwMDAwMDAwN2c='), fromPartner: true, at: at(12, 3, 12, 18) },
      ],
    });
  });

  it('reports what the page shows: the day heading and time of each message, its place in its group', () => {
    const doc = fixtureDocument('messaging/page-2024-msg-s-en.html');
    const messages = readOpenConversations(doc)[0]?.messages ?? [];
    expect(messages.slice(0, 2)).toEqual([
      { key: '2-MTcxODAwMDAwMDAwMWE=', fromPartner: true, day: 'Jun 10, 2024', time: '9:05 AM', place: 1 },
      { key: '2-MTcxODAwMDAwMDAwMmI=', fromPartner: true, day: 'Jun 10, 2024', time: '9:05 AM', place: 2 },
    ]);
    expect(JSON.stringify(messages)).not.toMatch(/portfolio|studio|lovely/);
  });

  it('msg-s page, German: Heute, Gestern, weekday and date headings with 24-hour times', () => {
    const [conversation] = read('page-2023-msg-s-de.html');
    expect(conversation?.partner).toEqual({ name: 'Jonas Berger', memberId: 'ACoAABjonasBERGERxxxxxxxxxxxxxxxxxx' });
    expect(conversation?.messages.map(({ fromPartner, at: when }) => [fromPartner, when])).toEqual([
      [true, at(6, 10, 9, 5, 2024)],
      [false, at(3, 4, 18, 30)],
      [true, at(11, 30, 8, 15)],
      [false, at(12, 2, 21, 47)],
      [true, at(12, 3, 14, 2)],
      [true, at(12, 3, 14, 2)],
    ]);
    expect(new Set(conversation?.messages.map((message) => message.key)).size).toBe(6);
  });

  it('hashed-class page: read by header, keys, links and times; links inside a message are not senders', () => {
    const [conversation, ...others] = read('page-2026-hashed-en.html', 'https://www.linkedin.com/messaging/thread/2-emV5bmVwLWhhc2hlZC0yMDI2/');
    expect(others).toEqual([]);
    expect(conversation).toEqual({
      view: 'page',
      threadId: '2-emV5bmVwLWhhc2hlZC0yMDI2',
      partner: { name: 'Zeynep Yıldız', memberId: 'ACoAABzeynepYILDIZxxxxxxxxxxxxxxxxx' },
      strategy: 'semantic',
      messages: [
        { key: '2-aGFzaGVkMDAwMDAx', fromPartner: false, at: at(12, 2, 10, 30) },
        { key: '2-aGFzaGVkMDAwMDAy', fromPartner: true, at: at(12, 3, 15, 45) },
        { key: '2-aGFzaGVkMDAwMDAz', fromPartner: true, at: at(12, 3, 15, 45) },
      ],
    });
  });

  it('overlay without message keys: keyed by its conversation, day, time, sender and place in the group, stable across reads', () => {
    const first = read('overlay-2021-light-dom-de.html', 'https://www.linkedin.com/feed/');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ view: 'overlay', threadId: '2-a2xhdXMtd2Vpc3MtZGUtMjAyMw==', partner: { name: 'Klaus Weiß' }, strategy: 'msg-s' });
    expect(first[0]?.messages.map(({ fromPartner, at: when }) => [fromPartner, when])).toEqual([
      [true, at(3, 4, 11, 20)],
      [true, at(3, 4, 11, 20)],
      [false, at(12, 2, 16, 45)],
    ]);
    expect(new Set(first[0]?.messages.map((message) => message.key)).size).toBe(3);
    expect(read('overlay-2021-light-dom-de.html', 'https://www.linkedin.com/in/someone/')).toEqual(first);
  });

  it('the 2026 chat window in the #interop-outlet shadow root gives the same keys as the messaging page', async () => {
    const [overlay, ...others] = await readLive('overlay-2026-shadow-root-en.html');
    expect(others).toEqual([]);
    expect(overlay).toMatchObject({ view: 'overlay', partner: { name: 'Priya Raghunathan' }, strategy: 'semantic' });
    const page = read('page-2024-msg-s-en.html')[0]?.messages ?? [];
    expect(overlay?.messages).toEqual(page.slice(-2));
  });

  it('group chats, unreadable partners and pages without conversations give nothing', () => {
    const group = fixtureHtml('messaging/page-2024-msg-s-en.html').replace(
      '<h2 class="msg-entity-lockup__entity-title">Priya Raghunathan</h2>',
      '<h2 class="msg-entity-lockup__entity-title">Priya Raghunathan, Tomás Herrera</h2>',
    );
    const unnamed = fixtureHtml('messaging/page-2023-msg-s-de.html').replace('<h2 class="msg-entity-lockup__entity-title">Jonas Berger</h2>', '');
    for (const html of [group, unnamed, '<html><body><main><h1>Feed</h1></main></body></html>']) {
      expect(readOpenConversations(new DOMParser().parseFromString(html, 'text/html'))).toEqual([]);
    }
  });

  it('a conversation with a third sender is a group chat even when its title names one person', () => {
    const html = fixtureHtml('messaging/page-2023-msg-s-de.html').replace(
      '<span class="msg-s-message-group__name">Lena Vogt</span></a><time class="msg-s-message-group__timestamp">21:47</time>',
      '<span class="msg-s-message-group__name">Klaus Weiß</span></a><time class="msg-s-message-group__timestamp">21:47</time>',
    );
    expect(readOpenConversations(new DOMParser().parseFromString(html, 'text/html'))).toEqual([]);
  });
});

describe('readPagePartner', () => {
  it('names the partner of the messaging page in every era, never one of a chat window', () => {
    const partnerOf = (name: string) => readPagePartner(fixtureDocument(`messaging/${name}`))?.name;
    expect(partnerOf('page-2024-msg-s-en.html')).toBe('Priya Raghunathan');
    expect(partnerOf('page-2023-msg-s-de.html')).toBe('Jonas Berger');
    expect(partnerOf('page-2026-hashed-en.html')).toBe('Zeynep Yıldız');
    expect(partnerOf('overlay-2021-light-dom-de.html')).toBeUndefined();
  });
});
