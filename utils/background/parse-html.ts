import { parseHTML } from 'linkedom';

/**
 * A page's markup as a `Document` for the site readers. The MV3 service worker has no `DOMParser`, and an
 * offscreen document would need one more permission: linkedom parses in the worker itself.
 */
export function parseHtml(html: string): Document {
  return parseHTML(html).document;
}
