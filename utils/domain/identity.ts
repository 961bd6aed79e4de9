/** `Anna.Mueller@Example.COM ` -> `anna.mueller@example.com`; empty string when it is not an address. */
export function normaliseEmail(value: string): string {
  const email = value.normalize('NFC').trim().toLowerCase();
  return /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/u.test(email) ? email : '';
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
  return slug && !/[\s/?#]/.test(slug) && !/^\.{1,2}$/.test(slug) ? slug : undefined;
}

export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
