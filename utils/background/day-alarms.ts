import { browser } from 'wxt/browser';

const ROLLOVER = 'rapport:day-rollover';
const HOURLY = 'rapport:hourly';

export const isDayAlarm = (name: string) => name === ROLLOVER || name === HOURLY;

/** Just after the next local midnight, when yesterday's "due today" becomes overdue. */
export function nextMidnight(now = new Date()): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
  return midnight.getTime();
}

/** The next moment the local clock shows `hour`:00 (today if still ahead, else tomorrow). */
export function nextLocalHour(hour: number, now = new Date()): number {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour);
  if (today.getTime() > now.getTime()) return today.getTime();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hour).getTime();
}

export async function scheduleNextRollover(now = new Date()): Promise<void> {
  await browser.alarms.create(ROLLOVER, { when: nextMidnight(now) });
}

/** Alarms can be lost (browser update, profile restore): every worker start checks they exist. */
export async function ensureDayAlarms(): Promise<void> {
  const [rollover, hourly] = await Promise.all([browser.alarms.get(ROLLOVER), browser.alarms.get(HOURLY)]);
  // The hourly alarm catches a time-zone change or a missed rollover while the computer slept.
  if (!hourly) await browser.alarms.create(HOURLY, { periodInMinutes: 60 });
  if (!rollover) await scheduleNextRollover();
}
