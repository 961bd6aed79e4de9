import { cleanText } from '../../domain/text';
import { cleanFacts, type RawFacts } from './facts';
import type { ReadingStrategy, StrategyReading } from './profile-reading';
import { findContactInfoLink, linksToProfile, scannedOnce } from './top-card-anchor';
import { factsFromTopCardLines } from './top-card-lines';
import { textBlocksBetween, visibleText } from './text-blocks';

export interface TopCardEra {
  strategy: ReadingStrategy;
  read(doc: Document, slug: string): RawFacts | undefined;
}

export interface EraSelectors {
  name: string;
  headline?: string;
  company?: string;
  location?: string;
}

export const SDUI_PROFILE_ROOT = '[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile"]';
/** The key under which a page scan keeps the profile root (see `scannedOnce`). */
export const SDUI_ROOT_KEY = 'sdui-root';
const LOGGED_IN_HEADLINE = 'div.text-body-medium.break-words';
const LOGGED_IN_LOCATION = 'span.text-body-small.inline.t-black--light.break-words';
/** Localised: "Current company: …" only on English pages. */
const LOGGED_IN_COMPANY = 'button[aria-label^="Current company:"]';

const DECEMBER_2025_NAME = 'main h1.inline.t-24.v-align-middle.break-words';

const LOGGED_IN_2021: EraSelectors = {
  name: 'h1.text-heading-xlarge',
  headline: LOGGED_IN_HEADLINE,
  company: LOGGED_IN_COMPANY,
  location: LOGGED_IN_LOCATION,
};
const GUEST_2022: EraSelectors = {
  name: 'h1.top-card-layout__title',
  headline: 'h2.top-card-layout__headline',
  company: '[data-section="currentPositionsDetails"] a',
  location: 'h3.top-card-layout__first-subline span',
};
const GUEST_2016: EraSelectors = {
  name: 'h1#name.fn',
  headline: 'p.headline.title',
  company: 'tr[data-section="currentPositionsDetails"] span.org',
  location: 'dd.adr span.locality',
};
const PUBLIC_2014: EraSelectors = {
  name: 'h1 span.full-name',
  headline: '#headline p.title',
  company: '#overview-summary-current li',
  location: '#location span.locality',
};

/** Top cards by era, as seen on the pages; tried in this order, the first with a name wins. */
export const TOP_CARD_ERAS: readonly TopCardEra[] = [
  // Mar 2026 "SDUI": no h1; the name is an h2 inside the top card's link to the profile, then <p>s.
  { strategy: 'topcard-2026-03-sdui', read: (doc, slug) => readSduiCard(doc, slug) },
  // Feb 2026 variant: the name back in an h1, the lines in <span>s.
  { strategy: 'topcard-2026-02', read: (doc, slug) => readSduiCardWithH1(doc, slug) },
  { strategy: 'topcard-2021-logged-in', read: bySelectors(LOGGED_IN_2021) },
  // Dec 2025: the h1 lost `text-heading-xlarge` for a hashed class; the company button went away.
  { strategy: 'topcard-2025-12', read: (doc) => readDecember2025Card(doc) },
  { strategy: 'topcard-2022-guest', read: bySelectors(GUEST_2022) },
  { strategy: 'topcard-2016-guest', read: bySelectors(GUEST_2016) },
  { strategy: 'topcard-2014-public', read: bySelectors(PUBLIC_2014) },
];

const DECEMBER_2025: EraSelectors = {
  name: DECEMBER_2025_NAME,
  headline: LOGGED_IN_HEADLINE,
  company: LOGGED_IN_COMPANY,
  location: LOGGED_IN_LOCATION,
};

/**
 * The eras that read the first match of selectors in the whole page (with its subtree): the others only once the
 * name matched. Every name is an `h1` or inside one.
 */
export const ERA_SELECTORS: readonly EraSelectors[] = [LOGGED_IN_2021, DECEMBER_2025, GUEST_2022, GUEST_2016, PUBLIC_2014];

/**
 * What the eras read besides those first matches: the 2026 cards around their name (a `section`, else the whole
 * profile root), the experience section's first position, and (without their subtrees) the 2026 profile root and
 * `#experience` that lead to them.
 */
export function eraElementsBeyondFirstMatches(doc: Document, slug: string): { whole: Element[]; shallow: Element[] } {
  const whole: Element[] = [];
  for (const found of [sduiName(doc, slug), sduiH1Name(doc)]) if (found) whole.push(found.name, found.name.closest('section') ?? found.root);
  const experience = firstExperienceLine(doc);
  if (experience) whole.push(experience.line);
  const shallow = [sduiRoot(doc), experience?.anchor].filter((element) => element !== undefined);
  return { whole, shallow };
}

export function readTopCardEra(doc: Document, slug: string, era: TopCardEra): StrategyReading | undefined {
  const raw = era.read(doc, slug);
  const facts = raw && cleanFacts(raw);
  return facts && { strategy: era.strategy, source: 'top-card', facts };
}

/** The other selectors are only tried once the name's matched: on a large page every miss is a full scan. */
function bySelectors(selectors: EraSelectors): (doc: Document) => RawFacts | undefined {
  return (doc) => {
    const name = textAt(doc, selectors.name);
    if (name === undefined) return undefined;
    return {
      name,
      headline: textAt(doc, selectors.headline),
      company: textAt(doc, selectors.company),
      location: textAt(doc, selectors.location),
    };
  };
}

function readSduiCard(doc: Document, slug: string): RawFacts | undefined {
  const found = sduiName(doc, slug);
  return found && readLinesAfterName(found.root, found.name, slug);
}

function readSduiCardWithH1(doc: Document, slug: string): RawFacts | undefined {
  const found = sduiH1Name(doc);
  return found && readLinesAfterName(found.root, found.name, slug);
}

/** The 2026 top card's name: an h2 in a link to the profile, looked for in the contact-info link's card first. */
function sduiName(doc: Document, slug: string): { root: Element; name: Element } | undefined {
  // Real pages link to hundreds of profiles: look for the name link in the contact-info link's card first.
  const contactInfo = findContactInfoLink(doc, slug);
  const root = contactInfo ? contactInfo.closest(SDUI_PROFILE_ROOT) : sduiRoot(doc);
  const card = contactInfo?.closest('section') ?? root;
  const nameIn = (scope: Element) => linksToProfile(scope, slug).map((link) => link.querySelector('h2')).find(Boolean);
  const name = card && root && (nameIn(card) ?? (card === root ? undefined : nameIn(root)));
  return root && name ? { root, name } : undefined;
}

function sduiH1Name(doc: Document): { root: Element; name: Element } | undefined {
  const root = sduiRoot(doc);
  const name = root && [...root.getElementsByTagName('h1')].find((heading) => visibleText(heading).trim() !== '');
  return root && name ? { root, name } : undefined;
}

function sduiRoot(doc: Document): Element | undefined {
  return scannedOnce(doc, SDUI_ROOT_KEY, () => doc.querySelector(SDUI_PROFILE_ROOT) ?? undefined);
}

function readLinesAfterName(root: Element, name: Element, slug: string): RawFacts {
  const card = name.closest('section') ?? root;
  const contactInfo = findContactInfoLink(card, slug);
  const lines = textBlocksBetween(card, name, contactInfo);
  return { name: visibleText(name), ...factsFromTopCardLines(lines, contactInfo !== undefined) };
}

function readDecember2025Card(doc: Document): RawFacts | undefined {
  const name = textAt(doc, DECEMBER_2025_NAME);
  if (name === undefined) return undefined;
  return {
    name,
    headline: textAt(doc, LOGGED_IN_HEADLINE),
    company: textAt(doc, LOGGED_IN_COMPANY) ?? currentCompanyInExperience(doc),
    location: textAt(doc, LOGGED_IN_LOCATION),
  };
}

/** The first position of the experience section: "Adinkra Capital Partners · Full-time". */
function currentCompanyInExperience(doc: Document): string | undefined {
  const line = firstExperienceLine(doc)?.line;
  return line ? cleanText(visibleText(line), 1000).split(' · ')[0] : undefined;
}

function firstExperienceLine(doc: Document): { anchor: Element; line: Element } | undefined {
  const anchor = doc.getElementById('experience');
  const line = anchor?.closest('section')?.querySelector('li span.t-14.t-normal > span[aria-hidden="true"]');
  return anchor && line ? { anchor, line } : undefined;
}

function textAt(doc: Document, selector: string | undefined): string | undefined {
  const element = selector ? doc.querySelector(selector) : null;
  return element ? visibleText(element) : undefined;
}
