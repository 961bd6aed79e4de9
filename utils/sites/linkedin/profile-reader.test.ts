// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDocument, fixtureJson } from '../../../tests/fixtures/linkedin/load-fixture';
import { readLinkedInProfile, type ProfileReading } from './profile-reader';

interface Expectation {
  url: string;
  expected: ProfileReading;
}

const EXPECTATIONS = fixtureJson<Record<string, Expectation>>('expected.json');
const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan-8841b2/';

function pageWith(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function remove(doc: Document, selector: string): Document {
  const found = doc.querySelectorAll(selector);
  expect(found.length).toBeGreaterThan(0);
  found.forEach((element) => element.remove());
  return doc;
}

function expectProfile(reading: ProfileReading): Extract<ProfileReading, { kind: 'profile' }> {
  if (reading.kind !== 'profile') throw new Error(`expected a profile, got ${JSON.stringify(reading)}`);
  return reading;
}

describe('readLinkedInProfile on each fixture', () => {
  it.each(Object.entries(EXPECTATIONS))('%s', (file, { url, expected }) => {
    expect(readLinkedInProfile(fixtureDocument(file), url)).toEqual(expected);
  });

  it('has an expectation for every page fixture', () => {
    expect(Object.keys(EXPECTATIONS)).toHaveLength(12);
  });
});

describe('each era is readable by its own selectors when the more stable anchors are missing', () => {
  it('2024 logged in, without structured data and contact-info link', () => {
    const doc = remove(remove(fixtureDocument('profile-2024-logged-in.html'), 'code'), 'a[href*="contact-info"]');
    expect(readLinkedInProfile(doc, PRIYA)).toMatchObject({
      strategy: 'topcard-2021-logged-in',
      name: 'Priya Raghunathan',
      headline: 'Senior Procurement Manager at Heliotrope Pharma | Supply chain resilience',
      company: 'Heliotrope Pharma',
      location: 'Munich, Bavaria, Germany',
    });
  });

  it('December 2025, without contact-info link', () => {
    const doc = remove(fixtureDocument('profile-2025-12-logged-in.html'), 'a[href*="contact-info"]');
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/kwame-mensah-b7/')).toMatchObject({
      strategy: 'topcard-2025-12',
      name: 'Kwame Mensah',
      company: 'Adinkra Capital Partners',
      location: 'Accra, Greater Accra Region, Ghana',
    });
  });

  it('February 2026 variant, without contact-info link', () => {
    const doc = remove(fixtureDocument('profile-2026-02-variant.html'), 'a[href*="contact-info"]');
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/zeynep-yildiz/')).toMatchObject({
      strategy: 'topcard-2026-02',
      name: 'Zeynep Yıldız',
      headline: 'Rechtsanwältin bei Kanzlei Brandt & Partner',
      company: 'Kanzlei Brandt & Partner',
      location: 'Frankfurt am Main, Hessen, Deutschland',
    });
  });

  it('March 2026 SDUI, without contact-info link', () => {
    const doc = remove(fixtureDocument('profile-2026-03-sdui.html'), 'a[href*="contact-info"]');
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/mariajose-fernandez-ortega/')).toMatchObject({
      strategy: 'topcard-2026-03-sdui',
      name: 'María José Fernández-Ortega',
      headline: 'VP Engineering at Solenne Robotics',
      company: 'Solenne Robotics',
      location: 'Madrid, Community of Madrid, Spain',
    });
  });

  it('2022-24 guest page, without JSON-LD', () => {
    const doc = remove(fixtureDocument('profile-2023-guest-jsonld.html'), 'script[type="application/ld+json"]');
    expect(readLinkedInProfile(doc, 'https://se.linkedin.com/in/%C3%A5sa-lindqvist-9a')).toMatchObject({
      strategy: 'topcard-2022-guest',
      name: 'Åsa Lindqvist',
      company: 'Fjällbacka Analytics AB',
      location: 'Göteborg, Västra Götalands län, Sverige',
      sources: { name: 'top-card', location: 'top-card' },
    });
  });

  it('only a logged-in <title>, behind a notification count', () => {
    const reading = readLinkedInProfile(pageWith('<title>(12) Anna Schmidt | LinkedIn</title>'), 'https://www.linkedin.com/in/anna-schmidt/');
    expect(reading).toEqual({
      kind: 'profile',
      slug: 'anna-schmidt',
      profileUrl: 'https://www.linkedin.com/in/anna-schmidt/',
      strategy: 'title',
      name: 'Anna Schmidt',
      sources: { name: 'title' },
    });
  });

  it('only a logged-out <title>', () => {
    const doc = pageWith('<title>Åsa Lindqvist - Chief Data Officer at Fjällbacka AB - Fjällbacka AB | LinkedIn</title>');
    expect(readLinkedInProfile(doc, 'https://se.linkedin.com/in/asa-l')).toMatchObject({
      strategy: 'title',
      name: 'Åsa Lindqvist',
      headline: 'Chief Data Officer at Fjällbacka AB',
      company: 'Fjällbacka AB',
      role: 'Chief Data Officer',
      sources: { name: 'title', headline: 'title', company: 'title', role: 'headline' },
    });
  });
});

describe('what the page states elsewhere, when no top card reader knows its markup', () => {
  const unknownLayout = (head: string, url = 'https://de.linkedin.com/in/juergenweiss/de') =>
    readLinkedInProfile(pageWith(`<head>${head}</head><body><main><div class="x9k">Jürgen</div></main></body>`), url);

  it('reads the profile meta tags of this slug', () => {
    const reading = unknownLayout(
      '<meta property="og:url" content="https://de.linkedin.com/in/juergenweiss"><meta property="profile:first_name" content="Jürgen">' +
        '<meta property="profile:last_name" content="Weiß"><meta property="og:title" content="Jürgen Weiß - Leiter Vertrieb bei Nordlicht - Nordlicht | LinkedIn">',
    );
    expect(reading).toMatchObject({ kind: 'profile', slug: 'juergenweiss', strategy: 'meta-tags', name: 'Jürgen Weiß', company: 'Nordlicht', role: 'Leiter Vertrieb' });
  });

  it('ignores meta tags about another profile', () => {
    const reading = unknownLayout('<link rel="canonical" href="https://www.linkedin.com/in/someone-else"><meta property="og:title" content="Someone Else | LinkedIn">');
    expect(reading).toEqual({ kind: 'unreadable', slug: 'juergenweiss', reason: 'nothing-matched' });
  });

  it('reads page-context JSON that the page wrapped in a comment', () => {
    const doc = fixtureDocument('profile-2024-logged-in.html');
    for (const code of doc.querySelectorAll('code')) code.replaceChildren(doc.createComment(code.textContent ?? ''));
    remove(doc, 'a[href*="contact-info"]');
    expect(readLinkedInProfile(doc, PRIYA)).toMatchObject({ strategy: 'bpr-code', name: 'Priya Raghunathan' });
  });
});

describe('the slug decides whose data is read', () => {
  it('ignores bpr-guid data of the previously viewed profile', () => {
    const doc = remove(fixtureDocument('profile-2024-logged-in.html'), '#bpr-guid-1003');
    const reading = expectProfile(readLinkedInProfile(doc, PRIYA));
    expect(reading.strategy).toBe('topcard-contact-info');
    expect(reading.name).toBe('Priya Raghunathan');
    expect(JSON.stringify(reading)).not.toMatch(/Lukas|Schneider|Rheinwerk|Tomás/u);
  });

  it('reads the structured data of the URL, and nothing from a top card that names someone else', () => {
    const reading = readLinkedInProfile(fixtureDocument('profile-2024-logged-in.html'), 'https://www.linkedin.com/in/lukas-schneider-7f3e21/');
    expect(reading).toEqual({
      kind: 'profile',
      slug: 'lukas-schneider-7f3e21',
      profileUrl: 'https://www.linkedin.com/in/lukas-schneider-7f3e21/',
      strategy: 'bpr-code',
      name: 'Lukas Schneider',
      headline: 'Werkstudent Data Engineering bei Rheinwerk Mobility',
      role: 'Werkstudent Data Engineering',
      company: 'Rheinwerk Mobility',
      sources: { name: 'structured-data', headline: 'structured-data', role: 'headline', company: 'headline' },
    });
  });

  it('reports a top card that still shows the previous profile as unreadable, not as the new person', () => {
    const reading = readLinkedInProfile(fixtureDocument('profile-2024-logged-in.html'), 'https://www.linkedin.com/in/someone-else-42/');
    expect(reading).toEqual({ kind: 'unreadable', slug: 'someone-else-42', reason: 'stale-top-card' });
  });

  it('does not trust a top card that disagrees with the title', () => {
    const doc = fixtureDocument('profile-2016-guest.html');
    doc.title = 'Kenji Mori | LinkedIn';
    const reading = readLinkedInProfile(doc, 'https://www.linkedin.com/in/aiko-tanaka-4b2a1c/');
    expect(reading).toEqual({ kind: 'unreadable', slug: 'aiko-tanaka-4b2a1c', reason: 'top-card-disagrees-with-title' });
  });

  it.each([
    ['profile-2026-03-sdui.html', 'https://www.linkedin.com/in/mariajose-fernandez-ortega/', 'Talks about #robotics, #leadership'],
    ['profile-2026-02-variant.html', 'https://www.linkedin.com/in/zeynep-yildiz/', 'Spricht über #arbeitsrecht und #compliance'],
  ])('does not take creator mode\u2019s topics line for the company (%s)', (fixture, url, topics) => {
    const expected = EXPECTATIONS[fixture]?.expected;
    const doc = fixtureDocument(fixture);
    const headline = [...doc.querySelectorAll('p, span')].find((element) => element.textContent === (expected?.kind === 'profile' && expected.headline));
    if (!headline) throw new Error('no headline line in the fixture');
    headline.after(Object.assign(doc.createElement(headline.tagName), { textContent: topics }));
    expect(readLinkedInProfile(doc, url)).toEqual(expected);
  });

  it('uses the title to pick the name among several headings of the card', () => {
    const doc = fixtureDocument('profile-2026-03-sdui.html');
    const card = doc.querySelector('section[componentkey$="Topcard"] > div:nth-child(2)');
    card?.prepend(Object.assign(doc.createElement('h2'), { textContent: 'Profile' }));
    expect(readLinkedInProfile(doc, 'https://www.linkedin.com/in/mariajose-fernandez-ortega/')).toMatchObject({
      strategy: 'topcard-contact-info',
      name: 'María José Fernández-Ortega',
    });
  });
});

describe('pages that are not a profile', () => {
  it.each([
    ['https://www.linkedin.com/authwall?trk=bf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fanna%2F', 'authwall'],
    ['https://www.linkedin.com/login?session_redirect=%2Fin%2Fanna%2F', 'authwall'],
    ['https://www.linkedin.com/company/nordlicht-logistik/about/', 'company'],
    ['https://www.linkedin.com/in/priya-raghunathan-8841b2/recent-activity/all/', 'other-page'],
    ['https://www.linkedin.com/in/ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx', 'other-page'],
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'other-page'],
    ['https://www.linkedin.com/search/results/people/?keywords=anna', 'other-page'],
    ['https://example.com/in/anna/', 'other-page'],
    ['not a url', 'other-page'],
  ])('%s -> %s, whatever the page shows', (url, reason) => {
    expect(readLinkedInProfile(fixtureDocument('profile-2024-logged-in.html'), url)).toEqual({ kind: 'not-a-profile', reason });
  });

  it('reads a guest profile as a profile although it carries sign-in forms', () => {
    const doc = fixtureDocument('profile-2023-guest-jsonld.html');
    doc.body.append(Object.assign(doc.createElement('div'), { className: 'authwall-join-form' }));
    expect(readLinkedInProfile(doc, 'https://se.linkedin.com/in/%C3%A5sa-lindqvist-9a')).toMatchObject({ kind: 'profile', name: 'Åsa Lindqvist' });
  });

  it('does not read the authwall title "Sign Up" as a name', () => {
    const reading = readLinkedInProfile(fixtureDocument('authwall.html'), PRIYA);
    expect(reading).not.toHaveProperty('name');
  });

  it('calls an empty page at a profile URL unreadable', () => {
    expect(readLinkedInProfile(pageWith(''), PRIYA)).toEqual({ kind: 'unreadable', slug: 'priya-raghunathan-8841b2', reason: 'nothing-matched' });
  });
});

describe('never throws', () => {
  it('skips a strategy that throws and carries on with the next', () => {
    const doc = fixtureDocument('profile-2024-logged-in.html');
    const byTagName = doc.getElementsByTagName.bind(doc);
    vi.spyOn(doc, 'getElementsByTagName').mockImplementation((tag: string) => {
      if (tag === 'code') throw new Error('boom');
      return byTagName(tag);
    });
    expect(readLinkedInProfile(doc, PRIYA)).toMatchObject({ strategy: 'topcard-contact-info', name: 'Priya Raghunathan' });
  });

  it('degrades to unreadable on a document that throws everywhere', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as Document;
    expect(readLinkedInProfile(hostile, PRIYA)).toMatchObject({ kind: 'unreadable', slug: 'priya-raghunathan-8841b2' });
  });
});

describe('hostile names', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, '__pwned');
  });

  it('reads markup-like text as plain text, without creating elements or running anything', () => {
    const doc = fixtureDocument('profile-hostile-name.html');
    const imagesBefore = doc.querySelectorAll('img').length;
    const createElement = vi.spyOn(doc, 'createElement');
    const reading = expectProfile(readLinkedInProfile(doc, 'https://www.linkedin.com/in/hostile-test-1/'));

    expect(reading.name).toContain('<img src=x onerror=window.__pwned=1>');
    expect(reading.name).not.toMatch(/[\u202E\u200B]/u);
    expect(reading.headline?.startsWith('<script>window.__pwned=2</script> Привет мир')).toBe(true);
    expect(reading.headline).toHaveLength(300);
    expect(reading.location).toBe('Zürich, Schweiz');
    expect(createElement).not.toHaveBeenCalled();
    expect(doc.querySelectorAll('img')).toHaveLength(imagesBefore);
    expect(Reflect.get(window, '__pwned')).toBeUndefined();
  });
});
