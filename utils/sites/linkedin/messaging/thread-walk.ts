import { nameKey } from '../../../domain/text';
import type { ChatPartner, ShownMessage } from './conversation-reader';
import { factsOf, isSettled, type Sender } from './item-facts';

/** What is in force at a point of the list: the last day heading, group time and sender, the place in the group. */
interface WalkState {
  day: string;
  time: string;
  sender?: Sender;
  place: number;
  /** Everyone other than the partner who wrote so far: more than one makes it a group chat. */
  others: Set<string>;
}

/** Where the last walk over a conversation's items stopped, to continue from there when items were only added. */
export interface ThreadCursor {
  first: Element;
  last: Element;
  count: number;
  beforeLast: WalkState;
  afterLast: WalkState;
}

export interface Walk {
  messages: ShownMessage[];
  groupChat: boolean;
  cursor?: ThreadCursor;
}

/**
 * The messages of a conversation's list items, in order: each takes the day, time and sender last shown above it.
 * With the cursor of the previous walk over the same list, and when that list only grew at its end, only the added
 * items are read (and the last one again while it had no message yet); otherwise every item is.
 */
export function walkItems(items: ArrayLike<Element>, msgS: boolean, partner: ChatPartner, previous?: ThreadCursor): Walk {
  const partnerKey = nameKey(partner.name);
  let start = 0;
  let state: WalkState = { day: '', time: '', place: 0, others: new Set() };
  if (previous && onlyGrew(previous, items)) {
    if (isSettled(previous.last) && items.length === previous.count) {
      return { messages: [], groupChat: previous.afterLast.others.size > 1, cursor: previous };
    }
    start = isSettled(previous.last) ? previous.count : previous.count - 1;
    state = copyOf(isSettled(previous.last) ? previous.afterLast : previous.beforeLast);
  }
  const messages: ShownMessage[] = [];
  let beforeLast = state;
  for (let index = start; index < items.length; index += 1) {
    if (index === items.length - 1) beforeLast = copyOf(state);
    const facts = factsOf(items[index] as Element, msgS);
    if (!facts) continue;
    if (facts.time) {
      state.time = facts.time;
      state.place = 0;
    }
    state.day = facts.day ?? state.day;
    if (facts.who) {
      state.sender = facts.who;
      if (facts.who.key !== partnerKey) state.others.add(facts.who.key);
      state.place = 0;
    }
    for (const key of facts.keys) {
      state.place += 1;
      const { day, time, sender, place } = state;
      if (!day || !time || !sender) continue;
      const fromPartner = sender.memberId && partner.memberId ? sender.memberId === partner.memberId : sender.key === partnerKey;
      messages.push({ ...(key ? { key } : {}), fromPartner, day, time, place });
    }
  }
  const first = items[0];
  const last = items[items.length - 1];
  const cursor = first && last ? { first, last, count: items.length, beforeLast, afterLast: state } : undefined;
  return { messages, groupChat: state.others.size > 1, ...(cursor ? { cursor } : {}) };
}

/** The same first item and the last one read at the same place: LinkedIn appended, it did not replace or prepend. */
function onlyGrew(previous: ThreadCursor, items: ArrayLike<Element>): boolean {
  return items.length >= previous.count && items[0] === previous.first && items[previous.count - 1] === previous.last;
}

function copyOf(state: WalkState): WalkState {
  return { ...state, others: new Set(state.others) };
}
