// A reference for comparing builds: a copy of a build whose content scripts do nothing but add the sidebar's host,
// its frame (the same extension page) and the fold tab, in their first script. Run beside the real build by
// bench-compare-builds (a build named `frame-only`). Read its figure with care: CDP's ScriptDuration counts a frame
// added in a script's first run (here 8 to 11 ms on this machine), but Rapport adds its frame in the answer to its
// message to the background, which that metric does not count at all (Rapport with the frame and Rapport in the
// side panel, nothing added, measure within 1 ms of each other).
import { copyBuildWithContentScripts } from './build-copy.mjs';

const ADD_FRAME_ONLY = `(() => {
  const host = document.createElement('rapport-sidebar');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = ':host { all: initial; } .frame { position: fixed; right: 0; bottom: 0; width: 340px; border: 0; z-index: 2147483646; } .toggle { position: fixed; right: 340px; top: 60%; }';
  const frame = document.createElement('iframe');
  frame.className = 'frame';
  frame.style.top = '52px';
  frame.style.height = 'calc(100vh - 52px)';
  frame.src = chrome.runtime.getURL('/sidebar.html');
  const toggle = document.createElement('button');
  toggle.className = 'toggle';
  toggle.textContent = 'Rapport';
  root.append(style, frame, toggle);
  document.body.append(host);
})();
`;

/** Copies the build in `extensionDir` to a temporary folder with frame-only content scripts; returns its path. */
export function frameOnlyBuild(extensionDir) {
  return copyBuildWithContentScripts(extensionDir, 'frame-only', () => ADD_FRAME_ONLY);
}
