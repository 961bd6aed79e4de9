// @vitest-environment happy-dom
// Property tests of the page readers: every fixture as LinkedIn really serves it (generated variations) reads
// the same; names with credentials, former names and emoji are read as written; random damage never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureHtml, fixtureJson } from '../../../tests/fixtures/linkedin/load-fixture';
import { applyVariation, damagePage, variationsArbitrary, variedUrl } from '../../../tests/fixtures/linkedin/served-variations';
import { HOSTILE_SAMPLES } from '../../transfer/arbitraries.test-support';
import { readLinkedInProfile, type ProfileReading } from './profile-reader';

const EXPECTATIONS = fixtureJson<Record<string, { url: string; expected: ProfileReading }>>('expected.json');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const RUNS = { numRuns: 25 };

describe.each(Object.entries(EXPECTATIONS))('%s as served', (file, { url, expected }) => {
  it('reads the same facts with whitespace, comments, tracking attributes, commented JSON and other addresses', () => {
    const html = fixtureHtml(file);
    fc.assert(
      fc.property(variationsArbitrary, ({ variations, seed, url: choice }) => {
        const doc = parse(html);
        for (const variation of variations) applyVariation(doc, variation, seed);
        expect(readLinkedInProfile(doc, variedUrl(url, choice))).toEqual(expected);
      }),
      RUNS,
    );
  });
});

/** Profiles whose markup spells the name as the reading gives it (others write it with entities or in NFD on purpose). */
const NAMED_IN_THE_PAGE = Object.entries(EXPECTATIONS).filter(
  ([file, { expected }]) => expected.kind === 'profile' && fixtureHtml(file).includes(`>${expected.name}<`),
);

const credentialedName = fc
  .record({
    given: fc.constantFrom('Anna', 'Jürgen', 'Åsa', 'Zeynep', 'María José', 'Chidi', '田中'),
    family: fc.constantFrom('Müller', 'Weiß', "O'Neil", 'Nakamura-Schmidt', 'Okafor', '愛子'),
    before: fc.constantFrom('', 'Dr. ', 'Prof. Dr. ', 'Dipl.-Ing. ', '🚀 '),
    after: fc.constantFrom('', ', MBA', ' MBA, PMP', ' (geb. Schneider)', ' 🌍', ' ✨ CFA', ' (formerly Becker)'),
  })
  .map(({ given, family, before, after }) => `${before}${given} ${family}${after}`);

describe('names as people write them', () => {
  it.each(NAMED_IN_THE_PAGE)('%s names the person with credentials, a former name or emoji', (file, { url, expected }) => {
    if (expected.kind !== 'profile') return;
    const html = fixtureHtml(file);
    fc.assert(
      fc.property(credentialedName, (name) => {
        const doc = parse(html.split(expected.name).join(name.replace(/&/g, '&amp;').replace(/</g, '&lt;')));
        doc.querySelectorAll('code, script[type="application/ld+json"]').forEach((element) => element.remove());
        const reading = readLinkedInProfile(doc, url);
        expect(reading.kind).toBe('profile');
        if (reading.kind === 'profile') expect(reading.name).toBe(name);
      }),
      RUNS,
    );
  });
});

describe('damaged pages', () => {
  const files = Object.keys(EXPECTATIONS);
  it('never throw and never report an exception, whatever is removed or written into them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.oneof(fc.constantFrom(...HOSTILE_SAMPLES), fc.string()), { maxLength: 6 }),
        (file, removals, texts) => {
          const doc = parse(fixtureHtml(file));
          damagePage(doc, removals, texts);
          const reading = readLinkedInProfile(doc, EXPECTATIONS[file]?.url ?? '');
          expect(reading.kind === 'unreadable' ? reading.reason : 'read').not.toBe('exception');
          if (reading.kind === 'profile') {
            expect(reading.name.trim()).not.toBe('');
            expect(reading.name.length).toBeLessThanOrEqual(200);
            // eslint-disable-next-line no-control-regex
            expect(reading.name).not.toMatch(/[\u0000-\u001f\u202e]/u);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
