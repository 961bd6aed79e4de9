// `npm run demo`: builds Rapport and opens it in Chromium on demo LinkedIn and Gmail pages with sample data.
// Nothing is fetched from the real sites: every page is a local fixture served at the real address.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startRapport, sidebarOf } from '../tests/e2e/harness.mjs';
import { seedSampleData } from '../tests/e2e/sample-data.mjs';

const root = path.resolve(import.meta.dirname, '..');
const PROFILE = 'https://www.linkedin.com/in/anna-mueller-demo/';
const OTHER_PROFILE = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const THREAD = 'https://mail.google.com/mail/u/0/';

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) console.log('No display found: running headless and saving screenshots instead of opening a window.');

const rapport = await startRapport({
  headless,
  pages: {
    [PROFILE]: 'demo/linkedin-anna.html',
    [OTHER_PROFILE]: 'demo/linkedin-kenji.html',
    [THREAD]: 'demo/gmail-thread.html',
  },
});
await seedSampleData(rapport);

const linkedin = await rapport.context.newPage();
await linkedin.goto(PROFILE);
const gmail = await rapport.context.newPage();
await gmail.goto(`${THREAD}#inbox/FMfcgzQdemo`);

if (headless) {
  const out = path.join(root, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  for (const [name, page] of [['linkedin', linkedin], ['gmail', gmail]]) {
    const sidebar = await sidebarOf(page);
    await sidebar.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
  }
  console.log(`Screenshots saved in ${out}. Badge: "${await rapport.badge()}".`);
  await rapport.close();
} else {
  console.log('Rapport is running in the Chromium window. Close the window (or press Ctrl+C) to end the demo.');
  await new Promise((resolve) => {
    rapport.context.on('close', resolve);
    process.on('SIGINT', resolve);
  });
  await rapport.close();
}
