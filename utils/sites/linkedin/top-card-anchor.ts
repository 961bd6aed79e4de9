import { nameKey } from '../../domain/text';
import { comesAfter } from './dom-portable';
import { isLinkedInProfilePath, readProfileLink } from './profile-url';
import { visibleText } from './text-blocks';

export const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';

/** During one reading of a page, its contact-info links: several strategies need them, one scan finds them. */
let scan: { doc: Document; contactInfoLinks?: Element[]; found: Map<string, unknown> } | undefined;

/** What a caller already found on the page: its contact-info links, results of `scannedOnce` by key. */
export interface PageScanSeed {
  contactInfoLinks?: Element[];
  found?: Iterable<[string, unknown]>;
}

/** Runs one reading of `doc`; inside it the page is scanned for contact-info links at most once. */
export function withPageScan<T>(doc: Document, read: () => T, seed: PageScanSeed = {}): T {
  const outer = scan;
  scan = { doc, contactInfoLinks: seed.contactInfoLinks, found: new Map(seed.found) };
  try {
    return read();
  } finally {
    scan = outer;
  }
}

/** `find()` once per reading of `doc` (every time outside one). */
export function scannedOnce<T>(doc: Document, key: string, find: () => T): T {
  if (scan?.doc !== doc) return find();
  if (!scan.found.has(key)) scan.found.set(key, find());
  return scan.found.get(key) as T;
}

function contactInfoLinks(root: ParentNode): Element[] {
  if (!scan) return [...root.querySelectorAll(CONTACT_INFO_LINK)];
  const current = scan;
  current.contactInfoLinks ??= [...current.doc.querySelectorAll(CONTACT_INFO_LINK)];
  return root === current.doc ? current.contactInfoLinks : current.contactInfoLinks.filter((link) => root.contains(link));
}

/**
 * The "Contact info" link of this profile's top card: on every logged-in profile from 2020 to 2026
 * (relative until 2025, absolute in 2026). Links are compared by parsed slug, never by building a
 * selector from the slug.
 */
export function findContactInfoLink(root: Document | Element, slug: string): Element | undefined {
  return contactInfoLinks(root).find((link) => readProfileLink(link)?.slug === slug);
}

/** True when the only top cards on the page belong to other profiles: it has not been replaced yet. */
export function showsAnotherProfilesTopCard(doc: Document, slug: string): boolean {
  const slugs = contactInfoLinks(doc).map((link) => readProfileLink(link)?.slug);
  return slugs.length > 0 && !slugs.includes(slug);
}

/** Links to the profile page itself (`/in/<slug>/`), like the 2026 top card's name link. */
export function linksToProfile(root: ParentNode, slug: string): Element[] {
  const asciiSlug = /^[\x20-\x7e]+$/.test(slug);
  return [...root.querySelectorAll('a[href*="/in/"]')].filter((link) => {
    // Real pages link hundreds of other profiles: parse only addresses that can name this one.
    const href = link.getAttribute('href') ?? '';
    if (asciiSlug && !href.includes('%') && !href.toLowerCase().includes(slug)) return false;
    const target = readProfileLink(link);
    return target?.slug === slug && isLinkedInProfilePath(target.pathname) && !target.pathname.includes('/overlay/');
  });
}

/** The smallest ancestor of `anchor` that also holds a named heading before it: the top card. */
export function cardAround(anchor: Element): Element | undefined {
  // The smallest such ancestor is the one holding the nearest named heading before the anchor: an element holds
  // a contiguous stretch of the document, so any earlier heading's common ancestor with the anchor holds it too.
  const heading = nearestHeadingBefore(anchor);
  if (!heading) return undefined;
  for (let current = anchor.parentElement; current; current = current.parentElement) {
    if (current !== heading && current.contains(heading)) return current;
    if (current.tagName === 'MAIN' || current.tagName === 'BODY') return undefined;
  }
  return undefined;
}

/** Walks back from `anchor` in document order (its ancestors included), not beyond `main` or `body`. */
function nearestHeadingBefore(anchor: Element): Element | undefined {
  for (let node = previousElement(anchor); node; node = previousElement(node)) {
    if ((node.tagName === 'H1' || node.tagName === 'H2') && visibleText(node).trim() !== '') return node;
    if (node.tagName === 'MAIN' || node.tagName === 'BODY') return undefined;
  }
  return undefined;
}

/** The element before `element` in document order: the previous sibling's last descendant, else the parent. */
function previousElement(element: Element): Element | null {
  let node = element.previousElementSibling;
  if (!node) return element.parentElement;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

/**
 * The name heading of a top card: the `h1`/`h2` whose text matches the page title when one does,
 * else the first `h1`, else the first `h2`.
 */
export function nameHeading(card: Element, anchor: Element, titleName: string | undefined): Element | undefined {
  const headings = headingsBefore(card, anchor);
  const titleKey = titleName ? nameKey(titleName) : '';
  return (
    headings.find((heading) => titleKey !== '' && nameKey(visibleText(heading)) === titleKey) ??
    headings.find((heading) => heading.tagName === 'H1') ??
    headings[0]
  );
}

function headingsBefore(card: Element, anchor: Element): Element[] {
  return [...card.querySelectorAll('h1, h2')].filter(
    (heading) =>
      comesAfter(anchor, heading) &&
      visibleText(heading).trim() !== '',
  );
}
