// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDocument } from '../../../tests/fixtures/linkedin/load-fixture';
import { parseHtml } from '../../background/parse-html';
import type { ProfilePageCopy } from './page-copy';
import { readLinkedInProfile, type ProfileReading } from './profile-reader';
import { watchTopCard } from './top-card-watch';

const PRIYA = 'priya-raghunathan-8841b2';
const DEBOUNCE_MS = 20;

/** What the background reads in a copy the watch sent. */
function readingOf(copy: ProfilePageCopy | undefined): ProfileReading | undefined {
  return copy && readLinkedInProfile(parseHtml(copy.html), `https://www.linkedin.com/in/${PRIYA}/`);
}

function mainOf(fixture: string): Element[] {
  const main = fixtureDocument(fixture).querySelector('main');
  if (!main) throw new Error(`${fixture} has no main`);
  return [...main.children].map((child) => document.importNode(child, true));
}

/** Every `observe` call from now on, still observing. */
function recordObservedTargets(): { target: Node; options: MutationObserverInit }[] {
  const observed: { target: Node; options: MutationObserverInit }[] = [];
  const observe = MutationObserver.prototype.observe;
  vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (this: MutationObserver, target, options = {}) {
    observed.push({ target, options });
    observe.call(this, target, options);
  });
  return observed;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 4));

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchTopCard', () => {
  it('sends a copy of the new top card once it replaced the previous profile, and none while the copy stays the same, observing only main', async () => {
    document.body.innerHTML = '<header id="global-nav"></header><main id="main"></main>';
    const main = document.querySelector('main');
    main?.append(...mainOf('profile-2025-12-logged-in.html'));
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const onChange = vi.fn<(copy: ProfilePageCopy) => void>();
    const controller = new AbortController();

    watchTopCard(document, PRIYA, onChange, controller.signal, { debounceMs: DEBOUNCE_MS });
    expect(observe).toHaveBeenCalledTimes(2);
    expect(observe.mock.calls[0]?.[0]).toBe(main);
    // Its parent only for the container being swapped: children, never the subtree.
    expect(observe.mock.calls[1]).toEqual([document.body, { childList: true }]);

    main?.replaceChildren();
    for (const child of mainOf('profile-2024-logged-in.html')) main?.append(child);
    await settle();

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(readingOf(onChange.mock.calls[0]?.[0])).toMatchObject({ kind: 'profile', slug: PRIYA, name: 'Priya Raghunathan' });

    main?.append(document.createElement('div'));
    document.querySelector('header')?.append(document.createElement('span'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);

    controller.abort();
    main?.replaceChildren(...mainOf('profile-2025-12-logged-in.html'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps watching when LinkedIn replaces the whole main element', async () => {
    document.body.innerHTML = '<header id="global-nav"></header><main id="main"></main>';
    document.querySelector('main')?.append(...mainOf('profile-2025-12-logged-in.html'));
    const onChange = vi.fn<(copy: ProfilePageCopy) => void>();
    const controller = new AbortController();
    watchTopCard(document, PRIYA, onChange, controller.signal, { debounceMs: DEBOUNCE_MS });

    const replacement = document.createElement('main');
    document.querySelector('main')?.replaceWith(replacement);
    await settle();
    replacement.append(...mainOf('profile-2024-logged-in.html'));
    await settle();

    expect(readingOf(onChange.mock.lastCall?.[0])).toMatchObject({ kind: 'profile', name: 'Priya Raghunathan' });
    controller.abort();
  });

  it('copies again when the app shell with main and the top card is added after the script started', async () => {
    document.body.innerHTML = '<header id="global-nav"></header>';
    const observed = recordObservedTargets();
    const onChange = vi.fn<(copy: ProfilePageCopy) => void>();
    const controller = new AbortController();
    watchTopCard(document, PRIYA, onChange, controller.signal, { debounceMs: DEBOUNCE_MS, retryDelaysMs: [60_000] });
    expect(observed).toEqual([{ target: document.body, options: { childList: true } }]);

    const shell = document.createElement('div');
    shell.className = 'application-outlet';
    const main = document.createElement('main');
    main.append(...mainOf('profile-2024-logged-in.html'));
    shell.append(main);
    document.body.append(shell);
    await settle();

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(readingOf(onChange.mock.calls[0]?.[0])).toMatchObject({ kind: 'profile', slug: PRIYA, name: 'Priya Raghunathan' });
    expect(observed.filter(({ options }) => options.subtree).map(({ target }) => target)).toEqual([main]);

    main.replaceChildren(...mainOf('profile-2025-12-logged-in.html'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('finds main rendered inside a root that was already there, by looking again a few times', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div id="root"></div>';
      const observed = recordObservedTargets();
      const onChange = vi.fn<(copy: ProfilePageCopy) => void>();
      const controller = new AbortController();
      watchTopCard(document, PRIYA, onChange, controller.signal, { debounceMs: DEBOUNCE_MS, retryDelaysMs: [100, 200, 400] });

      await vi.advanceTimersByTimeAsync(150);
      const main = document.createElement('main');
      main.append(...mainOf('profile-2024-logged-in.html'));
      document.querySelector('#root')?.append(main);
      await vi.advanceTimersByTimeAsync(100);
      expect(onChange).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(100 + DEBOUNCE_MS);

      expect(onChange).toHaveBeenCalledTimes(1);
      expect(readingOf(onChange.mock.calls[0]?.[0])).toMatchObject({ kind: 'profile', slug: PRIYA, name: 'Priya Raghunathan' });
      expect(observed.filter(({ options }) => options.subtree).map(({ target }) => target)).toEqual([main]);
      controller.abort();
    } finally {
      vi.useRealTimers();
    }
  });

  it('while main is missing observes only the body\'s own children, and gives up after the last retry', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div id="root"></div>';
      const observed = recordObservedTargets();
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
      const onChange = vi.fn();
      watchTopCard(document, PRIYA, onChange, new AbortController().signal, { debounceMs: DEBOUNCE_MS, retryDelaysMs: [100, 200] });
      expect(observed).toEqual([{ target: document.body, options: { childList: true } }]);

      await vi.advanceTimersByTimeAsync(300);
      expect(disconnect).toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      document.body.append(Object.assign(document.createElement('main'), { textContent: 'late' }));
      await vi.advanceTimersByTimeAsync(1000);
      expect(onChange).not.toHaveBeenCalled();
      expect(observed).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops waiting for main when aborted', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div id="root"></div>';
      const onChange = vi.fn();
      const controller = new AbortController();
      watchTopCard(document, PRIYA, onChange, controller.signal, { debounceMs: DEBOUNCE_MS, retryDelaysMs: [100] });
      controller.abort();
      expect(vi.getTimerCount()).toBe(0);
      const main = document.createElement('main');
      main.append(...mainOf('profile-2024-logged-in.html'));
      document.body.append(main);
      await vi.advanceTimersByTimeAsync(1000);
      expect(onChange).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing once aborted', () => {
    document.body.innerHTML = '<main></main>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const controller = new AbortController();
    controller.abort();
    watchTopCard(document, PRIYA, vi.fn(), controller.signal);
    expect(observe).not.toHaveBeenCalled();
  });
});
