// `npm run screenshots`: the store screenshots, 1280x800, in English and German, from the demo pages and sample
// data (invented people, local fixture pages at the real addresses; nothing is fetched). Needs a build first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { welcomePageOf } from '../tests/e2e/browser.mjs';
import { sidebarOf, startRapport } from '../tests/e2e/harness.mjs';
import { seedSampleData } from '../tests/e2e/sample-data.mjs';

const root = path.resolve(import.meta.dirname, '..');
const PROFILE = 'https://www.linkedin.com/in/anna-mueller-demo/';
const THREAD = 'https://mail.google.com/mail/u/0/';
const SIZE = { width: 1280, height: 800 };

for (const lang of ['en', 'de']) {
  const out = path.join(root, 'docs/store', lang);
  mkdirSync(out, { recursive: true });
  const rapport = await startRapport({ lang, keepWelcome: true, pages: { [PROFILE]: 'demo/linkedin-anna.html', [THREAD]: 'demo/gmail-thread.html' } });
  try {
    const shot = async (page, name) => {
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `${name}.png`) });
      console.log(`docs/store/${lang}/${name}.png`);
    };
    const welcome = await welcomePageOf(rapport.context, rapport.extensionId);
    await welcome.setViewportSize(SIZE);
    await welcome.locator('h2').waitFor();
    await seedSampleData(rapport);

    for (const [name, url] of [
      ['1-linkedin-sidebar', PROFILE],
      ['2-gmail-sidebar', `${THREAD}#inbox/FMfcgzQdemo`],
    ]) {
      const page = await rapport.context.newPage();
      await page.setViewportSize(SIZE);
      await page.goto(url);
      await (await sidebarOf(page)).locator('#contact-name').waitFor();
      await shot(page, name);
    }
    const options = await rapport.context.newPage();
    await options.setViewportSize(SIZE);
    await options.goto(rapport.extensionUrl('options.html#agreements'));
    await options.getByTestId('agreement-row').first().waitFor();
    await shot(options, '3-agreements');
    await welcome.bringToFront();
    await shot(welcome, '4-welcome');
  } finally {
    await rapport.close();
  }
}
