import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Contact } from '../domain/model';
import type { RapportDatabase } from '../db/open';
import { saveSettings } from '../db/settings-apply';
import { freshDatabase, seedRecords } from '../db/test-db';
import { addDays, todayIn } from '../schedule/calendar';
import {
  NOTIFICATION_HOUR,
  NOTIFIED_KEY,
  ensureDailyNotificationAlarm,
  isDailyNotificationAlarm,
  listenToNotificationClicks,
  newlyDue,
  notifyNewlyDue,
} from './daily-notification';

const NOW = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;
const TODAY = todayIn(undefined, NOW);

let db: RapportDatabase;
let granted: boolean;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) =>
    [key, ...[substitutions ?? []].flat()].join(' '),
  );
  granted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ permissions }) => granted && permissions?.[0] === 'notifications');
  db = await freshDatabase();
});

async function dueContact(id: string, nextFollowUp: string) {
  const contact: Contact = { id, displayName: id, emails: [], language: 'de', formality: 'sie', createdAt: 0, updatedAt: 0, nextFollowUp };
  await seedRecords(db, { contacts: [contact] });
}

const shown = async () => Object.values(await fakeBrowser.notifications.getAll());

describe('notifyNewlyDue', () => {
  it('stays silent while the setting is off (the default)', async () => {
    await dueContact('anna', addDays(TODAY, -2));
    expect(await notifyNewlyDue(db, NOW)).toBe(0);
    expect(await shown()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(NOTIFIED_KEY)).toEqual({});
  });

  it('stays silent without the notifications permission, even when turned on', async () => {
    await saveSettings(db, { dailyNotification: true });
    await dueContact('anna', addDays(TODAY, -2));
    granted = false;
    expect(await notifyNewlyDue(db, NOW)).toBe(0);
    expect(await shown()).toEqual([]);
  });

  it('counts what came due since the last notification, once', async () => {
    await saveSettings(db, { dailyNotification: true });
    await dueContact('anna', addDays(TODAY, -2));
    await dueContact('ben', TODAY);
    await dueContact('later', addDays(TODAY, 1));
    await seedRecords(db, { agreements: [{ id: 'invoice', contactId: 'anna', kind: 'invoice', text: 'Invoice', dueDate: addDays(TODAY, -1), status: 'open', createdAt: 0, updatedAt: 0 }] });

    expect(await notifyNewlyDue(db, NOW)).toBe(3);
    expect(await shown()).toEqual([expect.objectContaining({ type: 'basic', title: 'notificationTitle 3', message: 'notificationMessage' })]);

    await fakeBrowser.notifications.clear('rapport:newly-due');
    expect(await notifyNewlyDue(db, NOW + DAY / 24)).toBe(0);
    expect(await shown()).toEqual([]);

    expect(await notifyNewlyDue(db, NOW + DAY)).toBe(1);
    expect((await shown())[0]?.title).toBe('notificationTitle 1');
  });

  it('counts a follow-up again when it comes due again after a snooze or a contact', async () => {
    await saveSettings(db, { dailyNotification: true });
    await dueContact('anna', addDays(TODAY, -2));
    expect(await notifyNewlyDue(db, NOW)).toBe(1);
    await dueContact('anna', addDays(TODAY, 3));
    expect(await notifyNewlyDue(db, NOW)).toBe(0);
    expect((await fakeBrowser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY]).toEqual([]);
    expect(await notifyNewlyDue(db, NOW + 3 * DAY)).toBe(1);
  });
});

describe('newlyDue', () => {
  it('keeps only what is still due', () => {
    expect(newlyDue(['a@1', 'b@2'], ['a@1', 'gone@0'])).toEqual({ fresh: ['b@2'], remember: ['a@1', 'b@2'] });
  });
});

describe('the daily alarm', () => {
  it('is created at the next notification hour when missing, and left alone when present', async () => {
    const morning = new Date(2026, 10, 27, 7, 30);
    await ensureDailyNotificationAlarm(morning);
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm && isDailyNotificationAlarm(alarm.name)).toBe(true);
    expect(alarm?.scheduledTime).toBe(new Date(2026, 10, 27, NOTIFICATION_HOUR).getTime());

    await ensureDailyNotificationAlarm(new Date(2026, 10, 27, 10));
    expect((await fakeBrowser.alarms.getAll()).map((each) => each.scheduledTime)).toEqual([new Date(2026, 10, 27, NOTIFICATION_HOUR).getTime()]);

    await fakeBrowser.alarms.clearAll();
    await ensureDailyNotificationAlarm(new Date(2026, 10, 27, 10));
    expect((await fakeBrowser.alarms.getAll())[0]?.scheduledTime).toBe(new Date(2026, 10, 28, NOTIFICATION_HOUR).getTime());
  });
});

describe('a click on the daily notification', () => {
  it('opens the due list in a tab when the browser will not open the popup (Firefox without a user gesture)', async () => {
    const openPopup = vi.fn(async () => {
      throw new Error('openPopup requires a user gesture');
    });
    Object.assign(fakeBrowser.action, { openPopup });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    listenToNotificationClicks();
    await fakeBrowser.notifications.onClicked.trigger('some-other-notification');
    expect(openPopup).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onClicked.trigger('rapport:newly-due');
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') }));
  });

  it('starts listening when the user allows notifications while the background runs', async () => {
    const api = fakeBrowser.notifications;
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const added = new Set<(permissions: { permissions?: string[] }) => void>();
    Object.assign(fakeBrowser.permissions, {
      onAdded: { addListener: (listener: never) => added.add(listener), removeListener: (listener: never) => added.delete(listener) },
    });
    Object.assign(fakeBrowser.action, { openPopup: undefined });
    Reflect.deleteProperty(fakeBrowser, 'notifications');
    try {
      listenToNotificationClicks();
    } finally {
      Object.assign(fakeBrowser, { notifications: api });
    }
    await fakeBrowser.notifications.onClicked.trigger('rapport:newly-due');
    expect(created).not.toHaveBeenCalled();
    for (const listener of [...added]) listener({ permissions: ['notifications'] });
    expect(added.size).toBe(0);
    await fakeBrowser.notifications.onClicked.trigger('rapport:newly-due');
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
  });
});
