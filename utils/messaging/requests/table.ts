import type * as v from 'valibot';

/** Which contexts may send a request: pages of this extension, or its content scripts on the two sites. */
export type SenderKind = 'extension-page' | 'content-script';

export type RequestTable = Record<string, { from: readonly SenderKind[]; input: v.GenericSchema }>;
