import { cleanFacts } from './facts';
import { readProfileTitle } from './page-title';
import type { StrategyReading } from './profile-reading';
import { parseProfileUrl } from './profile-url';

/**
 * What the page's own meta tags say, when they are about this profile (`og:url` or the canonical link names
 * the slug): `profile:first_name`/`profile:last_name`, else `og:title` read like a `<title>`. A fallback for
 * pages whose top card no era reader knows.
 */
export function readMetaTags(doc: Document, slug: string): StrategyReading | undefined {
  const content = (selector: string) => doc.head?.querySelector(selector)?.getAttribute('content') ?? undefined;
  const pageUrl = content('meta[property="og:url"]') ?? doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (!pageUrl || parseProfileUrl(pageUrl)?.slug !== slug) return undefined;
  const title = readProfileTitle(content('meta[property="og:title"]') ?? '');
  const givenAndFamily = [content('meta[property="profile:first_name"]'), content('meta[property="profile:last_name"]')].filter(Boolean).join(' ');
  const facts = cleanFacts({ ...title, name: givenAndFamily || title?.name });
  return facts && { strategy: 'meta-tags', source: 'structured-data', facts };
}
