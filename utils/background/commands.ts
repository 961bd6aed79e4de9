import { browser } from 'wxt/browser';
import { openSidePanel } from '../display/open-panel';
import { requestDraftInPanel } from '../display/panel-request';

/** The commands in the browser's shortcut settings (wxt.config.ts names them). */
export const OPEN_COMMAND = 'open-rapport';
export const NEW_NOTE_COMMAND = 'new-note';

export function listenToCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_COMMAND && command !== NEW_NOTE_COMMAND) return;
    // First and synchronously: the browser allows opening the panel only while it handles the key press.
    openSidePanel(tab?.windowId).catch((error: unknown) => console.error('Rapport could not open the side panel', error));
    if (command === NEW_NOTE_COMMAND && tab?.id !== undefined) {
      requestDraftInPanel(tab.id).catch((error: unknown) => console.error('Rapport could not ask for a draft', error));
    }
  });
}
