// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftResult } from '../messaging/protocol';
import { answerBackgroundCommands } from './background-commands';
import type { Draft, SiteAdapter } from './site-adapter';

const command = { rapport: 1, command: 'draft.put', draft: { body: 'Hallo Jonas, bis Montag.' } };
const fromBackground = { id: fakeBrowser.runtime.id };

function adapterThat(putDraft: (doc: Document, draft: Draft) => DraftResult): SiteAdapter {
  return { site: 'linkedin', headerHeight: 0, read: () => ({ site: 'linkedin', kind: 'none', url: '', reason: 'unreadable' }), watch: () => undefined, putDraft };
}

/** What the content script answers, through `sendResponse` as the browsers' own API expects. */
async function answerTo(message: unknown, sender: object): Promise<unknown[]> {
  const sendResponse = vi.fn();
  // The fake's types know only two arguments; it passes all three to the listener, as the browsers do.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  await trigger(message, sender, sendResponse);
  return sendResponse.mock.calls.map(([answer]) => answer);
}

const ignorePlaces = { onPlaces: () => undefined };

describe('answerBackgroundCommands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts a valid draft into the page and answers with the result', async () => {
    const putDraft = vi.fn((): DraftResult => ({ inserted: true, where: 'message box' }));
    answerBackgroundCommands(adapterThat(putDraft), () => false, ignorePlaces);
    expect(await answerTo(command, fromBackground)).toEqual([{ inserted: true, where: 'message box' }]);
    expect(putDraft).toHaveBeenCalledWith(document, { body: 'Hallo Jonas, bis Montag.' });
  });

  it('answers that there is no message box when the adapter throws', async () => {
    answerBackgroundCommands(adapterThat(() => { throw new Error('markup changed'); }), () => false, ignorePlaces);
    expect(await answerTo(command, fromBackground)).toEqual([{ inserted: false, reason: 'no-message-box' }]);
  });

  it('ignores other extensions, other content scripts, malformed commands and an invalidated script', async () => {
    const putDraft = vi.fn((): DraftResult => ({ inserted: true, where: 'message box' }));
    let invalid = false;
    answerBackgroundCommands(adapterThat(putDraft), () => invalid, ignorePlaces);
    expect(await answerTo(command, { id: 'another-extension' })).toEqual([]);
    expect(await answerTo(command, { ...fromBackground, tab: { id: 3 } })).toEqual([]);
    expect(await answerTo({ ...command, draft: { body: '' } }, fromBackground)).toEqual([]);
    invalid = true;
    expect(await answerTo(command, fromBackground)).toEqual([]);
    expect(putDraft).not.toHaveBeenCalled();
  });

  it('passes a change of display places on, from the background only, and answers nothing', async () => {
    const onPlaces = vi.fn();
    const putDraft = vi.fn((): DraftResult => ({ inserted: true, where: 'message box' }));
    answerBackgroundCommands(adapterThat(putDraft), () => false, { onPlaces });
    const places = { rapport: 1, command: 'display.places', places: { linkedin: 'panel', gmail: 'page' } };
    expect(await answerTo(places, { ...fromBackground, tab: { id: 3 } })).toEqual([]);
    expect(onPlaces).not.toHaveBeenCalled();
    expect(await answerTo(places, fromBackground)).toEqual([]);
    expect(onPlaces).toHaveBeenCalledWith({ linkedin: 'panel', gmail: 'page' });
    expect(putDraft).not.toHaveBeenCalled();
  });
});
