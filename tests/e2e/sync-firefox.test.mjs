// Sync in Firefox ESR: the Firefox build connects through the options page's labelled fields to PouchDB Server on
// 127.0.0.1, a contact it stores reaches a Chromium profile on the same database, and one made there arrives here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxSidebarOf, startRapportInFirefox, waitForSidebarText } from './firefox.mjs';
import { assertNoOffSiteRequests, startRapport, waitUntil } from './harness.mjs';
import { MEMBERS, startSyncServer } from './sync-server.mjs';

const [ANNA_USER, BEN_USER] = MEMBERS;
const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
let server;
let firefox;
let chromium;

before(async () => {
  server = await startSyncServer();
  firefox = await startRapportInFirefox({ pages: { [ANNA]: 'demo/linkedin-anna.html' }, allowedOrigins: [server.origin] });
  chromium = await startRapport({ allowedOrigins: [server.origin] });
});
after(async () => {
  if (firefox) assert.deepEqual(firefox.offSite, [], 'nothing may reach the network');
  if (chromium) assertNoOffSiteRequests(chromium, assert);
  await Promise.all([firefox?.close(), chromium?.close()]);
  await server?.close();
});

/** Types into the field a visible label names (React's ids need escaping, so the label is followed). */
async function fill(page, label, value) {
  const id = await page.evaluate((text) => [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text)?.htmlFor, label);
  assert.ok(id, `a field labelled ${label}`);
  const field = await page.$(`[id="${id}"]`);
  await field.click({ count: 3 });
  await field.type(value);
}

async function clickButton(page, name) {
  const clicked = await page.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text && !candidate.disabled);
    button?.click();
    return Boolean(button);
  }, name);
  assert.ok(clicked, `an enabled button ${name}`);
}

const shown = (page, selector) => page.evaluate((css) => document.querySelector(css)?.textContent ?? '', selector);

test('Firefox: connects through the labelled fields, and contacts sync both ways with a Chromium profile', async () => {
  // Stored in Firefox through the sidebar before connecting: Connect sends what the device already holds.
  const linkedin = await firefox.newPage();
  await linkedin.goto(ANNA);
  await waitForSidebarText(linkedin, 'Add to Rapport');
  await (await (await firefoxSidebarOf(linkedin)).waitForSelector('::-p-text(Add to Rapport)')).click();
  await waitForSidebarText(linkedin, 'Last contact');

  // WebDriver may not send a tab to an extension page, but an extension page may go to another: the sidebar's
  // frame becomes the options page.
  const frame = await firefoxSidebarOf(linkedin);
  await frame.evaluate(() => {
    location.href = `${location.protocol}//${location.host}/options.html#sync`;
  });
  const options = await waitUntil(
    async () => {
      for (const candidate of linkedin.frames()) {
        // The form comes once the page knows there is no connection yet (a round trip after the status line).
        const ready = await candidate
          .evaluate(() => location.pathname === '/options.html' && [...document.querySelectorAll('label')].some((label) => label.textContent?.trim() === 'Server address'))
          .catch(() => false);
        if (ready) return candidate;
      }
      return undefined;
    },
    { timeout: 10_000, message: 'the options page in the frame' },
  );
  await fill(options, 'Server address', server.databaseUrl);
  await fill(options, 'User name', ANNA_USER.name);
  await fill(options, 'Password', ANNA_USER.password);
  await clickButton(options, 'Connect');
  await waitUntil(async () => /Connected, up to date/.test(await shown(options, '[data-testid="sync-status"]')), {
    timeout: 30_000,
    message: 'Firefox to connect',
  });

  await chromium.call('sync.connect', { url: server.databaseUrl, username: BEN_USER.name, password: BEN_USER.password, create: false });
  const chromiumPage = await chromium.context.newPage();
  await chromiumPage.goto(chromium.extensionUrl('options.html#sync'));
  const arrived = await waitUntil(() => chromium.call('contact.lookup', { linkedinSlug: 'anna-mueller-demo' }), {
    timeout: 30_000,
    interval: 200,
    message: 'the contact from Firefox to reach Chromium',
  });
  assert.equal(arrived.contact.displayName, 'Anna Müller');

  // Made in Chromium, shown in Firefox's contact list, which reads again whenever the background announces a change.
  await chromium.call('contact.add', { displayName: 'Clara Schmidt', emails: ['clara@example.org'] });
  await options.evaluate(() => {
    location.hash = '#contacts';
  });
  await waitUntil(async () => (await options.evaluate(() => document.body.innerText)).includes('Clara Schmidt'), {
    timeout: 30_000,
    interval: 100,
    message: 'the contact from Chromium to reach Firefox',
  });
  const docs = JSON.stringify(await server.allDocs());
  for (const secret of [ANNA_USER.password, BEN_USER.password]) assert.ok(!docs.includes(secret), 'no password in the synced data');
  await Promise.all([linkedin.close(), chromiumPage.close()]);
});
