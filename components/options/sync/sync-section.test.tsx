// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { callBackground } from '../../../utils/messaging/client';
import { button, byLabel, click, render, settle, typeInto, useEnglishMessages } from '../../shared/test-dom';
import { SyncSection } from './SyncSection';

vi.mock('../../../utils/messaging/client', () => ({ callBackground: vi.fn() }));

const request = vi.fn(async () => true);
let answers: Array<{ ok: true; url: string; created: boolean } | { ok: false; problem: 'cors' }>;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  request.mockClear();
  Object.assign(fakeBrowser.permissions, { request });
  answers = [{ ok: false, problem: 'cors' }, { ok: true, url: 'https://couch.example.com/rapport', created: false }];
  vi.mocked(callBackground).mockReset();
  vi.mocked(callBackground).mockImplementation((async (type: string) => (type === 'sync.connect' ? answers.shift() : type === 'sync.connection' ? null : null)) as never);
});
afterEach(() => {
  document.body.replaceChildren();
});

async function connectAsAnna(container: HTMLElement): Promise<void> {
  await typeInto(byLabel(container, 'Server address'), 'https://couch.example.com/rapport');
  await typeInto(byLabel(container, 'User name'), 'anna');
  await typeInto(byLabel(container, 'Password'), 'secret');
  await click(button(container, 'Connect'));
  await settle();
}

const connects = () => vi.mocked(callBackground).mock.calls.filter(([type]) => type === 'sync.connect');

describe('Connect and the server’s host permission', () => {
  it('asks for no permission while the server’s CORS lets Rapport in; after a CORS refusal, a click asks for that one host and connects', async () => {
    const { container } = await render(<SyncSection />);
    await settle();
    await connectAsAnna(container);
    expect(request).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="sync-problem"]')?.textContent).toMatch(/CORS/);

    await click(button(container, 'Allow Rapport to reach couch.example.com'));
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://couch.example.com/*'] });
    expect(connects()).toHaveLength(2);
    expect(connects()[1]?.[1]).toEqual({ url: 'https://couch.example.com/rapport', username: 'anna', password: 'secret', create: false });
  });

  it('connects anyway when the browser refuses the permission: the server may still allow CORS by then', async () => {
    request.mockImplementation(async () => false);
    const { container } = await render(<SyncSection />);
    await settle();
    await connectAsAnna(container);
    await click(button(container, 'Allow Rapport to reach couch.example.com'));
    await settle();
    expect(request).toHaveBeenCalledTimes(1);
    expect(connects()).toHaveLength(2);
  });
});
