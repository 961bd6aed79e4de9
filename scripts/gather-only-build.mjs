// A reference for comparing builds: a copy of a build whose LinkedIn content script does only what any content
// script of Rapport must do on a profile, and none of the reading: find the top card (the contact-info link, back to
// the name heading), copy its markup and the head's metadata as text, report the profile to the background, listen
// for its commands, observe the top card and the body, follow in-page navigation. Run beside the real build by
// bench-compare-builds (a build named `gather-only`): the gap between the two is what interpreting the page in the
// content script costs, which a design that reads the copied markup on the extension's side would not pay on the host
// page's main thread. The report names the person from the title only; the copy goes nowhere.
import { copyBuildWithContentScripts } from './build-copy.mjs';

const GATHER_ONLY = `(() => {
  const slug = decodeURIComponent((/^\\/in\\/([^/]+)/.exec(new URL(location.href).pathname) ?? [])[1] ?? '').toLowerCase();
  const link = document.querySelector('a[href*="/overlay/contact-info"]');
  let heading;
  for (let node = link; node && !heading; ) {
    let previous = node.previousElementSibling;
    if (previous) {
      while (previous.lastElementChild) previous = previous.lastElementChild;
      node = previous;
    } else {
      node = node.parentElement;
      if (!node || node.tagName === 'MAIN' || node.tagName === 'BODY') break;
    }
    if (node.tagName === 'H1' || node.tagName === 'H2') heading = node;
  }
  let card;
  for (let ancestor = link?.parentElement; ancestor && heading && !card; ancestor = ancestor.parentElement) {
    if (ancestor !== heading && ancestor.contains(heading)) card = ancestor;
  }
  const copy = {
    title: document.title,
    card: card ? card.outerHTML : '',
    head: [...document.head.querySelectorAll('meta[property], meta[name], script[type="application/ld+json"]')].map((element) => element.outerHTML).join(''),
  };
  const name = document.title.split(' | ')[0].split(' - ')[0];
  const context = { site: 'linkedin', kind: 'profile', url: 'https://www.linkedin.com/in/' + slug + '/', slug, name, strategy: 'title' };
  chrome.runtime.sendMessage({ rapport: 1, type: 'page.context', input: context }, () => void chrome.runtime.lastError);
  chrome.runtime.onMessage.addListener(() => undefined);
  new MutationObserver(() => undefined).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
  new MutationObserver(() => undefined).observe(document.body, { childList: true });
  globalThis.navigation?.addEventListener('navigate', () => undefined);
  globalThis.rapportGatheredCharacters = copy.title.length + copy.card.length + copy.head.length;
})();
`;

/** Copies the build in `extensionDir` to a temporary folder whose LinkedIn content script only gathers; returns its path. */
export function gatherOnlyBuild(extensionDir) {
  return copyBuildWithContentScripts(extensionDir, 'gather-only', (file) => (file === 'linkedin.js' ? GATHER_ONLY : undefined));
}
