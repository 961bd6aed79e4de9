import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, fixture, navigateInPage, sidebarOf, startRapport } from './harness.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const FEED = 'https://www.linkedin.com/feed/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const DAY = 86_400_000;

let rapport;
before(async () => {
  rapport = await startRapport({
    pages: {
      [ANNA]: 'demo/linkedin-anna.html',
      [KENJI]: 'demo/linkedin-kenji.html',
      [FEED]: { html: '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>' },
      [GMAIL]: 'demo/gmail-thread.html',
    },
  });
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

test('on a LinkedIn profile the sidebar shows the person; "Add to Rapport" stores them for good', async () => {
  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Anna Müller' }).waitFor();
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByText('Last contact').waitFor();

  await page.reload();
  const reloaded = await sidebarOf(page);
  await reloaded.getByText('No contact logged yet').first().waitFor();
  assert.equal(await reloaded.getByRole('button', { name: 'Add to Rapport' }).count(), 0);
  const stored = await rapport.call('contact.lookup', { linkedinSlug: 'anna-mueller-demo' });
  assert.equal(stored.contact.displayName, 'Anna Müller');
  assert.equal(stored.contact.headline, 'Head of Marketing at Müller & Partner GmbH');
  await page.close();
});

test('a contact without a rhythm is offered the default rhythm from the settings in one click', async () => {
  await rapport.call('settings.save', { defaultCadence: { unit: 'months', count: 3 } });
  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByTestId('next-follow-up').getByText('No keep-in-touch rhythm').waitFor();
  await sidebar.getByRole('button', { name: 'Keep in touch: quarterly' }).click();
  await sidebar.getByTestId('next-follow-up').getByText('quarterly').waitFor();
  assert.deepEqual((await rapport.call('contact.lookup', { linkedinSlug: 'anna-mueller-demo' })).contact.cadence, { unit: 'months', count: 3 });
  assert.equal(await sidebar.getByRole('button', { name: /^Keep in touch:/ }).count(), 0, 'offered only while there is no rhythm');

  // With no open agreements, a quieter between-projects rhythm schedules her, and the card says which one.
  await rapport.call('settings.save', { betweenProjectsCadence: { unit: 'months', count: 6 } });
  await sidebar.getByTestId('next-follow-up').getByText('twice a year (between projects)').waitFor();
  await rapport.call('settings.save', { betweenProjectsCadence: null });
  await sidebar.getByTestId('next-follow-up').getByText(/· quarterly$/).waitFor();
  await page.close();
});

test('single-page navigation to another profile switches the sidebar to that person', async () => {
  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Anna Müller' }).waitFor();
  await navigateInPage(page, KENJI, fixture('demo/linkedin-kenji.html'));
  await sidebar.getByRole('heading', { name: 'Kenji Watanabe' }).waitFor({ timeout: 2000 });
  assert.equal(await sidebar.getByText('Anna Müller').count(), 0, "the previous person's data is gone");
  await page.close();
});

test('no sidebar on pages that are not about a person', async () => {
  const page = await rapport.context.newPage();
  await page.goto(FEED);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('rapport-sidebar').count(), 0);
  await page.close();
});

test('in a Gmail conversation the sidebar shows the other person, never the signed-in user', async () => {
  const page = await rapport.context.newPage();
  await page.goto(`${GMAIL}#inbox/FMfcgzQdemo`);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Anna Müller' }).waitFor();
  assert.equal(await sidebar.getByText('lena.vogt@example.com').count(), 0);
  await page.close();
});

test('the host page can neither read the sidebar nor see Rapport in its own storage', async () => {
  for (const url of [ANNA, `${GMAIL}#inbox/FMfcgzQdemo`]) {
    const page = await rapport.context.newPage();
    await page.goto(url);
    await sidebarOf(page);
    const seen = await page.evaluate(async () => ({
      frameDocument: document.querySelector('rapport-sidebar')?.shadowRoot?.querySelector('iframe')?.contentDocument ?? null,
      databases: (await indexedDB.databases()).map((db) => db.name),
    }));
    assert.equal(seen.frameDocument, null);
    assert.deepEqual(seen.databases, []);
    await page.close();
  }
});

test('an overdue contact lights the badge; logging contact clears it', async () => {
  const contact = await rapport.call('contact.add', {
    displayName: 'Jonas Becker',
    emails: ['jonas@example.org'],
    cadence: { unit: 'days', count: 30 },
  });
  await rapport.call('interaction.log', { contactId: contact.id, at: Date.now() - 40 * DAY, channel: 'meeting', direction: 'mutual' });
  await waitForBadge('1');
  await rapport.call('interaction.log', { contactId: contact.id, at: Date.now(), channel: 'call', direction: 'mutual' });
  await waitForBadge('');
});

async function waitForBadge(expected) {
  const deadline = Date.now() + 2000;
  let text;
  while (Date.now() < deadline) {
    text = await rapport.badge();
    if (text === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(text, expected, 'badge text');
}

test('the sidebar folds into a slim tab, by keyboard too, and stays folded across pages', async () => {
  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  await sidebarOf(page);
  const toggle = page.locator('rapport-sidebar button');
  const frame = page.locator('rapport-sidebar iframe');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await frame.isVisible(), false);
  const box = await toggle.boundingBox();
  assert.ok(box.width <= 32 && box.x + box.width >= 1279, 'a slim tab at the right edge');

  await page.reload();
  await page.locator('rapport-sidebar button[aria-expanded=false]').waitFor();
  assert.equal(await frame.count(), 0, 'a folded sidebar adds no frame to the page until unfolded');
  await page.locator('rapport-sidebar button').click();
  await frame.waitFor({ state: 'visible' });
  await (await sidebarOf(page)).getByRole('heading', { name: 'Anna Müller' }).waitFor();
  await page.close();
});
