// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, installAnnouncer } from './announcer';

afterEach(() => {
  vi.useRealTimers();
});

describe('the page announcer', () => {
  it('is installed once, and says nothing until asked', () => {
    installAnnouncer();
    installAnnouncer();
    expect(document.querySelectorAll('#rapport-announcer')).toHaveLength(1);
    expect(document.getElementById('rapport-announcer')?.dataset.announced).toBeUndefined();
    // Its text is not part of the page's own text (no duplicate for anything that searches the DOM).
    expect(document.body.textContent).toBe('');
  });

  it('says a text, again when asked again', () => {
    vi.useFakeTimers();
    installAnnouncer();
    const host = document.getElementById('rapport-announcer');
    announce('Marked as done: Invoice');
    vi.advanceTimersByTime(60);
    expect(host?.dataset.announced).toBe('Marked as done: Invoice');
    delete host?.dataset.announced;
    announce('Marked as done: Invoice');
    vi.advanceTimersByTime(60);
    expect(host?.dataset.announced).toBe('Marked as done: Invoice');
  });
});
