// `npm run release`: builds both browsers, lints the Firefox build with Mozilla's linter, zips the Chrome and
// Firefox builds and the sources (AMO asks for them), and prints the sizes. Stops at the first failure.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, process.env.RAPPORT_OUT_DIR ?? '.output');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

console.log('Zipping the Chrome build…');
run(bin('wxt'), ['zip']);
console.log('Zipping the Firefox build and the sources…');
run(bin('wxt'), ['zip', '-b', 'firefox']);

console.log('Linting the Firefox build (web-ext lint)…');
let report;
try {
  report = JSON.parse(execFileSync(bin('web-ext'), ['lint', '--source-dir', path.join(outDir, 'firefox-mv2'), '--output=json'], { cwd: root, encoding: 'utf8' }));
} catch (error) {
  report = JSON.parse(error.stdout);
}
for (const { code, file, message } of [...report.errors, ...report.warnings]) console.log(`  ${code}${file ? ` in ${file}` : ''}: ${message}`);
if (report.errors.length > 0) {
  console.error(`web-ext lint found ${report.errors.length} error(s): not ready for the stores.`);
  process.exit(1);
}
console.log(`web-ext lint: no errors, ${report.warnings.length} warning(s) (tests/e2e/firefox-lint.test.mjs lists the accepted ones).`);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log('\nRelease files:');
for (const name of readdirSync(outDir).filter((file) => file.endsWith('.zip')).sort()) {
  console.log(`  ${path.relative(root, path.join(outDir, name)).padEnd(44)} ${kib(statSync(path.join(outDir, name)).size).padStart(12)}`);
}
