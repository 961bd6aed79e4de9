import { startFirstRead } from '../shared/first-read';
import { firstReadOf } from '../shared/page-first-reads';
import { preloadSection } from './sections';
import type { Route } from './shared/route';

/**
 * Called by the options page's entry before React mounts: for the views that read much (going cold, an
 * organisation) it takes over their read (begun in the page's first script, or begun now), so the database works
 * while the page's code is evaluated and rendered, and it loads the first route's section. React should mount when
 * the returned promise resolves (it never rejects): then the first render does not suspend.
 */
export function startFirstScreen(route: Route, hash: string): Promise<void> {
  const first = firstReadOf('options', hash);
  if (first) startFirstRead(first.key, first.read);
  return preloadSection(route);
}
