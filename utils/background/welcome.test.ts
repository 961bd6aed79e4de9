import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openWelcomeOnInstall } from './welcome';

/** The fake browser starts with one blank tab. */
const openTabs = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter(Boolean);

beforeEach(() => {
  fakeBrowser.reset();
  openWelcomeOnInstall();
});

describe('the welcome page', () => {
  it('opens once when Rapport is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await openTabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it('does not open on an update or a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(await openTabs()).toEqual([]);
  });
});
