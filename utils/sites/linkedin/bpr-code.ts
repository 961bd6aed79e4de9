import { cleanFacts } from './facts';
import { COMMENT_NODE, TEXT_NODE } from './dom-portable';
import { isRecord, parseJson, stringOf, type JsonRecord } from './json';
import type { StrategyReading } from './profile-reading';

const PROFILE_TYPE_SUFFIX = 'identity.profile.Profile';
/** A bound on the JSON walked per block; profile pages carry a few thousand entities. */
const MAX_VISITED = 100_000;

/**
 * The profile entity in the `<code id="bpr-guid-…">` JSON of logged-in pages until late 2025. After
 * an in-app navigation these blocks still describe the previous profile, hence the slug match.
 */
export function readBprProfile(doc: Document, slug: string): StrategyReading | undefined {
  for (const { text } of bprBlocksNaming(doc, slug)) {
    const profile = findProfileEntity(parseJson(text), slug);
    const facts = profile && cleanFacts(factsOf(profile));
    if (facts) return { strategy: 'bpr-code', source: 'structured-data', facts };
  }
  return undefined;
}

/**
 * The blocks that can describe `slug`, with their JSON text. Real pages carry dozens of large blocks: only those that
 * name the slug (ASCII slugs appear as written) are worth parsing, searched without copying the text in lower case.
 */
export function bprBlocksNaming(doc: Document, slug: string): { code: Element; text: string }[] {
  const needle = /^[\x20-\x7e]+$/.test(slug) ? new RegExp(`"${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i') : undefined;
  const blocks: { code: Element; text: string }[] = [];
  // By tag name, not `code[id^="bpr-guid-"]`: the same elements in the same order, without matching a selector
  // against every element of a large page.
  for (const code of doc.getElementsByTagName('code')) {
    if (!code.id.startsWith('bpr-guid-')) continue;
    const text = codeText(code);
    if (!needle || needle.test(text)) blocks.push({ code, text });
  }
  return blocks;
}

/** The JSON of a block, which some pages wrap in an HTML comment (`<code><!--{…}--></code>`) to keep it inert. */
function codeText(code: Element): string {
  let text = '';
  for (const node of code.childNodes) {
    if (node.nodeType === TEXT_NODE || node.nodeType === COMMENT_NODE) text += (node as CharacterData).data;
  }
  return text.trim();
}

function findProfileEntity(json: unknown, slug: string): JsonRecord | undefined {
  const pending: unknown[] = [json];
  for (let visited = 0; pending.length > 0 && visited < MAX_VISITED; visited++) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (isRecord(value)) {
      if (isProfileOf(value, slug)) return value;
      pending.push(...Object.values(value));
    }
  }
  return undefined;
}

function isProfileOf(entity: JsonRecord, slug: string): boolean {
  const type = stringOf(entity.$type);
  const publicIdentifier = stringOf(entity.publicIdentifier);
  return Boolean(type?.endsWith(PROFILE_TYPE_SUFFIX)) && publicIdentifier?.normalize('NFC').toLowerCase() === slug;
}

function factsOf(profile: JsonRecord) {
  const name = [stringOf(profile.firstName), stringOf(profile.lastName)].filter(Boolean).join(' ');
  return { name, headline: stringOf(profile.headline) };
}
