import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { ContentCommandSchema } from '../messaging/content-command';
import type { DraftResult } from '../messaging/protocol';
import type { SiteAdapter } from './site-adapter';

/**
 * Puts the drafts the background sends into the site's message box. Content scripts use the browser's own API
 * without the polyfill, and `sendResponse` is the way of answering every browser supports there.
 */
export function answerDraftCommands(adapter: SiteAdapter, isInvalid: () => boolean, doc: Document = document): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (isInvalid() || sender.id !== browser.runtime.id || sender.tab) return undefined;
    const command = v.safeParse(ContentCommandSchema, message);
    if (!command.success) return undefined;
    let result: DraftResult;
    try {
      result = adapter.putDraft(doc, command.output.draft);
    } catch {
      result = { inserted: false, reason: 'no-message-box' };
    }
    sendResponse(result);
    return undefined;
  });
}
