import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { callBackground } from '../messaging/client';
import type { PageContext } from '../messaging/page-context';
import type { DisplayPlace } from '../display/display-place';
import { isPageCopy, type PageReport, type SiteAdapter } from './site-adapter';
import { answerBackgroundCommands } from './background-commands';
import { SidebarFrame } from './sidebar-frame';
import { firstSidebarSetup } from './sidebar-setup';

/**
 * The whole content script: read the page, tell the background, show or hide the sidebar,
 * and follow single-page navigation. Never lets an error reach the host page.
 * Where the user chose the browser's side panel, it only reads: no element, style or frame enters the page.
 */
export function runSiteSession(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  // The background answers every page report with the frame's setup: one message at load, not two.
  const { setup, answered } = firstSidebarSetup(adapter.site);
  const frame = new SidebarFrame(document, adapter.headerHeight, setup);
  let lastReported = '';
  let personShown = false;
  /** Unknown until read: nothing is added before the choice is known. */
  let place: DisplayPlace | undefined;
  let watcher: AbortController | undefined;

  const placeFrame = () => {
    if (personShown && place === 'page') void frame.show().catch(() => undefined);
    else frame.hide();
  };

  /** Counts reports: only the latest one's answer decides whether a person is shown. */
  let reports = 0;
  const show = (report: number, context: PageContext) => {
    if (report !== reports) return;
    personShown = context.kind !== 'none';
    placeFrame();
  };

  /** `seen` is what a watcher already found; otherwise the page is read now. */
  const update = (seen?: PageReport) => {
    let report: PageReport;
    try {
      report = seen ?? adapter.read(document, location.href);
    } catch {
      report = { site: adapter.site, kind: 'none', url: location.href, reason: 'unreadable' };
    }
    const serialised = isPageCopy(report) ? `${report.url}\n${report.html}` : JSON.stringify(report);
    if (serialised === lastReported) return;
    lastReported = serialised;
    const current = ++reports;
    if (isPageCopy(report)) {
      // The background reads the copy and says what it shows; without an answer, the URL does.
      const answer = callBackground('page.copy', { url: report.url, html: report.html });
      answered(answer.then(({ setup }) => setup));
      answer.then(
        ({ context }) => show(current, context),
        () => show(current, report.fallback),
      );
      return;
    }
    const answer = callBackground('page.context', report);
    answered(answer);
    answer.catch(() => undefined);
    show(current, report);
  };

  const watch = () => {
    watcher?.abort();
    watcher = new AbortController();
    try {
      adapter.watch(document, update, watcher.signal);
    } catch {
      // A site that changed beyond recognition still gets URL-based updates.
    }
  };

  // The Navigation API announces a navigation before the URL is committed: read once it is.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      update();
      watch();
    }, 0);
  });
  void setup.then(
    (stored) => {
      place ??= stored.place;
      placeFrame();
    },
    () => undefined,
  );
  ctx.onInvalidated(() => {
    watcher?.abort();
    frame.hide();
  });

  answerBackgroundCommands(adapter, () => ctx.isInvalid, {
    onPlaces: (places) => {
      place = places[adapter.site];
      placeFrame();
    },
  });

  update();
  watch();
}
