import { readSettings } from '../db/settings-repo';
import type { RapportDatabase } from '../db/open';
import type { HISTORY_REQUESTS, HistoryOutputs, LinkedInHistoryReport } from '../messaging/requests/history';
import type { HandlerDeps } from './handler-deps';
import { logGmailHistory } from './gmail-history-autolog';
import { logLinkedInHistory } from './linkedin-autolog';
import type { FeatureHandlers } from './router';

/** The last LinkedIn report of each tab: what to log at once when the user adds or links its chat partner. */
const lastLinkedInReport = new Map<number, LinkedInHistoryReport>();

export function createHistoryHandlers({ db, changed }: HandlerDeps): FeatureHandlers<typeof HISTORY_REQUESTS, HistoryOutputs> {
  return {
    async 'history.linkedin'(report, { tabId }) {
      if (tabId !== undefined) lastLinkedInReport.set(tabId, withEarlier(lastLinkedInReport.get(tabId), report));
      const database = await db();
      if ((await logLinkedInHistory(database, report, await readSettings(database))) > 0) await changed();
      return null;
    },
    async 'history.gmail'(report) {
      const database = await db();
      if ((await logGmailHistory(database, report, await readSettings(database))) > 0) await changed();
      return null;
    },
  };
}

/** After a contact was added or linked from a tab's sidebar: what that tab showed of LinkedIn chats is logged now. */
export async function logLinkedInHistoryInTab(db: RapportDatabase, tabId: number | undefined): Promise<number> {
  const report = tabId === undefined ? undefined : lastLinkedInReport.get(tabId);
  return report ? logLinkedInHistory(db, report, await readSettings(db)) : 0;
}

/** Pages report only what is new: what a tab showed is everything it reported, the latest first, within bounds. */
function withEarlier(earlier: LinkedInHistoryReport | undefined, report: LinkedInHistoryReport): LinkedInHistoryReport {
  if (!earlier) return report;
  return {
    chats: [...report.chats, ...earlier.chats].slice(0, 50),
    listed: [...report.listed, ...earlier.listed].slice(0, 500),
  };
}

export function forgetTabHistory(tabId: number): void {
  lastLinkedInReport.delete(tabId);
}
