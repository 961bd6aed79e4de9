// The browser's side panel in Chromium: opened the way a user does (the popup's button), read and clicked through
// another extension page (Playwright lists no page for a side panel; `chrome.extension.getViews` reaches it).
import { waitUntil } from './harness.mjs';

/** Keeps an extension tab open to reach the side panel; create it before the site tabs, so they can be active. */
export async function sidePanelControl(rapport) {
  const control = await rapport.context.newPage();
  await control.goto(rapport.extensionUrl('options.html'));
  // Each function finds the panel itself: extension pages may not evaluate strings, so no shared preamble.
  const inPanel = (fn, arg) => control.evaluate(fn, arg);
  const panel = {
    control,
    async isOpen() {
      return inPanel(() => chrome.extension.getViews().some((view) => view.location.pathname === '/sidepanel.html'));
    },
    /** Clicks "Open in the side panel" in the popup, as the user does (the browser allows it only in a click). */
    async open() {
      const popup = await rapport.context.newPage();
      await popup.goto(rapport.extensionUrl('popup.html'));
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Open in the side panel' }).click();
      await closed;
      await waitUntil(() => panel.isOpen(), { message: 'the side panel to open' });
    },
    async text() {
      const shown = await inPanel(() => chrome.extension.getViews().find((view) => view.location.pathname === '/sidepanel.html')?.document.body.innerText);
      if (shown === undefined) throw new Error('The side panel is not open.');
      return shown;
    },
    async waitForText(text, { timeout = 10_000 } = {}) {
      let shown = '';
      try {
        return await waitUntil(async () => {
          shown = await panel.text();
          return shown.includes(text) && shown;
        }, { timeout, message: text });
      } catch {
        throw new Error(`The side panel did not show "${text}"; it shows:\n${shown}`);
      }
    },
    /** Clicks the button whose text is `text` in the panel, once there is one. */
    async click(text) {
      const click = () =>
        inPanel((label) => {
          const view = chrome.extension.getViews().find((candidate) => candidate.location.pathname === '/sidepanel.html');
          const button = [...(view?.document.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent.trim() === label);
          button?.click();
          return Boolean(button);
        }, text);
      await waitUntil(click, { timeout: 5000, message: `a button "${text}" in the side panel` });
    },
    /** The value of the panel's field labelled `label`. */
    async fieldValue(label) {
      return inPanel((name) => {
          const view = chrome.extension.getViews().find((candidate) => candidate.location.pathname === '/sidepanel.html');
          const labelElement = [...view.document.querySelectorAll('label')].find((candidate) => candidate.textContent === name);
          return view.document.getElementById(labelElement?.htmlFor ?? '')?.value;
        }, label);
    },
  };
  return panel;
}

/** Where Rapport appears on each site, set as the options page does. */
export async function setDisplayPlaces(page, places) {
  await page.evaluate((value) => chrome.storage.local.set({ displayPlaces: value }), places);
}

/**
 * Runs in the page before anything else: records every change to the DOM once the page has loaded (the
 * content scripts run after that), so a test can tell whether anything was added to the page.
 */
export function recordDomChangesAfterLoad() {
  window.__changes = [];
  let loaded = false;
  const describe = (node) => (node.nodeType === 1 ? `<${node.localName}>` : `#${node.nodeName}`);
  const observer = new MutationObserver((records) => {
    if (!loaded) return;
    for (const record of records) {
      if (record.type === 'childList') for (const node of record.addedNodes) window.__changes.push(`added ${describe(node)} to ${describe(record.target)}`);
      else window.__changes.push(`${record.type} ${record.attributeName ?? ''} on ${describe(record.target)}`);
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // The parser's own insertions may be delivered after the document is ready: drop them there.
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    loaded = true;
  });
}
