import * as v from 'valibot';
import { classifySender, type SenderFacts } from '../messaging/sender';
import { REQUESTS, type Reply, type RequestInput, type RequestOutput, type RequestType } from '../messaging/protocol';
import type { RequestTable } from '../messaging/requests/table';

export interface RequestContext {
  /** The tab the request came from: a content script's page, or the page a sidebar frame sits in. */
  tabId?: number;
}

export type Handlers = { [K in RequestType]: (input: RequestInput<K>, context: RequestContext) => Promise<RequestOutput<K>> };

/** The handlers of one feature's request table. */
export type FeatureHandlers<Table extends RequestTable, Outputs extends { [K in keyof Table]: unknown }> = {
  [K in keyof Table]: (input: v.InferOutput<Table[K]['input']>, context: RequestContext) => Promise<Outputs[K]>;
};

function isEnvelope(message: unknown): message is { rapport: 1; type: string; input: unknown; tab?: unknown } {
  return typeof message === 'object' && message !== null && (message as { rapport?: unknown }).rapport === 1 && typeof (message as { type?: unknown }).type === 'string';
}

function isRequestType(type: string): type is RequestType {
  return Object.prototype.hasOwnProperty.call(REQUESTS, type);
}

/** A page in a tab speaks for that tab; only an extension page outside any tab (the side panel) may name one. */
function tabOf(named: unknown, sender: SenderFacts, kind: string): number | undefined {
  if (sender.tab?.id !== undefined) return sender.tab.id;
  if (kind !== 'extension-page') return undefined;
  return typeof named === 'number' && Number.isSafeInteger(named) && named >= 0 ? named : undefined;
}

/**
 * Validates the sender and the payload of every message before a handler sees it.
 * Returns undefined (no answer) for anything that is not ours; never throws.
 */
export function createRouter(handlers: Handlers, ownId: string) {
  return (message: unknown, sender: SenderFacts): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !isRequestType(message.type)) return undefined;
    const type = message.type;
    const kind = classifySender(sender, ownId);
    const allowed: readonly string[] = REQUESTS[type].from;
    if (!kind || !allowed.includes(kind)) return undefined;
    const parsed = v.safeParse(REQUESTS[type].input, message.input);
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: `Invalid ${type}: ${v.summarize(parsed.issues).slice(0, 500)}` });
    }
    const handler = handlers[type] as (input: unknown, context: RequestContext) => Promise<unknown>;
    return handler(parsed.output, { tabId: tabOf(message.tab, sender, kind) }).then(
      (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
      (error: unknown): Reply<unknown> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
