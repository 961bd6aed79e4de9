/**
 * One polite live region per page, created before any text goes into it: screen readers announce reliably only
 * changes to a region that already existed. Status texts that appear with a new element (a toast, a row that
 * goes away, a step that finishes) are announced through it. The region sits in a closed shadow root: screen
 * readers hear it, but it is no second copy of the visible text for anything that searches the page's DOM.
 * `data-announced` on its host says what was said last.
 */
const HOST_ID = 'rapport-announcer';
const regions = new WeakMap<Document, HTMLElement>();

export function installAnnouncer(doc: Document = document): void {
  if (regions.has(doc)) return;
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  host.attachShadow({ mode: 'closed' }).append(region);
  doc.body.append(host);
  regions.set(doc, region);
}

let pending: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string, doc: Document = document): void {
  const region = regions.get(doc);
  const host = doc.getElementById(HOST_ID);
  if (!region || !host || !text) return;
  // Emptied first, then filled a moment later, so the same text twice is announced twice.
  region.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(() => {
    region.textContent = text;
    host.dataset.announced = text;
  }, 50);
}
