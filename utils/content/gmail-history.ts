import { callBackground } from '../messaging/client';
import type { GmailHistoryReport } from '../messaging/requests/history';
import { gmailHashView } from '../sites/gmail/gmail-hash';
import { MAIN_REGION_SELECTOR } from '../sites/gmail/gmail-markup';
import { accountFromTitle } from '../sites/gmail/gmail-title';
import { watchSentMail, type SentMessage } from '../sites/gmail/sent-watch';
import { readThreadList, type ListedThread } from '../sites/gmail/thread-list-reader';
import { observeRegions } from './observe-regions';
import { ReportOutbox } from './report-outbox';

type Shown = { row: ListedThread } | { sent: SentMessage };

const shownKey = (shown: Shown) => ('row' in shown ? `row|${shown.row.threadId}:${shown.row.messageId ?? shown.row.at}` : `sent|${shown.sent.key}`);

/** A request's limits: 500 list rows, 20 sent messages. */
function startReport(): (next: Shown) => boolean {
  let rows = 0;
  let sent = 0;
  return (next) => {
    if ('row' in next) {
      if (rows >= 500) return false;
      rows += 1;
    } else {
      if (sent >= 20) return false;
      sent += 1;
    }
    return true;
  };
}

/**
 * Tells the background about mail the user sends and the thread-list rows on screen (inbox, Sent, labels,
 * search): addresses, ids and dates only. Rows already reported on this page are not sent again; what a failed
 * report held goes with the next.
 */
export function watchGmailHistory(doc: Document, signal: AbortSignal): void {
  const outbox = new ReportOutbox<Shown>(shownKey, startReport, (batch) => {
    const input: GmailHistoryReport = {
      pageUrl: doc.location.href,
      sentView: /^#sent(?:[/?]|$)/u.test(doc.location.hash),
      rows: batch.flatMap((shown) => ('row' in shown ? [shown.row] : [])),
      sent: batch.flatMap((shown) => ('sent' in shown ? [shown.sent] : [])),
      ...(accountFromTitle(doc.title) ? { account: accountFromTitle(doc.title) } : {}),
    };
    return callBackground('history.gmail', input);
  });
  const readRows = () => {
    const view = gmailHashView(doc.location.hash || '#inbox');
    if (view !== 'list' && view !== 'search') return;
    void outbox.add(readThreadList(doc).flatMap((row) => (row.at === undefined ? [] : [{ row }])));
  };
  observeRegions(doc, () => [doc.querySelector(MAIN_REGION_SELECTOR)].filter((region) => region !== null), readRows, signal, {
    debounceMs: 500,
    maxWaitMs: 2000,
  });
  watchSentMail(doc, (message) => void outbox.add([{ sent: message }]), signal);
}
