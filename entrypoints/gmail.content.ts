import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../utils/content/gmail-adapter';
import { watchGmailHistory } from '../utils/content/gmail-history';
import { runHistoryWatch } from '../utils/content/history-watch';
import { runSiteSession } from '../utils/content/site-session';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSiteSession(ctx, gmailAdapter);
    runHistoryWatch(ctx, watchGmailHistory);
  },
});
