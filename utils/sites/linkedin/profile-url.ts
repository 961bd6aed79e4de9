import { isSlugText, linkedinProfileUrl } from '../../domain/identity';

export interface ProfileUrl {
  /** Lower-case, percent-decoded, NFC: `åsa-lindqvist-9a`. */
  slug: string;
  /** `https://www.linkedin.com/in/<slug>/`, whatever host or query the page had. */
  canonicalUrl: string;
}

/** www, the bare domain and country hosts (`de.`, `se.`); not `mail.`, `business.` and the like. */
const PROFILE_HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;
const PROFILE_PATH = /^\/in\/([^/]+)(\/.*)?$/;
/**
 * What may follow the slug on the profile page itself: nothing, a modal opened over it, or (public pages of
 * 2014-2019) the language the profile is shown in: `/in/juergenweiss/de`, `/in/anna/pt-br/`.
 */
const PROFILE_PAGE_REST = /^\/?$|^\/overlay\/|^\/[a-z]{2}(?:-[a-z]{2})?\/?$/i;
/** `/in/ACoAA…` links (messaging, search) carry a member id, not the slug; LinkedIn redirects them. */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{20,}$/;

/** The profile a LinkedIn URL points into (`/in/<slug>/…`), or undefined. */
export function parseProfileUrl(url: string): ProfileUrl | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !PROFILE_HOST.test(parsed.hostname)) return undefined;
  const rawSlug = PROFILE_PATH.exec(parsed.pathname)?.[1];
  if (!rawSlug || MEMBER_ID.test(rawSlug)) return undefined;
  const slug = decodeSlug(rawSlug);
  return slug ? { slug, canonicalUrl: linkedinProfileUrl(slug) } : undefined;
}

/** True for the profile page itself (`/in/<slug>/`, also under an overlay), not its sub-pages. */
export function isLinkedInProfilePath(pathname: string): boolean {
  const [, rawSlug = '', rest = ''] = PROFILE_PATH.exec(pathname) ?? [];
  return rawSlug !== '' && !MEMBER_ID.test(rawSlug) && PROFILE_PAGE_REST.test(rest);
}

export interface ProfileLink {
  slug: string;
  pathname: string;
}

/** Where a link on the page points, when it points into a profile; `href` may be relative. */
export function readProfileLink(link: Element): ProfileLink | undefined {
  const url = parseUrl(link.getAttribute('href') ?? '', 'https://www.linkedin.com/');
  const profile = url && parseProfileUrl(url.href);
  return url && profile ? { slug: profile.slug, pathname: url.pathname } : undefined;
}

function parseUrl(url: string, base?: string): URL | undefined {
  try {
    const parsed = new URL(url.trim(), base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function decodeSlug(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const slug = decoded.normalize('NFC').trim().toLowerCase();
  return isSlugText(slug) ? slug : undefined;
}
