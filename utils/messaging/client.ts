import { browser } from 'wxt/browser';
import type { Envelope, Reply, RequestInput, RequestOutput, RequestType } from './protocol';

export class BackgroundError extends Error {}

/** Calls a background handler like a function; rejects with the handler's message on failure. */
export async function callBackground<K extends RequestType>(type: K, input: RequestInput<K>): Promise<RequestOutput<K>> {
  const envelope: Envelope<K> = { rapport: 1, type, input };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<RequestOutput<K>> | undefined;
  if (!reply) throw new BackgroundError(`No answer to ${type}.`);
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.value;
}
