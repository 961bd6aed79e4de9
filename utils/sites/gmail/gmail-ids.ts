import {
  MESSAGE_LEGACY_ID_ATTRIBUTE,
  MESSAGE_PERM_ID_ATTRIBUTE,
  THREAD_LEGACY_ID_ATTRIBUTE,
  THREAD_PERM_ID_ATTRIBUTE,
} from './gmail-markup';

const THREAD_PERM_ID = /^thread-[a-z]:\d{1,30}$/;
const MESSAGE_PERM_ID = /^msg-[a-z]:\d{1,30}$/;
const LEGACY_ID = /^[0-9a-f]{8,24}$/i;

export interface ThreadId {
  id: string;
  source: 'perm-id' | 'legacy-id';
}

/**
 * `thread-f:<decimal>` from the subject heading, else the legacy hex id: the perm id is missing during
 * undo-send and the literal "undefined" on some Workspace accounts (2025).
 */
export function threadIdOf(heading: Element): ThreadId | undefined {
  const perm = attribute(heading, THREAD_PERM_ID_ATTRIBUTE);
  if (THREAD_PERM_ID.test(perm)) return { id: perm, source: 'perm-id' };
  const legacy = attribute(heading, THREAD_LEGACY_ID_ATTRIBUTE);
  return LEGACY_ID.test(legacy) ? { id: legacy.toLowerCase(), source: 'legacy-id' } : undefined;
}

/** `msg-f:<decimal>` (Gmail writes `#msg-f:…`), else the legacy hex id. */
export function messageIdOf(message: Element): string | undefined {
  const perm = attribute(message, MESSAGE_PERM_ID_ATTRIBUTE).replace(/^#/, '');
  if (MESSAGE_PERM_ID.test(perm)) return perm;
  const legacy = attribute(message, MESSAGE_LEGACY_ID_ATTRIBUTE);
  return LEGACY_ID.test(legacy) ? legacy.toLowerCase() : undefined;
}

function attribute(element: Element, name: string): string {
  return (element.getAttribute(name) ?? '').trim();
}
