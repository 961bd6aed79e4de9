import type { NotAProfileReason } from './profile-reading';
import { isLinkedInProfilePath, parseProfileUrl, type ProfileUrl } from './profile-url';

export type PageKind = ({ kind: 'profile' } & ProfileUrl) | { kind: 'not-a-profile'; reason: NotAProfileReason };

const SIGN_IN_PATH = /^\/(?:authwall|login|signup|uas\/login|checkpoint)(?:[/?]|$)/u;
export const AUTHWALL_MARKERS = '.authwall-join-form, .authwall-sign-in-form, meta[name="pageKey"][content*="authwall"]';
export const NOT_FOUND_MARKER = 'h1.page-not-found__headline';

/** What a LinkedIn URL shows, as far as the URL alone can tell. */
export function pageKindOfUrl(url: string): PageKind {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return { kind: 'not-a-profile', reason: 'other-page' };
  }
  if (pathname.startsWith('/company/')) return { kind: 'not-a-profile', reason: 'company' };
  if (SIGN_IN_PATH.test(pathname)) return { kind: 'not-a-profile', reason: 'authwall' };
  const profile = isLinkedInProfilePath(pathname) ? parseProfileUrl(url) : undefined;
  return profile ? { kind: 'profile', ...profile } : { kind: 'not-a-profile', reason: 'other-page' };
}

/** LinkedIn's "Profile not found" page, served at the profile's URL. */
export function isProfileNotFoundPage(doc: Document): boolean {
  return doc.querySelector(NOT_FOUND_MARKER) !== null;
}

/**
 * The sign-in wall served instead of a profile. Guest profiles carry sign-in modals as well, so only
 * ask this once no profile was found on the page.
 */
export function isAuthwallPage(doc: Document): boolean {
  return doc.querySelector(AUTHWALL_MARKERS) !== null;
}
