import { bprBlocksNaming } from './bpr-code';
import { AUTHWALL_MARKERS, NOT_FOUND_MARKER } from './page-kind';
import { readProfileLink } from './profile-url';
import { cardAround, CONTACT_INFO_LINK, withPageScan } from './top-card-anchor';
import { ERA_SELECTORS, eraElementsBeyondFirstMatches, SDUI_PROFILE_ROOT, SDUI_ROOT_KEY } from './top-card-eras';
import { prunedHtml, type Keep } from './pruned-html';

const HEAD_FACTS = new Set(['TITLE', 'META', 'LINK']);
const JSON_LD = 'application/ld+json';

/** A profile page reduced to what the profile readers look at. */
export interface ProfilePageCopy {
  /** A whole HTML document: `readLinkedInProfile` reads it as it reads the page. */
  html: string;
  /**
   * The page (probably) shows this person: the top card around this profile's contact-info link, or, on a page
   * without contact-info links (guest and older pages), any era's top card or JSON-LD. A page whose contact-info
   * links all belong to others still shows the previous profile.
   */
  showsProfile: boolean;
}

/**
 * What the readers need of a profile page, copied as markup for reading elsewhere: the title, the head's meta tags,
 * JSON-LD, the page-context blocks that name `slug`, the contact-info links, the card around this profile's, and the
 * elements each top-card era reads. Everything else, most of a real page's 1.4 MB, stays behind.
 *
 * Each full scan of a real page costs its main thread 0.1 to 0.6 ms, so elements are found by tag name where that
 * finds the same ones, and what only matters when this profile's contact-info card is missing (another profile's
 * card, "not found", the sign-in wall, a profile root elsewhere) is looked for only then: with the card, the
 * readers never get to it.
 */
export function copyProfilePage(doc: Document, slug: string): ProfilePageCopy {
  const kept = new Map<Element, Keep>();
  const keep = (element: Element | null | undefined, how: Keep = 'whole') => {
    if (element && kept.get(element) !== 'whole') kept.set(element, how);
  };
  for (const element of doc.head?.children ?? []) if (HEAD_FACTS.has(element.tagName)) keep(element);
  const jsonLd = [...doc.getElementsByTagName('script')].filter((script) => script.getAttribute('type') === JSON_LD);
  jsonLd.forEach((script) => keep(script));
  for (const { code } of bprBlocksNaming(doc, slug)) keep(code);

  const first = doc.querySelector(CONTACT_INFO_LINK);
  const links = first && readProfileLink(first)?.slug === slug ? [first] : [...doc.querySelectorAll(CONTACT_INFO_LINK)];
  links.forEach((link) => keep(link));
  const link = links.find((candidate) => readProfileLink(candidate)?.slug === slug);
  const card = link && cardAround(link);
  if (link && card) {
    keep(card);
    keep(link.closest('section'));
  }

  const headings = doc.getElementsByTagName('h1');
  let eraCard = false;
  for (const era of ERA_SELECTORS) {
    const name = firstIn(headings, era.name);
    if (!name) continue;
    eraCard = true;
    keep(name);
    for (const selector of [era.headline, era.company, era.location]) if (selector) keep(doc.querySelector(selector));
  }
  const found: [string, unknown][] = link && card ? [[SDUI_ROOT_KEY, link.closest(SDUI_PROFILE_ROOT) ?? undefined]] : [];
  const seed = { contactInfoLinks: links, found };
  const beyond = withPageScan(doc, () => eraElementsBeyondFirstMatches(doc, slug), seed);
  beyond.whole.forEach((element) => keep(element));
  beyond.shallow.forEach((element) => keep(element, 'shallow'));
  if (!card) {
    keep(firstIn(headings, NOT_FOUND_MARKER));
    keep(doc.querySelector(AUTHWALL_MARKERS));
  }

  const showsProfile = card !== undefined || (links.length === 0 && (jsonLd.length > 0 || eraCard || beyond.whole.length > 0));
  return { html: prunedHtml(doc, kept), showsProfile };
}

/** The first element in the page matching `selector`, which matches an `h1` or something inside one. */
function firstIn(headings: HTMLCollectionOf<Element>, selector: string): Element | undefined {
  for (const heading of headings) {
    const found = heading.matches(selector) ? heading : heading.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}
