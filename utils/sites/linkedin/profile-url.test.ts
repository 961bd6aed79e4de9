import { describe, expect, it } from 'vitest';
import { isLinkedInProfilePath, parseProfileUrl } from './profile-url';

describe('parseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/anna-mueller-123/', 'anna-mueller-123'],
    ['https://www.linkedin.com/in/anna-mueller-123', 'anna-mueller-123'],
    ['https://linkedin.com/in/Anna-Mueller-123/?trk=nav#experience', 'anna-mueller-123'],
    ['https://de.linkedin.com/in/juergenweiss', 'juergenweiss'],
    ['http://se.linkedin.com/in/%C3%85sa-Lindqvist-9A?trk=people', 'åsa-lindqvist-9a'],
    ['https://www.linkedin.com/in/a%CC%8Asa-lindqvist-9a/', 'åsa-lindqvist-9a'],
    ['https://www.linkedin.com/in/anna-mueller-123/overlay/contact-info/', 'anna-mueller-123'],
    ['https://www.linkedin.com/in/anna-mueller-123/details/experience/', 'anna-mueller-123'],
  ])('%s -> %s', (url, slug) => {
    expect(parseProfileUrl(url)?.slug).toBe(slug);
  });

  it('gives the canonical www URL with a trailing slash and no query', () => {
    expect(parseProfileUrl('https://se.linkedin.com/in/%C3%85sa-Lindqvist-9A?trk=x#top')?.canonicalUrl).toBe(
      'https://www.linkedin.com/in/%C3%A5sa-lindqvist-9a/',
    );
    expect(parseProfileUrl('https://de.linkedin.com/in/juergenweiss')?.canonicalUrl).toBe(
      'https://www.linkedin.com/in/juergenweiss/',
    );
  });

  it.each([
    'https://www.linkedin.com/company/nordlicht-logistik/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in//',
    'https://www.linkedin.com/in/ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://www.linkedin.com/in/anna%00/',
    'https://www.linkedin.com/in/anna%E2%80%AEreggum/',
    'https://evil-linkedin.com/in/anna/',
    'https://www.linkedin.com.evil.example/in/anna/',
    'https://business.linkedin.com/in/anna/',
    'javascript:alert(1)//linkedin.com/in/anna',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(parseProfileUrl(url)).toBeUndefined();
  });
});

describe('isLinkedInProfilePath', () => {
  it.each(['/in/anna', '/in/anna/', '/in/anna/overlay/contact-info/', '/in/%C3%A5sa/', '/in/juergenweiss/de', '/in/anna/pt-br/'])('%s is a profile page', (path) => {
    expect(isLinkedInProfilePath(path)).toBe(true);
  });

  it.each(['/in/', '/in/anna/recent-activity/all/', '/in/anna/details/experience/', '/company/acme/', '/feed/', '/in/ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx/'])(
    '%s is not',
    (path) => {
      expect(isLinkedInProfilePath(path)).toBe(false);
    },
  );
});
