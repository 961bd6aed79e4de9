import { parseHTML } from 'linkedom';

/**
 * A page's markup as a `Document` for the site readers. Chrome's MV3 service worker has no `DOMParser`, and an
 * offscreen document would need one more permission: linkedom parses in the worker itself. Firefox's background is an
 * event page with the browser's own parser; its build replaces linkedom by `linkedom-left-out.ts` (wxt.config.ts).
 */
export function parseHtml(html: string): Document {
  if (import.meta.env.FIREFOX) return new DOMParser().parseFromString(html, 'text/html');
  return parseHTML(html).document;
}
