import { forgetTabHistory } from './history-handlers';
import { browser } from 'wxt/browser';
import { openRapportDB } from '../db/open';
import { refreshBadge } from './badge';
import { createColdFirstScreenRefill } from './cold-first-screen-refill';
import { listenToCommands } from './commands';
import { pushDisplayPlaceChanges } from './display-places-push';
import { openWelcomeOnInstall } from './welcome';
import {
  ensureDailyNotificationAlarm,
  isDailyNotificationAlarm,
  listenToNotificationClicks,
  notifyNewlyDue,
  scheduleDailyNotification,
} from './daily-notification';
import { ensureDayAlarms, isDayAlarm, scheduleNextRollover } from './day-alarms';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { announceDataChange, forgetClosedTabs, forgetTab } from './tab-contexts';
import { createSyncEngine } from '../sync/engine';
import { listenForNetwork } from '../sync/network';
import { mergeLabels } from './options-handlers';
import { USER_TEMPLATES_KEY } from '../drafts-store';

/** Registers every listener synchronously, so a worker woken by an event finds them in place. */
export function startBackground(): void {
  const db = () => openRapportDB();
  const refillColdView = createColdFirstScreenRefill(db);
  const refresh = async () => {
    refillColdView();
    await Promise.all([refreshBadge(await db()), announceDataChange()]);
  };
  const sync = createSyncEngine({ db, refresh, mergeLabels });
  const changed = async () => {
    await refresh();
    sync.afterWrite();
  };
  const route = createRouter(createHandlers({ db, changed, sync }), browser.runtime.id);

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabHistory(tabId);
    void forgetTab(tabId).catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (sync.isSyncAlarm(alarm.name)) void sync.onAlarm();
    if (isDailyNotificationAlarm(alarm.name)) {
      void (async () => {
        await scheduleDailyNotification();
        await notifyNewlyDue(await db());
      })().catch((error: unknown) => console.error('Rapport could not notify', error));
    }
    if (!isDayAlarm(alarm.name)) return;
    void (async () => {
      // A new day makes follow-ups due without any write: open sidebars and pages re-read too.
      refillColdView();
      await Promise.all([refreshBadge(await db()), announceDataChange()]);
      await scheduleNextRollover();
    })().catch((error: unknown) => console.error('Rapport could not refresh the badge', error));
  });
  // A worker alive when the network returns syncs at once; a stopped one is woken by the retry alarm or a page.
  listenForNetwork(() => void sync.networkBack().catch(() => console.warn('Rapport could not resume sync')));
  // Templates live in storage.local (saved by the drafts handlers and backup restores): sync learns of changes here.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_TEMPLATES_KEY in changes) sync.afterWrite();
  });
  pushDisplayPlaceChanges();
  listenToNotificationClicks();
  listenToCommands();
  openWelcomeOnInstall();

  void forgetClosedTabs().catch((error: unknown) => console.error('Rapport could not forget closed tabs', error));
  void (async () => {
    await Promise.all([ensureDayAlarms(), ensureDailyNotificationAlarm()]);
    await refreshBadge(await db());
  })().catch((error: unknown) => console.error('Rapport could not start', error));
  void sync.start().catch(() => console.warn('Rapport could not resume sync'));
}
