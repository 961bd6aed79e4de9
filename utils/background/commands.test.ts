import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PANEL_REQUEST_KEY } from '../display/panel-request';
import { listenToCommands, NEW_NOTE_COMMAND, OPEN_COMMAND } from './commands';

const open = vi.fn(async (_options: { windowId: number }) => undefined);
type Tab = { id?: number; windowId?: number };
const tab: Tab = { id: 12, windowId: 4 };

/** WXT's fake browser has no commands API: a minimal event that calls its listeners as the browser does. */
function fakeCommands() {
  const listeners: ((command: string, tab?: Tab) => void)[] = [];
  return {
    onCommand: {
      addListener: (listener: (command: string, tab?: Tab) => void) => listeners.push(listener),
      trigger: (command: string, tab?: Tab) => listeners.forEach((listener) => listener(command, tab)),
    },
  };
}
let commands: ReturnType<typeof fakeCommands>;

beforeEach(() => {
  fakeBrowser.reset();
  open.mockClear();
  commands = fakeCommands();
  Object.assign(fakeBrowser, { sidePanel: { open }, commands });
  listenToCommands();
});

describe('keyboard commands', () => {
  it('"Open Rapport" opens the side panel of the window, synchronously inside the key press', () => {
    commands.onCommand.trigger(OPEN_COMMAND, tab);
    expect(open).toHaveBeenCalledWith({ windowId: 4 });
  });

  it('"New note" opens the panel at once, then asks it for a draft for that tab', async () => {
    commands.onCommand.trigger(NEW_NOTE_COMMAND, tab);
    expect(open).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => {
      const stored = await fakeBrowser.storage.session.get(PANEL_REQUEST_KEY);
      expect(stored[PANEL_REQUEST_KEY]).toMatchObject({ tabId: 12, action: 'draft' });
    });
  });

  it('ignores commands that are not its own', async () => {
    commands.onCommand.trigger('_execute_action', tab);
    expect(open).not.toHaveBeenCalled();
  });
});
