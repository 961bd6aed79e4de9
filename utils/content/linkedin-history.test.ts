// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { historyRegions, reportOf, startReport, type Shown } from './linkedin-history';
import { ReportOutbox } from './report-outbox';

const chat = (name: string) => ({ view: 'page' as const, threadId: `thread-${name}`, partner: { name }, strategy: 'test' });
const messages = (name: string, count: number): Shown[] =>
  Array.from({ length: count }, (_, index) => ({ chat: chat(name), message: { key: `${name}-${index}`, fromPartner: index % 2 === 0, day: 'Today', time: '9:00 AM', place: index + 1 } }));

async function reportsFor(shown: Shown[]) {
  const reports: ReturnType<typeof reportOf>[] = [];
  await new ReportOutbox<Shown>((item) => JSON.stringify(item), startReport, async (batch) => void reports.push(reportOf(batch))).add(shown);
  return reports;
}

describe('LinkedIn history reports', () => {
  it('carry a thread longer than one request allows in several, every message once', async () => {
    const reports = await reportsFor(messages('Priya', 2500));
    expect(reports.map((report) => report.chats.map((one) => one.messages.length))).toEqual([[2000], [500]]);
    const keys = reports.flatMap((report) => report.chats.flatMap((one) => one.messages.map((message) => message.key)));
    expect(new Set(keys).size).toBe(2500);
  });

  it('keep each chat whole within 20 chats a request, and list rows 500 at a time', async () => {
    const shown: Shown[] = [
      ...Array.from({ length: 25 }, (_, index) => messages(`Person ${index}`, 3)).flat(),
      ...Array.from({ length: 600 }, (_, index) => ({ row: { threadId: `t${index}`, partnerName: `Person ${index}`, shown: 'Mar 4' } })),
    ];
    const reports = await reportsFor(shown);
    expect(reports.map((report) => [report.chats.length, report.listed.length])).toEqual([
      [20, 0],
      [5, 500],
      [0, 100],
    ]);
    expect(reports.flatMap((report) => report.chats).every((one) => one.messages.length === 3)).toBe(true);
  });
});

describe('Where the history watcher looks', () => {
  const pageWith = (body: string, url = 'https://www.linkedin.com/in/priya/') => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
    Object.defineProperty(doc, 'location', { value: new URL(url) });
    return doc;
  };

  it('finds the chat windows by their id, else by their class', () => {
    const byId = pageWith('<div><div><div><aside id="msg-overlay"></aside></div></div></div>');
    expect(historyRegions(byId)).toEqual([byId.getElementById('msg-overlay')]);
    const byClass = pageWith('<div class="application-outlet"><div><aside class="msg-overlay-container x"></aside></div></div>');
    expect(historyRegions(byClass)).toEqual([byClass.querySelector('aside')]);
  });

  it('adds the messaging page region on /messaging only, and the outlet shadow root when it has one', () => {
    const messaging = pageWith('<main></main><div id="interop-outlet"></div>', 'https://www.linkedin.com/messaging/thread/2-abc/');
    const shadow = messaging.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    expect(historyRegions(messaging)).toEqual([messaging.querySelector('main'), shadow]);
    expect(historyRegions(pageWith('<main></main><div id="interop-outlet"></div>'))).toEqual([]);
  });
});
