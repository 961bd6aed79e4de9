import { callBackground } from '../messaging/client';
import type { GmailHistoryReport } from '../messaging/requests/history';
import { gmailHashView } from '../sites/gmail/gmail-hash';
import { MAIN_REGION_SELECTOR } from '../sites/gmail/gmail-markup';
import { accountFromTitle } from '../sites/gmail/gmail-title';
import { watchSentMail, type SentMessage } from '../sites/gmail/sent-watch';
import { readThreadList, type ListedThread } from '../sites/gmail/thread-list-reader';
import { observeRegions } from './observe-regions';

/**
 * Tells the background about mail the user sends and the thread-list rows on screen (inbox, Sent, labels,
 * search): addresses, ids and dates only. Rows already reported on this page are not sent again.
 */
export function watchGmailHistory(doc: Document, signal: AbortSignal): void {
  const reported = new Set<string>();
  const report = (rows: ListedThread[], sent: SentMessage[]) => {
    const input: GmailHistoryReport = {
      pageUrl: doc.location.href,
      sentView: /^#sent(?:[/?]|$)/u.test(doc.location.hash),
      rows,
      sent,
      ...(accountFromTitle(doc.title) ? { account: accountFromTitle(doc.title) } : {}),
    };
    callBackground('history.gmail', input).catch(() => undefined);
  };
  const readRows = () => {
    const view = gmailHashView(doc.location.hash || '#inbox');
    if (view !== 'list' && view !== 'search') return;
    const fresh = readThreadList(doc).filter((row) => {
      const key = `${row.threadId}:${row.messageId ?? row.at}`;
      if (row.at === undefined || reported.has(key)) return false;
      reported.add(key);
      return true;
    });
    if (fresh.length > 0) report(fresh.slice(0, 500), []);
  };
  observeRegions(doc, () => [doc.querySelector(MAIN_REGION_SELECTOR)].filter((region) => region !== null), readRows, signal, {
    debounceMs: 500,
    maxWaitMs: 2000,
  });
  watchSentMail(doc, (message) => report([], [message]), signal);
}
