import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../utils/content/gmail-adapter';
import { runSiteSession } from '../utils/content/site-session';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runSiteSession(ctx, gmailAdapter),
});
