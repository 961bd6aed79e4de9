// The built manifest is part of Rapport's privacy promise: any change to what it asks for must be deliberate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './browser.mjs';

const SITES = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];
const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

test('asks only for the permissions it uses', () => {
  assert.equal(manifest.manifest_version, 3);
  // sidePanel: Rapport in the browser's side panel, for users who want nothing added to the sites' pages.
  assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'sidePanel', 'storage', 'unlimitedStorage']);
  assert.deepEqual([...manifest.host_permissions].sort(), SITES);
  // The sync server's host, asked for on Connect (that one host only); nothing is granted at install.
  assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  assert.deepEqual(manifest.optional_permissions, ['notifications'], 'the daily reminder asks when the user turns it on');
  assert.equal(manifest.externally_connectable, undefined);
});

test('the side panel and the two keyboard commands are declared', () => {
  assert.deepEqual(manifest.side_panel, { default_path: 'sidepanel.html' });
  assert.deepEqual(Object.keys(manifest.commands).sort(), ['new-note', 'open-rapport']);
  for (const command of Object.values(manifest.commands)) assert.match(command.description, /^__MSG_panel\w+__$/);
});

test('content scripts run only on the two sites', () => {
  const matches = manifest.content_scripts.flatMap((script) => script.matches).sort();
  assert.deepEqual(matches, SITES);
});

test('only the sidebar page is web-accessible, only to the two sites, behind a per-session URL', () => {
  assert.deepEqual(manifest.web_accessible_resources, [
    { resources: ['sidebar.html'], matches: SITES, use_dynamic_url: true },
  ]);
});

test('no remote code and no eval in the content security policy or the output', () => {
  const csp = JSON.stringify(manifest.content_security_policy ?? {});
  assert.doesNotMatch(csp, /unsafe-eval|https?:/);
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(js|html)$/.test(name)) files.push(file);
    }
  };
  walk(EXTENSION_DIR);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /\beval\(|new Function\(/, `${path.basename(file)} must not evaluate strings`);
    assert.doesNotMatch(code, /<script[^>]+src=["']https?:/i, `${path.basename(file)} must not load remote scripts`);
  }
});
