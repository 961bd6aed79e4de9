// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGmailFixture } from '../../../tests/fixtures/gmail/gmail-fixtures';
import type { GmailReading } from './gmail-types';
import { watchConversation } from './thread-watch';

const THREAD_HASH = '#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd';
const DEBOUNCE = 50;

function loadIntoDocument(name: string): void {
  const parsed = parseGmailFixture(name);
  document.title = parsed.title;
  document.body.replaceWith(document.importNode(parsed.body, true));
}

function mainRegion(): Element {
  const main = document.querySelector('div[role="main"]');
  if (!main) throw new Error('fixture without main region');
  return main;
}

function mainOf(name: string): Element {
  const main = parseGmailFixture(name).querySelector('div[role="main"]');
  if (!main) throw new Error('fixture without main region');
  return document.importNode(main, true);
}

function addMessage(hexId: string): void {
  const messages = document.querySelectorAll('div.adn');
  const last = messages[messages.length - 1];
  const copy = last?.closest('[role="listitem"]')?.cloneNode(true) as Element | undefined;
  const message = copy?.querySelector('div.adn');
  message?.setAttribute('data-message-id', `#msg-f:${BigInt(`0x${hexId}`).toString()}`);
  message?.setAttribute('data-legacy-message-id', hexId);
  if (copy) last?.closest('[role="list"]')?.append(copy);
}

/** Lets observers deliver and the debounce run out. */
async function settle(ms = DEBOUNCE * 2): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

let readings: GmailReading[];
let controller: AbortController;
let observedTargets: { target: Node; subtree: boolean }[];

beforeEach(() => {
  vi.useFakeTimers();
  readings = [];
  controller = new AbortController();
  observedTargets = [];
  const observe = MutationObserver.prototype.observe;
  vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (this: MutationObserver, target, options) {
    observedTargets.push({ target, subtree: options?.subtree ?? false });
    observe.call(this, target, options);
  });
  loadIntoDocument('thread-1to1.html');
  window.location.hash = THREAD_HASH;
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function start(): void {
  watchConversation(document, (reading) => readings.push(reading), controller.signal, { debounceMs: DEBOUNCE });
}

describe('watchConversation', () => {
  it('reports the open conversation once at the start', async () => {
    start();
    expect(readings).toEqual([]);
    await settle();
    expect(readings.map((r) => r.kind)).toEqual(['conversation']);
  });

  it('observes only the main region (subtree) and its parent (children), never the document', async () => {
    start();
    await settle();
    const main = mainRegion();
    expect(observedTargets).toEqual([
      { target: main, subtree: true },
      { target: main.parentNode, subtree: false },
    ]);
    for (const { target, subtree } of observedTargets) {
      expect([document, document.documentElement, document.body]).not.toContain(target);
      if (subtree) expect(target).toBe(main);
    }
  });

  it('ignores changes that leave the thread and its messages as they were', async () => {
    start();
    await settle();
    const relative = mainRegion().querySelector('span.g3');
    if (relative) relative.textContent = '(4 days ago)';
    mainRegion().append(document.createElement('div'));
    await settle();
    expect(readings).toHaveLength(1);
  });

  it('reports a new message once, however many mutations it takes', async () => {
    start();
    await settle();
    addMessage('1958e0a1b2c3d4e5');
    mainRegion().append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE / 2);
    mainRegion().append(document.createElement('span'));
    await settle();
    expect(readings).toHaveLength(2);
    const latest = readings[1];
    const newest = latest?.kind === 'conversation' ? latest.messages.at(-1)?.id : undefined;
    expect(newest).toBe(`msg-f:${BigInt('0x1958e0a1b2c3d4e5').toString()}`);
  });

  it('does not starve while Gmail keeps mutating (reads within maxWait)', async () => {
    watchConversation(document, (reading) => readings.push(reading), controller.signal, { debounceMs: DEBOUNCE, maxWaitMs: 200 });
    for (let elapsed = 0; elapsed < 400; elapsed += DEBOUNCE / 2) {
      mainRegion().append(document.createElement('i'));
      await vi.advanceTimersByTimeAsync(DEBOUNCE / 2);
    }
    expect(readings.length).toBeGreaterThanOrEqual(1);
  });

  it('follows a hash change and a replaced main region', async () => {
    start();
    await settle();
    window.location.hash = '#inbox';
    mainRegion().replaceWith(mainOf('inbox-list.html'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(readings.at(-1)).toEqual({ kind: 'no-conversation', reason: 'list' });

    // The new region is observed: a thread rendered into it is noticed without a hash change.
    const thread = mainOf('thread-cc-several.html');
    mainRegion().replaceChildren(...thread.childNodes);
    await settle();
    expect(readings.at(-1)).toMatchObject({ kind: 'conversation', subject: 'Re: Q2 workshop dates' });
    expect(readings).toHaveLength(3);
  });

  it('finds the main region once Gmail renders it', async () => {
    const main = mainRegion();
    main.remove();
    window.location.hash = '#inbox';
    watchConversation(document, (reading) => readings.push(reading), controller.signal, { debounceMs: DEBOUNCE, retryMs: 300 });
    await settle();
    expect(readings).toEqual([{ kind: 'no-conversation', reason: 'list' }]);
    document.body.append(main);
    await settle(300);
    expect(readings.at(-1)).toMatchObject({ kind: 'conversation' });
    expect(observedTargets.some(({ target }) => target === main)).toBe(true);
  });

  it('stops everything on abort', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    start();
    await settle();
    controller.abort();
    expect(disconnect).toHaveBeenCalled();
    addMessage('1958e0a1b2c3d4e5');
    window.location.hash = '#settings/general';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(2000);
    expect(readings).toHaveLength(1);
  });

  it('does nothing when started with an aborted signal', async () => {
    controller.abort();
    start();
    await settle();
    expect(readings).toEqual([]);
    expect(observedTargets).toEqual([]);
  });
});
