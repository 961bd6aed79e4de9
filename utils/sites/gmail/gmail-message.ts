import { parseGmailDate } from './gmail-date';
import { isElement, isTextNode, queryOutsideBodies } from './gmail-dom';
import { messageIdOf } from './gmail-ids';
import {
  DATE_SELECTOR,
  EXPANDED_MESSAGE_CLASS,
  PERSON_SELECTOR,
  RECIPIENT_LINE_SELECTOR,
  SENDER_SELECTORS,
} from './gmail-markup';
import { readPerson, uniquePeople } from './gmail-people';
import type { GmailDate, GmailMessage, Person } from './gmail-types';

/** Switches the recipient line from "to" to copies: "cc:" in most languages, "bcc:" on your sent copies. */
const COPY_MARKER = /(?:^|[\s,;])b?cc\s*:/i;

/** One `div.adn` of an open thread as plain data; undefined when it has no usable id. */
export function readGmailMessage(element: Element): GmailMessage | undefined {
  const id = messageIdOf(element);
  if (!id) return undefined;
  const expanded = element.classList.contains(EXPANDED_MESSAGE_CLASS);
  const from = readSender(element);
  const { to, cc } = expanded ? readRecipients(element) : { to: [], cc: [] };
  return { id, ...(from ? { from } : {}), to, cc, date: readDate(element), expanded };
}

function readSender(message: Element): Person | undefined {
  for (const selector of SENDER_SELECTORS) {
    for (const candidate of queryOutsideBodies(message, selector)) {
      const person = readPerson(candidate);
      if (person) return person;
    }
  }
  return undefined;
}

/** People in the "to me, Anna, cc: Ben" line(s), in order; a text marker switches to copies. */
function readRecipients(message: Element): { to: Person[]; cc: Person[] } {
  const to: Person[] = [];
  const cc: Person[] = [];
  for (const line of queryOutsideBodies(message, RECIPIENT_LINE_SELECTOR)) {
    let target = to;
    const visit = (node: Node): void => {
      for (const child of node.childNodes) {
        if (isTextNode(child)) {
          if (COPY_MARKER.test(child.data)) target = cc;
        } else if (isElement(child)) {
          // A person's own text (a name like "cc: x") is never a marker.
          if (!child.matches(PERSON_SELECTOR)) visit(child);
          else {
            const person = readPerson(child);
            if (person) target.push(person);
          }
        }
      }
    };
    visit(line);
  }
  const uniqueTo = uniquePeople(to);
  const inTo = new Set(uniqueTo.map((person) => person.email));
  return { to: uniqueTo, cc: uniquePeople(cc).filter((person) => !inTo.has(person.email)) };
}

function readDate(message: Element): GmailDate | undefined {
  const title = queryOutsideBodies(message, DATE_SELECTOR)[0]?.getAttribute('title');
  if (!title) return undefined;
  const date = parseGmailDate(title);
  return 'raw' in date && date.raw === '' ? undefined : date;
}
