import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, sidebarOf, startRapport } from './harness.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
let rapport;
before(async () => {
  rapport = await startRapport({ lang: 'de', pages: { [ANNA]: 'demo/linkedin-anna.html' } });
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

test('with a German browser the sidebar speaks German', async () => {
  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('button', { name: 'Zu Rapport hinzufügen' }).click();
  await sidebar.getByText('Letzter Kontakt').waitFor();
  assert.equal(await sidebar.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.locator('rapport-sidebar').evaluate((host) => host.shadowRoot.querySelector('button').getAttribute('aria-label')), 'Rapport ausblenden');
});
