// @vitest-environment happy-dom
// The key property of the page copy: reading the copy (parsed by linkedom, as the background does) gives the same
// reading as reading the whole page, on every fixture, as served, without its anchors, damaged, and at real size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realSizeProfile, REAL_SIZE_PROFILES } from '../../../tests/fixtures/bench/real-size-profile.mjs';
import { fixtureHtml, fixtureJson } from '../../../tests/fixtures/linkedin/load-fixture';
import { applyVariation, damagePage, variationsArbitrary, variedUrl } from '../../../tests/fixtures/linkedin/served-variations';
import { HOSTILE_SAMPLES } from '../../transfer/arbitraries.test-support';
import { parseHtml } from '../../background/parse-html';
import { copyProfilePage } from './page-copy';
import { pageKindOfUrl } from './page-kind';
import { readLinkedInProfile, type ProfileReading } from './profile-reader';

const EXPECTATIONS = fixtureJson<Record<string, { url: string; expected: ProfileReading }>>('expected.json');
const FIXTURES = Object.entries(EXPECTATIONS);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The page's copy as the background reads it; pages that are no profile by their URL are never copied. */
function readCopy(doc: Document, url: string): ProfileReading {
  const page = pageKindOfUrl(url);
  if (page.kind !== 'profile') return readLinkedInProfile(doc, url);
  return readLinkedInProfile(parseHtml(copyProfilePage(doc, page.slug).html), url);
}

function expectSameReading(doc: Document, url: string): void {
  const whole = readLinkedInProfile(doc, url);
  expect(readCopy(doc, url)).toEqual(whole);
}

describe('reading the copy reads the same as reading the page', () => {
  it.each(FIXTURES)('%s', (file, { url, expected }) => {
    expect(readCopy(parse(fixtureHtml(file)), url)).toEqual(expected);
  });

  it.each(FIXTURES)('%s as served, with whitespace, comments, tracking attributes and other addresses', (file, { url }) => {
    const html = fixtureHtml(file);
    fc.assert(
      fc.property(variationsArbitrary, ({ variations, seed, url: choice }) => {
        const doc = parse(html);
        for (const variation of variations) applyVariation(doc, variation, seed);
        expectSameReading(doc, variedUrl(url, choice));
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  // The era readers behind the more stable anchors, and the fallbacks behind the eras.
  const WITHOUT = ['code', 'a[href*="contact-info"]', 'script[type="application/ld+json"]', 'h1, h2', 'main', 'meta', 'title'];
  it.each(FIXTURES)('%s without some of its anchors', (file, { url }) => {
    const html = fixtureHtml(file);
    fc.assert(
      fc.property(fc.subarray(WITHOUT), (removed) => {
        const doc = parse(html);
        for (const selector of removed) doc.querySelectorAll(selector).forEach((element) => element.replaceWith(...element.childNodes));
        expectSameReading(doc, url);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('on damaged pages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.oneof(fc.constantFrom(...HOSTILE_SAMPLES), fc.string()), { maxLength: 6 }),
        ([file, { url }], removals, texts) => {
          const doc = parse(fixtureHtml(file));
          damagePage(doc, removals, texts);
          expectSameReading(doc, url);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it.each(Object.keys(REAL_SIZE_PROFILES))('on the real-size page "%s", copying a small part of it', (name) => {
    const html = realSizeProfile(name);
    const { url } = REAL_SIZE_PROFILES[name as keyof typeof REAL_SIZE_PROFILES];
    const doc = parse(html);
    const reading = readLinkedInProfile(doc, url);
    expect(reading.kind).toBe('profile');
    expect(readCopy(doc, url)).toEqual(reading);
    const page = pageKindOfUrl(url);
    if (page.kind === 'profile') expect(copyProfilePage(doc, page.slug).html.length).toBeLessThan(html.length / 10);
  }, 60_000);
});

describe('showsProfile', () => {
  const PRIYA = 'priya-raghunathan-8841b2';
  const logged2024 = () => parse(fixtureHtml('profile-2024-logged-in.html'));

  it('is true for the top card around this profile’s contact-info link', () => {
    expect(copyProfilePage(logged2024(), PRIYA).showsProfile).toBe(true);
  });

  it('is false while the page still shows another profile’s top card', () => {
    expect(copyProfilePage(logged2024(), 'someone-else').showsProfile).toBe(false);
  });

  it('is true for a guest page’s top card without contact-info link', () => {
    const guest = parse(fixtureHtml('profile-2016-guest.html'));
    expect(copyProfilePage(guest, 'aiko-tanaka-4b2a1c').showsProfile).toBe(true);
  });

  it('is false for a page without any top card', () => {
    expect(copyProfilePage(parse('<title>LinkedIn</title><main><p>Loading</p></main>'), PRIYA).showsProfile).toBe(false);
  });
});
