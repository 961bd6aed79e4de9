import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDatabase } from '../db/test-db';
import { startBackground } from './start';
import { DATA_VERSION_KEY } from './tab-contexts';

const dataVersion = async () => (await fakeBrowser.storage.session.get(DATA_VERSION_KEY))[DATA_VERSION_KEY] as number | undefined;

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = await read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not met');
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  // The fake browser has no keyboard commands (commands.test.ts covers them).
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  await freshDatabase();
});

describe('the background at a new day', () => {
  it('tells open pages to re-read when the day rolls over, though no data changed', async () => {
    startBackground();
    expect(await dataVersion()).toBeUndefined();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'rapport:day-rollover', scheduledTime: Date.now() });
    await eventually(dataVersion, (version) => typeof version === 'number');
  });
});
