import type { PageContext } from '../messaging/page-context';
import type { DraftResult } from '../messaging/protocol';

export interface Draft {
  subject?: string;
  body: string;
  to?: string;
  /** Who the note is for, to find their conversation among several open ones. */
  recipient?: { names: string[]; linkedinSlug?: string };
}

/** A page the background reads from a copy of its markup, with what to show when no answer comes. */
export interface PageCopy {
  url: string;
  html: string;
  fallback: PageContext;
}

/** What a content script tells the background about a page: what it read, or a copy for the background to read. */
export type PageReport = PageContext | PageCopy;

export function isPageCopy(report: PageReport): report is PageCopy {
  return 'html' in report;
}

/** Everything a content script knows about one site; the only place that touches its DOM. */
export interface SiteAdapter {
  site: 'linkedin' | 'gmail';
  /** Where the sidebar starts below the site's own header bar, in CSS pixels. */
  headerHeight: number;
  read(doc: Document, url: string): PageReport;
  /** Calls `onChange` with what the page shows when it changed without a URL change; narrow observers only. */
  watch(doc: Document, onChange: (report: PageReport) => void, signal: AbortSignal): void;
  putDraft(doc: Document, draft: Draft): DraftResult;
}
