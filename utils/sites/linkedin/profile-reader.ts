import { nameKey } from '../../domain/text';
import { readBprProfile } from './bpr-code';
import { readContactInfoCard } from './contact-info-card';
import { cleanFact, cleanFacts } from './facts';
import { roleAtCompany } from './headline';
import { readJsonLdPerson } from './json-ld';
import { readMetaTags } from './meta-tags';
import { isAuthwallPage, isProfileNotFoundPage, pageKindOfUrl } from './page-kind';
import { readProfileTitle } from './page-title';
import type { FactField, FactSource, ProfileFacts, ProfileReading, StrategyReading, UnreadableReason } from './profile-reading';
import { showsAnotherProfilesTopCard, withPageScan } from './top-card-anchor';
import { readTopCardEra, TOP_CARD_ERAS } from './top-card-eras';

export type { FactSource, ProfileReading, ReadingStrategy } from './profile-reading';

const OPTIONAL_FIELDS = ['headline', 'company', 'role', 'location'] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];
/** What a top card states besides the name; never a role of its own (that comes from the headline). */
const TOP_CARD_FIELDS: readonly OptionalField[] = ['headline', 'company', 'location'];

/**
 * What a LinkedIn page at `url` says about the person, and how it was read. Strategies run most
 * stable first; the first to find a name is reported, the others only fill gaps when they name the
 * same person. Never throws.
 */
export function readLinkedInProfile(doc: Document, url: string): ProfileReading {
  const page = pageKindOfUrl(url);
  if (page.kind === 'not-a-profile') return page;
  try {
    return withPageScan(doc, () => readProfilePage(doc, page.slug, page.canonicalUrl));
  } catch {
    return unreadable(page.slug, 'exception');
  }
}

function readProfilePage(doc: Document, slug: string, profileUrl: string): ProfileReading {
  const titleFacts = attempt(() => readProfileTitle(doc.title));
  const title = attempt(() => titleFacts && cleanFacts(titleFacts));
  const titleReading: StrategyReading | undefined = title && { strategy: 'title', source: 'title', facts: title };
  // Structured data and the contact-info card are tied to the slug; era selectors are not. Each strategy runs
  // only when needed (a real page holds thousands of elements): until one names the person, then to fill gaps
  // it can fill.
  const anchored = [
    lazyReader(['role', 'company', 'location'], () => readJsonLdPerson(doc, slug)),
    lazyReader(['headline'], () => readBprProfile(doc, slug)),
    lazyReader(TOP_CARD_FIELDS, () => readContactInfoCard(doc, slug, title?.name)),
  ];
  const eras = TOP_CARD_ERAS.map((era) => lazyReader(TOP_CARD_FIELDS, () => readTopCardEra(doc, slug, era)));
  // What the page states elsewhere, before the bare <title>.
  const metaTags = lazyReader(['headline', 'company'], () => readMetaTags(doc, slug));
  const bareTitle = lazyReader(['headline', 'company'], () => titleReading);

  const structured = firstOf(anchored, isDefined);
  if (structured) return profile(slug, profileUrl, structured, [...anchored, ...eras, metaTags, bareTitle]);
  // Only a page that names nobody by its slug can be "this page doesn't exist" (asking costs a scan of the page).
  if (attempt(() => isProfileNotFoundPage(doc))) return { kind: 'not-a-profile', reason: 'not-found' };
  const staleTopCard = attempt(() => showsAnotherProfilesTopCard(doc, slug)) ?? false;
  if (staleTopCard) return unreadable(slug, 'stale-top-card');
  const primary =
    firstOf(eras, (era): era is StrategyReading => era !== undefined && (!title || sameName(era.facts.name, title.name))) ?? metaTags.read();
  if (primary) return profile(slug, profileUrl, primary, [...eras, metaTags, bareTitle]);
  if (firstOf(eras, isDefined)) return unreadable(slug, 'top-card-disagrees-with-title');
  if (attempt(() => isAuthwallPage(doc))) return { kind: 'not-a-profile', reason: 'authwall' };
  if (!titleReading) return unreadable(slug, 'nothing-matched');
  return profile(slug, profileUrl, titleReading, []);
}

function profile(slug: string, profileUrl: string, primary: StrategyReading, others: readonly LazyReader[]): ProfileReading {
  return { kind: 'profile', slug, profileUrl, strategy: primary.strategy, ...combine(primary, others) };
}

/**
 * The primary reading's facts, gaps filled from readings that name the same person (read in order, and only
 * while they can fill a gap left), then from the headline.
 */
function combine(primary: StrategyReading, readings: readonly LazyReader[]) {
  const facts: ProfileFacts = { ...primary.facts };
  const sources: { [Field in FactField]?: FactSource } & { name: FactSource } = { name: primary.source };
  for (const field of OPTIONAL_FIELDS) if (facts[field] !== undefined) sources[field] = primary.source;
  for (const { fills, read } of readings) {
    if (fills.every((field) => facts[field] !== undefined)) continue;
    const reading = read();
    if (!reading || reading === primary || !sameName(reading.facts.name, primary.facts.name)) continue;
    for (const field of OPTIONAL_FIELDS) {
      const value = reading.facts[field];
      if (facts[field] !== undefined || value === undefined) continue;
      facts[field] = value;
      sources[field] = reading.source;
    }
  }
  const derived = facts.headline === undefined ? undefined : roleAtCompany(facts.headline);
  for (const field of ['role', 'company'] as const) {
    if (!derived || facts[field] !== undefined) continue;
    facts[field] = cleanFact(field, derived[field]);
    sources[field] = 'headline';
  }
  return { ...facts, sources };
}

/** Same person: equal names, or one has words around the other ("Dr. Anna Müller" / "Anna Müller"). */
function sameName(a: string, b: string): boolean {
  const [keyA, keyB] = [` ${nameKey(a)} `, ` ${nameKey(b)} `];
  return keyA.trim() !== '' && keyB.trim() !== '' && (keyA.includes(keyB) || keyB.includes(keyA));
}

function unreadable(slug: string, reason: UnreadableReason): ProfileReading {
  return { kind: 'unreadable', slug, reason };
}

/** A strategy that throws is skipped, not fatal. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** A strategy run on first use only, with the optional facts it can state (so it is not run for others). */
interface LazyReader {
  fills: readonly OptionalField[];
  read: () => StrategyReading | undefined;
}

function lazyReader(fills: readonly OptionalField[], read: () => StrategyReading | undefined): LazyReader {
  let done = false;
  let value: StrategyReading | undefined;
  return {
    fills,
    read: () => {
      if (!done) {
        value = attempt(read);
        done = true;
      }
      return value;
    },
  };
}

/** The first reading of the lazy readers that passes `accept`, running no reader after it. */
function firstOf<S extends StrategyReading>(readers: readonly LazyReader[], accept: (value: StrategyReading | undefined) => value is S): S | undefined {
  for (const reader of readers) {
    const value = reader.read();
    if (accept(value)) return value;
  }
  return undefined;
}
