/**
 * One polite live region per page, created before any text goes into it: screen readers announce reliably only
 * changes to a region that already existed. Status texts that appear with a new element (a toast, a row that
 * goes away, a step that finishes) are announced through it.
 */
const REGION_ID = 'rapport-announcer';

export function installAnnouncer(doc: Document = document): void {
  if (doc.getElementById(REGION_ID)) return;
  const region = doc.createElement('div');
  region.id = REGION_ID;
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.className = 'visually-hidden';
  doc.body.append(region);
}

let pending: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string, doc: Document = document): void {
  const region = doc.getElementById(REGION_ID);
  if (!region || !text) return;
  // Emptied first, then filled a moment later, so the same text twice is announced twice.
  region.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(() => {
    region.textContent = text;
  }, 50);
}
