import { bprBlocksNaming } from './bpr-code';
import { NOT_A_PROFILE_MARKERS } from './page-kind';
import { readProfileLink } from './profile-url';
import { cardAround, withPageScan } from './top-card-anchor';
import { ERA_FIRST_MATCHES, ERA_NAMES, eraElementsBeyondFirstMatches } from './top-card-eras';
import { prunedHtml, type Keep } from './pruned-html';

const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';
const HEAD_FACTS = new Set(['TITLE', 'META', 'LINK']);
const FIRST_MATCHES = [...ERA_FIRST_MATCHES, ...NOT_A_PROFILE_MARKERS];

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
 * JSON-LD, the page-context blocks that name `slug`, every contact-info link, the card around this profile's,
 * and the elements each top-card era reads. Everything else, most of a real page's 1.4 MB, stays behind.
 */
export function copyProfilePage(doc: Document, slug: string): ProfilePageCopy {
  return withPageScan(doc, () => copyOnce(doc, slug));
}

function copyOnce(doc: Document, slug: string): ProfilePageCopy {
  const kept = new Map<Element, Keep>();
  const keep = (element: Element | null | undefined, how: Keep = 'whole') => {
    if (element && kept.get(element) !== 'whole') kept.set(element, how);
  };
  for (const element of doc.head?.children ?? []) if (HEAD_FACTS.has(element.tagName)) keep(element);
  const jsonLd = doc.querySelectorAll('script[type="application/ld+json"]');
  jsonLd.forEach((script) => keep(script));
  for (const { code } of bprBlocksNaming(doc, slug)) keep(code);

  let card: Element | undefined;
  const contactInfoLinks = doc.querySelectorAll(CONTACT_INFO_LINK);
  for (const link of contactInfoLinks) {
    keep(link);
    if (card || readProfileLink(link)?.slug !== slug) continue;
    card = cardAround(link);
    keep(card);
    keep(link.closest('section'));
  }

  const firsts = firstMatches(doc, FIRST_MATCHES);
  for (const element of firsts) keep(element);
  const beyond = eraElementsBeyondFirstMatches(doc, slug);
  beyond.whole.forEach((element) => keep(element));
  beyond.shallow.forEach((element) => keep(element, 'shallow'));

  const anyTopCard = () => beyond.whole.length > 0 || firsts.some((element) => ERA_NAMES.some((name) => element.matches(name)));
  const showsProfile = card !== undefined || (contactInfoLinks.length === 0 && (jsonLd.length > 0 || anyTopCard()));
  return { html: prunedHtml(doc, kept), showsProfile };
}

/** The first element matching each selector, found in one scan of the page. */
function firstMatches(doc: Document, selectors: readonly string[]): Element[] {
  const pending = new Set(selectors);
  const found: Element[] = [];
  for (const element of doc.querySelectorAll(selectors.join(', '))) {
    for (const selector of pending) {
      if (!element.matches(selector)) continue;
      pending.delete(selector);
      found.push(element);
    }
    if (pending.size === 0) break;
  }
  return found;
}
