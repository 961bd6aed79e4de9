// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conversationReader } from '../sites/linkedin/messaging/conversation-reader';
import { watchLinkedInHistory } from './linkedin-history';

vi.mock('../sites/linkedin/messaging/conversation-reader', async (original) => {
  const actual = await original<typeof import('../sites/linkedin/messaging/conversation-reader')>();
  return { ...actual, conversationReader: vi.fn(actual.conversationReader) };
});
vi.mock('../messaging/client', () => ({ callBackground: vi.fn(async () => null) }));

afterEach(() => {
  document.body.replaceChildren();
  vi.clearAllMocks();
});

describe('watchLinkedInHistory', () => {
  it('starts no conversation reader on a page without chat windows, and one when a chat window opens', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    try {
      document.body.innerHTML = '<main><h1>Priya Raghunathan</h1></main>';
      watchLinkedInHistory(document, controller.signal);
      await vi.advanceTimersByTimeAsync(2000);
      expect(conversationReader).not.toHaveBeenCalled();

      document.body.append(Object.assign(document.createElement('aside'), { id: 'msg-overlay' }));
      await vi.advanceTimersByTimeAsync(2000);
      expect(conversationReader).toHaveBeenCalledTimes(1);
    } finally {
      controller.abort();
      vi.useRealTimers();
    }
  });
});
