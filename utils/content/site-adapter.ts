import type { PageContext } from '../messaging/page-context';
import type { DraftResult } from '../messaging/protocol';

export interface Draft {
  subject?: string;
  body: string;
  to?: string;
  /** Who the note is for, to find their conversation among several open ones. */
  recipient?: { names: string[]; linkedinSlug?: string };
}

/** Everything a content script knows about one site; the only place that touches its DOM. */
export interface SiteAdapter {
  site: 'linkedin' | 'gmail';
  /** Where the sidebar starts below the site's own header bar, in CSS pixels. */
  headerHeight: number;
  read(doc: Document, url: string): PageContext;
  /** Calls `onChange` with what the page shows when it changed without a URL change; narrow observers only. */
  watch(doc: Document, onChange: (context: PageContext) => void, signal: AbortSignal): void;
  putDraft(doc: Document, draft: Draft): DraftResult;
}
