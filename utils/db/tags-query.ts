import type { ContactKind } from '../domain/model';
import { tagKey } from '../domain/tags';
import type { RapportDatabase } from './open';

interface KeyCursor {
  key: string;
  continue(): Promise<KeyCursor | null>;
}

interface StringIndex {
  openKeyCursor(range: null, direction: IDBCursorDirection): Promise<KeyCursor | null>;
}

/** Every key of a multiEntry index once, index keys only: no record is read. */
async function distinctKeys(index: StringIndex): Promise<string[]> {
  const keys: string[] = [];
  for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) keys.push(cursor.key);
  return keys;
}

/** The first spelling of each tag key in `tags`. */
function spellingsOf(tags: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const tag of tags) if (!spellings.has(tagKey(tag))) spellings.set(tagKey(tag), tag);
  return spellings;
}

/** The spelling each tag has in the address book, so "design" typed later joins "Design". */
export async function knownTagSpellings(byTag: StringIndex): Promise<Map<string, string>> {
  return spellingsOf(await distinctKeys(byTag));
}

export interface LabelsInUse {
  kinds: ContactKind[];
  /** Sorted for people (case and accents ignored). */
  tags: string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The kinds and tags some contact has: what a filter offers. */
export async function readLabelsInUse(db: RapportDatabase): Promise<LabelsInUse> {
  const tx = db.transaction('contacts');
  const [kinds, tags] = await Promise.all([distinctKeys(tx.store.index('byKind')), distinctKeys(tx.store.index('byTag'))]);
  return { kinds: kinds as ContactKind[], tags: [...spellingsOf(tags).values()].sort(collator.compare) };
}
