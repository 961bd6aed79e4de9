import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router';

const OWN_ID = 'rapport-id';
const extensionPage = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/sidebar.html`, tab: { id: 3 } };
const linkedinTab = { id: OWN_ID, url: 'https://www.linkedin.com/in/anna/', tab: { id: 3 } };

function routerWithSpies() {
  const handlers = new Proxy({} as Record<string, ReturnType<typeof vi.fn>>, {
    get: (target, key: string) => (target[key] ??= vi.fn(async () => 'handled')),
  });
  return { route: createRouter(handlers as unknown as Handlers, OWN_ID), handlers };
}

const addContact = { rapport: 1, type: 'contact.add', input: { displayName: 'Anna' } };

describe('background router', () => {
  it('hands a valid request from an extension page to its handler with the tab id', async () => {
    const { route, handlers } = routerWithSpies();
    await expect(route(addContact, extensionPage)).resolves.toEqual({ ok: true, value: 'handled' });
    expect(handlers['contact.add']).toHaveBeenCalledWith({ displayName: 'Anna' }, { tabId: 3 });
  });

  it.each([
    ['another extension', { ...extensionPage, id: 'someone-else' }],
    ['a web page', { url: 'https://evil.example/', tab: { id: 1 } }],
    ['our content script (commands are for extension pages)', linkedinTab],
    ['a content script on another host', { id: OWN_ID, url: 'https://evil.example/', tab: { id: 1 } }],
  ])('ignores contact.add from %s', async (_who, sender) => {
    const { route, handlers } = routerWithSpies();
    expect(route(addContact, sender)).toBeUndefined();
    expect(handlers['contact.add']).not.toHaveBeenCalled();
  });

  it('accepts page facts only from content scripts on the two sites', async () => {
    const { route, handlers } = routerWithSpies();
    const context = { site: 'linkedin', kind: 'none', url: 'https://www.linkedin.com/feed/', reason: 'feed' };
    const message = { rapport: 1, type: 'page.context', input: context };
    expect(route(message, extensionPage)).toBeUndefined();
    expect(route(message, { ...linkedinTab, url: 'http://www.linkedin.com/feed/' })).toBeUndefined();
    await expect(route(message, linkedinTab)).resolves.toEqual({ ok: true, value: 'handled' });
    expect(handlers['page.context']).toHaveBeenCalledTimes(1);
  });

  it('lets only an extension page outside any tab (the side panel) name the tab it speaks for', async () => {
    const { route, handlers } = routerWithSpies();
    const panel = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/sidepanel.html` };
    await route({ ...addContact, tab: 7 }, panel);
    await route({ ...addContact, tab: 7 }, extensionPage);
    await route({ ...addContact, tab: -1 }, panel);
    await route({ ...addContact, tab: '7' }, panel);
    expect(handlers['contact.add']?.mock.calls.map(([, context]) => context)).toEqual([{ tabId: 7 }, { tabId: 3 }, { tabId: undefined }, { tabId: undefined }]);
    const context = { site: 'linkedin', kind: 'none', url: 'https://www.linkedin.com/feed/', reason: 'feed' };
    await route({ rapport: 1, type: 'page.context', input: context, tab: 9 }, linkedinTab);
    expect(handlers['page.context']).toHaveBeenCalledWith(context, { tabId: 3 });
  });

  it('rejects invalid payloads without calling the handler', async () => {
    const { route, handlers } = routerWithSpies();
    const reply = await route({ rapport: 1, type: 'contact.add', input: { displayName: '', __proto__: { admin: true } } }, extensionPage);
    expect(reply).toMatchObject({ ok: false });
    expect(handlers['contact.add']).not.toHaveBeenCalled();
  });

  it('does not answer messages that are not Rapport requests', () => {
    const { route } = routerWithSpies();
    for (const message of [null, 'hi', { type: 'contact.add' }, { rapport: 1, type: 'toString' }, { rapport: 1, type: '__proto__' }]) {
      expect(route(message, extensionPage)).toBeUndefined();
    }
  });

  it('turns a failing handler into an error reply', async () => {
    const handlers = { 'contact.add': async () => Promise.reject(new Error('disk full')) } as unknown as Handlers;
    const route = createRouter(handlers, OWN_ID);
    await expect(route(addContact, extensionPage)).resolves.toEqual({ ok: false, error: 'disk full' });
  });
});
