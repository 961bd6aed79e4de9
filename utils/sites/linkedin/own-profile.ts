import { parseProfileUrl } from './profile-url';

/** The slug of "my LinkedIn profile" as the user gives it: the profile's address, or the slug alone. */
export function ownProfileSlug(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  const fromUrl = parseProfileUrl(/^(https?:)?\/\//i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`);
  if (fromUrl) return fromUrl.slug;
  return /^[\p{L}\p{N}_-]{2,100}$/u.test(trimmed) ? trimmed.toLowerCase() : undefined;
}
