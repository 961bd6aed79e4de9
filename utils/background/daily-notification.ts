import { browser } from 'wxt/browser';
import { dueEntryKeys } from '../db/due-list';
import type { RapportDatabase } from '../db/open';
import { readSettings } from '../db/settings-repo';
import { t } from '../i18n';
import { todayIn } from '../schedule/calendar';
import { nextLocalHour } from './day-alarms';

/**
 * The optional once-a-day desktop notification: off by default, and silent unless the user turned it
 * on in the settings and granted the optional `notifications` permission there.
 */
const ALARM = 'rapport:daily-notification';
const NOTIFICATION_ID = 'rapport:newly-due';
/** Due entries (`<item key>@<due date>`) already counted in a notification. */
export const NOTIFIED_KEY = 'dailyNotification.notified';
export const NOTIFICATION_HOUR = 9;

export const isDailyNotificationAlarm = (name: string) => name === ALARM;

export async function scheduleDailyNotification(now = new Date()): Promise<void> {
  await browser.alarms.create(ALARM, { when: nextLocalHour(NOTIFICATION_HOUR, now) });
}

/** Alarms can be lost (browser update, profile restore): every worker start checks it exists. */
export async function ensureDailyNotificationAlarm(now = new Date()): Promise<void> {
  if (!(await browser.alarms.get(ALARM))) await scheduleDailyNotification(now);
}

/** Which due entries were not in an earlier notification; what to remember is what is due now. */
export function newlyDue(current: readonly string[], notified: readonly string[]): { fresh: string[]; remember: string[] } {
  const seen = new Set(notified);
  return { fresh: current.filter((key) => !seen.has(key)), remember: [...current] };
}

/** Shows one notification counting what came due since the last one; returns that count (0: nothing shown). */
export async function notifyNewlyDue(db: RapportDatabase, now = Date.now()): Promise<number> {
  if (!(await readSettings(db)).dailyNotification || !(await mayNotify())) return 0;
  const current = await dueEntryKeys(db, todayIn(undefined, now));
  const stored: unknown = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const notified = Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [];
  const { fresh, remember } = newlyDue(current, notified);
  if (fresh.length > 0) {
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: await notificationIcon(),
      title: t('notificationTitle', String(fresh.length)),
      message: t('notificationMessage'),
    });
  }
  await browser.storage.local.set({ [NOTIFIED_KEY]: remember });
  return fresh.length;
}

/** A click on the notification opens the popup, or where the browser does not allow that, the due list in a tab. */
export function listenToNotificationClicks(): void {
  const listen = () =>
    browser.notifications.onClicked.addListener((id) => {
      if (id !== NOTIFICATION_ID) return;
      void browser.notifications.clear(id);
      void openDueList().catch((error: unknown) => console.error('Rapport could not open the due list', error));
    });
  if (browser.notifications) return listen();
  // The API appears only once the user allows notifications; a background that keeps running must listen then.
  const onAdded = ({ permissions }: { permissions?: string[] }) => {
    if (!permissions?.includes('notifications') || !browser.notifications) return;
    browser.permissions.onAdded.removeListener(onAdded);
    listen();
  };
  browser.permissions.onAdded?.addListener(onAdded);
}

async function openDueList(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const opened = action.openPopup ? await action.openPopup().then(() => true, () => false) : false;
  if (!opened) await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}

async function mayNotify(): Promise<boolean> {
  if (!browser.notifications) return false;
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}

/** A transparent pixel, where no canvas can draw the icon. */
const BLANK_ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Rapport ships no icon file and Chrome shows no notification without one, so it is drawn. */
async function notificationIcon(): Promise<string> {
  if (typeof OffscreenCanvas === 'undefined') return BLANK_ICON;
  try {
    const canvas = new OffscreenCanvas(64, 64);
    const context = canvas.getContext('2d');
    if (!context) return BLANK_ICON;
    context.fillStyle = '#1f4e79';
    context.beginPath();
    context.arc(32, 32, 32, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#ffffff';
    context.font = 'bold 38px sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText('R', 32, 34);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `data:image/png;base64,${btoa(binary)}`;
  } catch {
    return BLANK_ICON;
  }
}
