import { addressParser, decodeWords } from 'postal-mime';
import { normaliseEmail } from '../../domain/identity';
import { decodeFileBytes } from '../decode-file';
import type { HistoryPerson } from './history-entry';

/** The fields of a message header that history needs; never anything of the body. */
export interface MailHeader {
  from?: HistoryPerson;
  /** To and Cc. */
  to: HistoryPerson[];
  date?: string;
  messageId?: string;
  subject?: string;
  /** Gmail Takeout's labels (`Inbox,Sent,Spam`), lower-case. */
  labels: string[];
}

const ascii = new TextDecoder('latin1');

const WANTED = new Set(['from', 'to', 'cc', 'date', 'message-id', 'subject', 'x-gmail-labels']);

/**
 * Header text from bytes in any charset: UTF-8 when it is valid UTF-8, else Windows-1252 (old mail in a Western
 * charset, far more often than anything else). Encoded words are decoded afterwards.
 */
export function decodeHeaderBytes(bytes: Uint8Array): string {
  for (let index = 0; index < bytes.length; index += 1) if ((bytes[index] as number) >= 0x80) return decodeFileBytes(bytes).text;
  return ascii.decode(bytes);
}

/** RFC 2047 words in any charset the runtime knows; C1 controls left by a runtime that reads windows-1252 as Latin-1 become its letters. */
export function decodeEncodedWords(value: string): string {
  return decodeWords(value).replace(C1_CONTROLS, (c1) => decodeFileBytes(Uint8Array.of(c1.charCodeAt(0))).text);
}

const C1_CONTROLS = /[\u0080-\u009F]/g;

/** Reads the wanted fields of a header block (folded lines joined, RFC 2047 words decoded, address groups flattened). */
export function readMailHeader(bytes: Uint8Array, people: PersonPool = new PersonPool()): MailHeader {
  const fields = new Map<string, string>();
  const text = decodeHeaderBytes(bytes).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!WANTED.has(name)) continue;
    const value = line.slice(colon + 1).trim();
    const previous = fields.get(name);
    // To and Cc may come more than once; the others count the first time.
    if (previous === undefined) fields.set(name, value);
    else if (name === 'to' || name === 'cc') fields.set(name, `${previous}, ${value}`);
  }
  const from = addressesOf(fields.get('from'), people)[0];
  const subject = fields.has('subject') ? cleanSubject(decodeEncodedWords(fields.get('subject') as string)) : undefined;
  const messageId = /<([^<>\s]+)>/.exec(fields.get('message-id') ?? '')?.[1] ?? (fields.get('message-id')?.trim() || undefined);
  return {
    ...(from ? { from } : {}),
    to: [...addressesOf(fields.get('to'), people), ...addressesOf(fields.get('cc'), people)],
    ...(fields.has('date') ? { date: fields.get('date') } : {}),
    ...(messageId ? { messageId } : {}),
    ...(subject ? { subject } : {}),
    labels: (fields.get('x-gmail-labels') ?? '')
      .split(',')
      .map((label) => label.trim().toLowerCase())
      .filter(Boolean),
  };
}

function cleanSubject(subject: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const clean = subject.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}

function addressesOf(value: string | undefined, people: PersonPool): HistoryPerson[] {
  if (!value) return [];
  const result: HistoryPerson[] = [];
  const add = (address: string | undefined, name: string | undefined) => {
    const email = normaliseEmail(address ?? '');
    if (email) result.push(people.get(email, name === undefined ? undefined : decodeEncodedWords(name).replace(/\s+/g, ' ').trim()));
  };
  for (const item of addressParser(value)) {
    if ('group' in item && item.group) for (const member of item.group) add(member.address, member.name);
    else if ('address' in item) add(item.address, item.name);
  }
  return result;
}

/** One object per address and name, so a mailbox of 100,000 messages holds each correspondent once. */
export class PersonPool {
  private readonly pool = new Map<string, HistoryPerson>();
  get(email: string, name: string | undefined): HistoryPerson {
    const key = name ? `${email}\u0000${name}` : email;
    let person = this.pool.get(key);
    if (!person) {
      person = name && name !== email ? { email, name } : { email };
      this.pool.set(key, person);
    }
    return person;
  }
}
