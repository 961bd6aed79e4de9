import type { Direction } from '../../domain/model';
import { normaliseEmail } from '../../domain/identity';
import { uniquePeople } from './gmail-people';
import type { GmailMessage, GmailReading, Person } from './gmail-types';

/**
 * Who the conversation is with: everyone except the user's own addresses (the signed-in account plus
 * `ownAddresses`, e.g. aliases), each address once. Most recent other sender first, then the other
 * recipients, most recent message first.
 */
export function conversationPartners(reading: GmailReading, ownAddresses: readonly string[]): Person[] {
  if (reading.kind !== 'conversation') return [];
  const own = ownAddressSet([...ownAddresses, reading.account ?? '']);
  const recentFirst = [...reading.messages].reverse();
  const candidates = [
    ...recentFirst.map((message) => message.from),
    ...recentFirst.flatMap((message) => [...message.to, ...message.cc]),
  ];

  return uniquePeople(
    candidates.map((candidate) => {
      const email = normaliseEmail(candidate?.email ?? '');
      return candidate && email && !own.has(email) ? { email, name: candidate.name } : undefined;
    }),
  );
}

/**
 * A message seen from the user's side of one partner: `inbound` when the partner wrote it, `outbound`
 * when the user wrote it to them (To or Cc). Undefined otherwise: between others, or a collapsed
 * message whose recipients are not shown.
 */
export function messageDirection(
  message: GmailMessage,
  partnerEmail: string,
  own: readonly string[],
): Extract<Direction, 'inbound' | 'outbound'> | undefined {
  const partner = normaliseEmail(partnerEmail);
  const from = normaliseEmail(message.from?.email ?? '');
  const ownSet = ownAddressSet(own);
  if (!partner || !from || ownSet.has(partner)) return undefined;
  if (from === partner) return 'inbound';
  const toPartner = [...message.to, ...message.cc].some((person) => normaliseEmail(person.email) === partner);
  return ownSet.has(from) && toPartner ? 'outbound' : undefined;
}

function ownAddressSet(addresses: readonly string[]): Set<string> {
  return new Set(addresses.map(normaliseEmail).filter((email) => email !== ''));
}
