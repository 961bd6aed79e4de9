// Every page and state of Rapport through axe, in both languages and both colour schemes; zero violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { welcomePageOf } from './browser.mjs';
import { axeViolations } from './axe.mjs';
import { sidebarOf, startRapport } from './harness.mjs';
import { seedSampleData } from './sample-data.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const GMAIL = 'https://mail.google.com/mail/u/0/';

for (const lang of ['en', 'de']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing on any page or state (${lang}, ${colorScheme})`, async () => {
      const rapport = await startRapport({
        lang,
        colorScheme,
        keepWelcome: true,
        pages: { [ANNA]: 'demo/linkedin-anna.html', [KENJI]: 'demo/linkedin-kenji.html', [GMAIL]: 'demo/gmail-thread.html' },
      });
      const found = {};
      const audit = async (label, target) => {
        const violations = await axeViolations(target);
        if (violations.length > 0) found[label] = violations;
      };
      try {
        const welcome = await welcomePageOf(rapport.context, rapport.extensionId);
        await welcome.locator('h2').waitFor();
        for (let step = 1; step <= 6; step += 1) {
          await audit(`welcome step ${step}`, welcome);
          if (step < 6) await welcome.locator('.welcome-actions button').last().click();
          await welcome.locator(`.welcome-steps li:nth-child(${Math.min(step + 1, 6)}) button[aria-current="step"]`).waitFor();
        }

        const popup = await rapport.context.newPage();
        await popup.goto(rapport.extensionUrl('popup.html'));
        await popup.locator('.get-started').waitFor();
        await audit('popup, get started', popup);

        await seedSampleData(rapport);
        await popup.reload();
        await popup.locator('.due-row').first().waitFor();
        await audit('popup, due list', popup);
        await popup.locator('.due-row button[aria-haspopup="dialog"]').first().click();
        await popup.locator('dialog[open] textarea').waitFor();
        await audit('popup, draft dialog', popup);
        await popup.keyboard.press('Escape');
        await popup.locator('.due-row button[aria-controls]').first().click();
        await popup.locator('.snooze-choices').first().waitFor();
        await audit('popup, snooze choices open', popup);

        const options = await rapport.context.newPage();
        for (const section of ['contacts', 'agreements', 'import', 'backup', 'settings', 'templates']) {
          await options.goto(rapport.extensionUrl(`options.html#${section}`));
          await options.locator('.options-body h2').first().waitFor();
          await options.waitForTimeout(150);
          await audit(`options, ${section}`, options);
        }
        await options.goto(rapport.extensionUrl('options.html#contacts'));
        await options.locator('.contact-row a').first().click();
        await options.locator('.contact-name, .options-body h2').first().waitFor();
        await options.waitForTimeout(150);
        await audit('options, contact page', options);

        const privacy = await rapport.context.newPage();
        await privacy.goto(rapport.extensionUrl('privacy.html'));
        await privacy.locator('h2').first().waitFor();
        await audit('privacy policy', privacy);

        const panel = await rapport.context.newPage();
        await panel.goto(rapport.extensionUrl('sidepanel.html'));
        await panel.locator('#root p').waitFor();
        await audit('side panel, nobody on the page', panel);

        const known = await rapport.context.newPage();
        await known.goto(ANNA);
        const sidebar = await sidebarOf(known);
        await sidebar.locator('#contact-name').waitFor();
        await audit('sidebar, a contact', sidebar);
        // Open unless the situation already opened it (an overdue follow-up suggests a draft).
        if ((await sidebar.locator('.draft-panel .disclosure').getAttribute('aria-expanded')) !== 'true') await sidebar.locator('.draft-panel .disclosure').click();
        await sidebar.locator('.draft-panel textarea').waitFor();
        await audit('sidebar, drafting', sidebar);

        const unknown = await rapport.context.newPage();
        await unknown.goto(KENJI);
        const unknownSidebar = await sidebarOf(unknown);
        await unknownSidebar.locator('h1').waitFor();
        await unknownSidebar.locator('button').first().waitFor();
        await audit('sidebar, someone not in Rapport', unknownSidebar);

        await options.bringToFront();
        await options.locator('.contact-header button.danger').click();
        await options.locator('.toast').waitFor();
        await audit('options, undo toast', options);
      } finally {
        await rapport.close();
      }
      assert.deepEqual(found, {}, `axe violations:\n${JSON.stringify(found, null, 2)}`);
    });
  }
}
