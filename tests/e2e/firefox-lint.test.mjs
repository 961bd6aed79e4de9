// Mozilla's linter on the Firefox build: no errors, and no warning beyond React's own innerHTML setter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const firefoxDir = path.join(root, process.env.RAPPORT_OUT_DIR ?? '.output', 'firefox-mv2');
// react-dom assigns innerHTML only for dangerouslySetInnerHTML, which Rapport never uses (eslint forbids it).
const ACCEPTED = new Set(['UNSAFE_VAR_ASSIGNMENT']);

test('web-ext lint passes on the Firefox build', () => {
  assert.ok(existsSync(path.join(firefoxDir, 'manifest.json')), `no Firefox build in ${firefoxDir}: run \`npm run build:firefox\``);
  let output;
  try {
    output = execFileSync(path.join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', firefoxDir, '--output=json'], { encoding: 'utf8' });
  } catch (error) {
    output = error.stdout;
  }
  const report = JSON.parse(output);
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message}`), []);
  const unexpected = report.warnings.filter((warning) => !ACCEPTED.has(warning.code) || !/react|mount|chunks/.test(warning.file ?? ''));
  assert.deepEqual(unexpected.map((w) => `${w.code} in ${w.file}: ${w.message}`), []);
});

test('the Firefox manifest: own id, no data collection, a Firefox with the Navigation API, the same narrow access', async () => {
  const manifest = JSON.parse(await readFile(path.join(firefoxDir, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.browser_specific_settings, {
    gecko: { id: 'rapport@rapport.invalid', strict_min_version: '147.0', data_collection_permissions: { required: ['none'] } },
  });
  assert.deepEqual(manifest.permissions, ['storage', 'alarms', 'unlimitedStorage', 'https://mail.google.com/*', 'https://www.linkedin.com/*']);
  assert.deepEqual(manifest.optional_permissions, ['notifications', 'https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  assert.deepEqual(manifest.web_accessible_resources, ['sidebar.html']);
  assert.equal(manifest.externally_connectable, undefined);
});
