import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageContext } from '../messaging/page-context';
import { forgetClosedTabs, LIVE_AREA, rememberTabContext, tabContext } from './tab-contexts';

const context = (name: string) => ({ site: 'linkedin', person: { name } }) as unknown as PageContext;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tab contexts', () => {
  it('live in session storage in Chromium builds', () => {
    expect(LIVE_AREA).toBe('session');
  });

  it('forgets the tabs that closed while the background was not running, and keeps everything else', async () => {
    const open = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/anna/' });
    await rememberTabContext(open.id!, context('Anna'));
    await rememberTabContext(9_999, context('Closed'));
    await fakeBrowser.storage.session.set({ dataVersion: 7, 'tab-notes': 'not a tab context' });

    await forgetClosedTabs();

    expect(await tabContext(open.id!)).toEqual(context('Anna'));
    expect(await tabContext(9_999)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(['dataVersion', 'tab-notes'])).toEqual({ dataVersion: 7, 'tab-notes': 'not a tab context' });
  });
});
