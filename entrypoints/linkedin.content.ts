import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinAdapter } from '../utils/content/linkedin-adapter';
import { runHistoryWatch } from '../utils/content/history-watch';
import { watchLinkedInHistory } from '../utils/content/linkedin-history';
import { runSiteSession } from '../utils/content/site-session';

// The whole site, not only /in/*: LinkedIn moves from the feed to a profile without loading a page.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSiteSession(ctx, linkedinAdapter);
    runHistoryWatch(ctx, watchLinkedInHistory, { restartOnNavigation: true });
  },
});
