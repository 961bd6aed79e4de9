// A temporary copy of a built extension with some content scripts replaced: the reference builds of
// bench-compare-builds (frame-only, gather-only) are made with it.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Copies `extensionDir`; `scriptFor(file)` gives the new text of each content script, or undefined to keep it. */
export function copyBuildWithContentScripts(extensionDir, name, scriptFor) {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), `rapport-${name}-`)), 'chrome-mv3');
  cpSync(extensionDir, copy, { recursive: true });
  const scripts = path.join(copy, 'content-scripts');
  for (const file of readdirSync(scripts)) {
    const text = file.endsWith('.js') ? scriptFor(file) : undefined;
    if (text !== undefined) writeFileSync(path.join(scripts, file), text);
  }
  return copy;
}
