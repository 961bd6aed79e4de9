/** `Anna.Mueller@Example.COM ` -> `anna.mueller@example.com`; empty string when it is not an address. */
export function normaliseEmail(value: string): string {
  const email = value.normalize('NFC').trim().toLowerCase();
  return /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/u.test(email) ? email : '';
}

/**
 * What no decoded profile address holds: spaces, path and query marks, control characters and invisible formatting
 * (a `%00` or `%E2%80%AE` in a link or an export would otherwise become part of the slug, and of a name made from it).
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_A_SLUG = /[\s/?#\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** True for text that can be a LinkedIn slug once decoded. */
export function isSlugText(slug: string): boolean {
  return slug !== '' && !NOT_IN_A_SLUG.test(slug);
}

/** The slug of a LinkedIn profile URL or a bare slug, normalised; undefined when it is none. */
export function linkedinSlugFrom(value: string): string | undefined {
  const trimmed = value.trim();
  let path = trimmed;
  if (/^[a-z]+:\/\//i.test(trimmed) || trimmed.includes('linkedin.com')) {
    try {
      const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
      if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return undefined;
      path = url.pathname;
    } catch {
      return undefined;
    }
    const match = /^\/in\/([^/?#]+)/i.exec(path);
    if (!match?.[1]) return undefined;
    path = match[1];
  }
  let slug: string;
  try {
    slug = decodeURIComponent(path);
  } catch {
    slug = path;
  }
  slug = slug.normalize('NFC').trim().toLowerCase().replace(/\/+$/, '');
  // "." and ".." are URL dot-segments: /in/./ is no profile and would not survive a round trip through a URL.
  return isSlugText(slug) && !/^\.{1,2}$/.test(slug) ? slug : undefined;
}

export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
