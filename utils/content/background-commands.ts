import { browser } from 'wxt/browser';
import type { DisplayPlaces } from '../display/display-place';
import { parseContentCommand } from '../messaging/content-command';
import type { DraftResult } from '../messaging/protocol';
import type { SiteAdapter } from './site-adapter';

export interface BackgroundCommandHandlers {
  /** Where Rapport now appears, changed in the options or welcome page. */
  onPlaces(places: DisplayPlaces): void;
}

/**
 * Answers what the background asks of this page: put a draft into the site's message box, move between the page and
 * the side panel. Content scripts use the browser's own API without the polyfill, and `sendResponse` is the way of
 * answering every browser supports there.
 */
export function answerBackgroundCommands(
  adapter: SiteAdapter,
  isInvalid: () => boolean,
  { onPlaces }: BackgroundCommandHandlers,
  doc: Document = document,
): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (isInvalid() || sender.id !== browser.runtime.id || sender.tab) return undefined;
    const command = parseContentCommand(message);
    if (!command) return undefined;
    if (command.command === 'display.places') {
      onPlaces(command.places);
      return undefined;
    }
    let result: DraftResult;
    try {
      result = adapter.putDraft(doc, command.draft);
    } catch {
      result = { inserted: false, reason: 'no-message-box' };
    }
    sendResponse(result);
    return undefined;
  });
}
