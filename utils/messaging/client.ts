import { browser } from 'wxt/browser';
import type { Envelope, Reply, RequestInput, RequestOutput, RequestType } from './protocol';

export class BackgroundError extends Error {}

/**
 * The browser's side panel is an extension page outside any tab: it names the tab it shows, so requests about
 * "this page" (a draft into its message box, logging its conversation) reach that tab.
 */
let actingForTab: number | undefined;
export function actForTab(tabId: number | undefined): void {
  actingForTab = tabId;
}

/** Calls a background handler like a function; rejects with the handler's message on failure. */
export async function callBackground<K extends RequestType>(type: K, input: RequestInput<K>): Promise<RequestOutput<K>> {
  const envelope: Envelope<K> = actingForTab === undefined ? { rapport: 1, type, input } : { rapport: 1, type, input, tab: actingForTab };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<RequestOutput<K>> | undefined;
  if (!reply) throw new BackgroundError(`No answer to ${type}.`);
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.value;
}
