// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addContact } from '../../utils/db/contacts-repo';
import { forgetConnection, openRapportDB } from '../../utils/db/open';
import { DB_NAME } from '../../utils/db/schema';
import { COLD_VIEW_READ, readColdView, type ColdView } from '../options/cold/read-cold-view';
import { startEarlyRead } from './early-read';
import { firstReadFor, startFirstRead } from './first-read';

const defaults = { language: 'de', formality: 'sie' } as const;
const deleted = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

beforeEach(async () => {
  fakeBrowser.reset();
  await forgetConnection();
  await deleted(DB_NAME);
  globalThis.rapportEarlyRead = undefined;
});

describe("a page's first script", () => {
  it("reads the going-cold view of options.html#cold, and the page's entry takes that read instead of reading", async () => {
    const db = await openRapportDB();
    await addContact(db, { displayName: 'Anna', cadence: { unit: 'months', count: 1 } }, defaults, Date.now() - 400 * 86_400_000);
    startEarlyRead(new URL('chrome-extension://rapport/options.html#cold'));
    expect(globalThis.rapportEarlyRead?.key).toBe(COLD_VIEW_READ);

    const read = vi.fn(readColdView);
    startFirstRead(COLD_VIEW_READ, read);
    const view = await firstReadFor<ColdView>(COLD_VIEW_READ)?.value;
    expect(view?.first.rows.map((row) => row.displayName)).toEqual(['Anna']);
    expect(read).not.toHaveBeenCalled();
    expect(globalThis.rapportEarlyRead).toBeUndefined();
    firstReadFor(COLD_VIEW_READ)?.settle();
  });

  it('leaves a database that needs an upgrade to the page: it reads nothing and creates nothing', async () => {
    startEarlyRead(new URL('chrome-extension://rapport/popup.html#cold'));
    expect(await globalThis.rapportEarlyRead?.value).toBeUndefined();
    expect((await indexedDB.databases()).map((each) => each.name)).not.toContain(DB_NAME);

    startFirstRead('popup:cold', async () => 'read by the page');
    expect(await firstReadFor('popup:cold')?.value).toBe('read by the page');
    firstReadFor('popup:cold')?.settle();
  });

  it('is not used when data changed after it began', async () => {
    globalThis.rapportEarlyRead = { key: 'test:view', value: Promise.resolve('before the change'), changed: () => true, stop: () => undefined };
    startFirstRead('test:view', async () => 'after the change');
    expect(await firstReadFor('test:view')?.value).toBe('after the change');
    firstReadFor('test:view')?.settle();
  });

  it('starts nothing on pages and sections that read little', () => {
    startEarlyRead(new URL('chrome-extension://rapport/options.html#contacts'));
    startEarlyRead(new URL('chrome-extension://rapport/popup.html'));
    expect(globalThis.rapportEarlyRead).toBeUndefined();
  });
});
