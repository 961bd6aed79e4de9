// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDocument } from '../../../tests/fixtures/linkedin/load-fixture';
import type { ProfileReading } from './profile-reader';
import { watchTopCard } from './top-card-watch';

const PRIYA = 'priya-raghunathan-8841b2';
const DEBOUNCE_MS = 20;

function mainOf(fixture: string): Element[] {
  const main = fixtureDocument(fixture).querySelector('main');
  if (!main) throw new Error(`${fixture} has no main`);
  return [...main.children].map((child) => document.importNode(child, true));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 4));

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchTopCard', () => {
  it('reports the new top card once it replaced the previous profile, observing only main', async () => {
    document.body.innerHTML = '<header id="global-nav"></header><main id="main"></main>';
    const main = document.querySelector('main');
    main?.append(...mainOf('profile-2025-12-logged-in.html'));
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const onChange = vi.fn<(reading: ProfileReading) => void>();
    const controller = new AbortController();

    expect(watchTopCard(document, PRIYA, onChange, controller.signal, DEBOUNCE_MS)).toBe(true);
    expect(observe).toHaveBeenCalledTimes(2);
    expect(observe.mock.calls[0]?.[0]).toBe(main);
    // Its parent only for the container being swapped: children, never the subtree.
    expect(observe.mock.calls[1]).toEqual([document.body, { childList: true }]);

    main?.replaceChildren();
    for (const child of mainOf('profile-2024-logged-in.html')) main?.append(child);
    await settle();

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ kind: 'profile', slug: PRIYA, name: 'Priya Raghunathan' });

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
    const onChange = vi.fn<(reading: ProfileReading) => void>();
    const controller = new AbortController();
    watchTopCard(document, PRIYA, onChange, controller.signal, DEBOUNCE_MS);

    const replacement = document.createElement('main');
    document.querySelector('main')?.replaceWith(replacement);
    await settle();
    replacement.append(...mainOf('profile-2024-logged-in.html'));
    await settle();

    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'profile', name: 'Priya Raghunathan' }));
    controller.abort();
  });

  it('does not watch the whole document when there is no container', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    expect(watchTopCard(document, PRIYA, vi.fn(), new AbortController().signal)).toBe(false);
    expect(observe).not.toHaveBeenCalled();
  });

  it('does nothing once aborted', () => {
    document.body.innerHTML = '<main></main>';
    const controller = new AbortController();
    controller.abort();
    expect(watchTopCard(document, PRIYA, vi.fn(), controller.signal)).toBe(false);
  });
});
