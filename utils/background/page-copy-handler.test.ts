import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureHtml } from '../../tests/fixtures/linkedin/load-fixture';
import { freshDatabase } from '../db/test-db';
import type { Reply } from '../messaging/protocol';
import type { CoreOutputs } from '../messaging/requests/core';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { tabContext } from './tab-contexts';

const OWN_ID = 'rapport-page-copy';
const TAB = 7;
const CONTENT_SCRIPT = { id: OWN_ID, url: 'https://www.linkedin.com/in/priya-raghunathan-8841b2/', tab: { id: TAB } };
const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan-8841b2/';

let route: ReturnType<typeof createRouter>;
beforeEach(async () => {
  fakeBrowser.reset();
  // The frame's labels; their texts are not what this tests.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  const db = await freshDatabase();
  route = createRouter(createHandlers({ db: async () => db, changed: async () => undefined }), OWN_ID);
});

async function sendCopy(html: string, url = PRIYA): Promise<CoreOutputs['page.copy']> {
  const reply = (await route({ rapport: 1, type: 'page.copy', input: { url, html } }, CONTENT_SCRIPT)) as Reply<CoreOutputs['page.copy']>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('page.copy', () => {
  it('reads the copy in the worker, remembers what the tab shows and answers with it and the frame’s setup', async () => {
    const { context, setup } = await sendCopy(fixtureHtml('profile-2024-logged-in.html'));
    expect(context).toMatchObject({ kind: 'profile', slug: 'priya-raghunathan-8841b2', name: 'Priya Raghunathan', company: 'Heliotrope Pharma' });
    expect(setup.place).toBeDefined();
    expect(await tabContext(TAB)).toEqual(context);
  });

  it('falls back to what the URL says when the copy names nobody', async () => {
    const { context } = await sendCopy('<p>Loading…</p>');
    expect(context).toEqual({ site: 'linkedin', kind: 'profile', url: PRIYA, slug: 'priya-raghunathan-8841b2', name: '', strategy: 'unreadable:nothing-matched' });
  });

  it('says a page is no profile when its copy shows LinkedIn’s “Profile not found”', async () => {
    const { context } = await sendCopy(fixtureHtml('not-found.html'));
    expect(context).toMatchObject({ kind: 'none', reason: 'not-found' });
  });

  it('refuses a copy of a page on another site', async () => {
    const reply = await route({ rapport: 1, type: 'page.copy', input: { url: 'https://evil.example/in/x/', html: '' } }, CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: false });
  });
});
