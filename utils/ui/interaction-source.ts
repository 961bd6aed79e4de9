import type { Interaction } from '../domain/model';
import type { MessageKey } from '../i18n';

export interface InteractionSource {
  /** Where Rapport saw it; undefined for what the user logged (or an import, which names its file). */
  label?: MessageKey;
  /** A link back, https on LinkedIn or Gmail only, with the words for it. */
  link?: { url: string; label: MessageKey };
}

const BY_KEY_PREFIX: ReadonlyArray<[string, MessageKey]> = [
  ['linkedin:msg:', 'historySourceLinkedInMessage'],
  ['linkedin:list:', 'historySourceLinkedInList'],
  ['gmail:row:', 'historySourceGmailList'],
  ['gmail:sent:', 'historySourceGmailSent'],
  ['gmail:', 'historySourceGmailConversation'],
];

const LINK_HOSTS: Readonly<Record<string, MessageKey>> = {
  'www.linkedin.com': 'historyOpenLinkedIn',
  'mail.google.com': 'historyOpenGmail',
};

/** Where an interaction came from and how to get back there; links to anywhere else are not offered. */
export function interactionSource(interaction: Pick<Interaction, 'sourceKey' | 'sourceUrl'>): InteractionSource {
  const label = BY_KEY_PREFIX.find(([prefix]) => interaction.sourceKey?.startsWith(prefix))?.[1];
  const link = linkBack(interaction.sourceUrl);
  return { ...(label ? { label } : {}), ...(link ? { link } : {}) };
}

function linkBack(url: string | undefined): InteractionSource['link'] {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    const label = LINK_HOSTS[parsed.hostname];
    return parsed.protocol === 'https:' && label && !parsed.username && !parsed.password ? { url: parsed.href, label } : undefined;
  } catch {
    return undefined;
  }
}
