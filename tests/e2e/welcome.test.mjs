// The first run: the welcome page opens on install, each step saves or is skipped, and the popup's "get started".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { welcomePageOf } from './browser.mjs';
import { assertNoOffSiteRequests, sidebarOf, startRapport } from './harness.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';

async function withFreshInstall(options, run) {
  const rapport = await startRapport({ keepWelcome: true, ...options });
  try {
    const welcome = await welcomePageOf(rapport.context, rapport.extensionId);
    assert.ok(welcome, 'the welcome page opened on install');
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    await run(rapport, welcome);
    assertNoOffSiteRequests(rapport, assert);
  } finally {
    await rapport.close();
  }
}

const displayPlaces = (page) => page.evaluate(async () => (await chrome.storage.local.get('displayPlaces')).displayPlaces);

test('installing opens the welcome page; clicking through with the defaults lands them in the settings', async () => {
  await withFreshInstall({}, async (rapport, welcome) => {
    await welcome.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
    const started = Date.now();
    for (const step of ['1. Language', '2. You', '3. Rhythm', '4. Where Rapport appears', '5. Your network']) {
      await welcome.locator('button[aria-current="step"]', { hasText: step }).waitFor();
      await welcome.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await welcome.getByRole('heading', { name: 'You are ready' }).waitFor();
    assert.ok(Date.now() - started < 10_000, 'clicking through takes seconds');
    // Focus follows the step: it is on the new step's heading, never lost to <body>.
    assert.equal(await welcome.evaluate(() => document.activeElement?.id), 'welcome-step-title');
    const settings = await rapport.call('settings.get', {});
    assert.equal(settings.defaultLanguage, 'en', 'the language of the browser');
    assert.equal(settings.defaultFormality, 'sie');
    assert.deepEqual(settings.defaultCadence, { unit: 'months', count: 1 });
    assert.deepEqual(settings.ownEmails, []);
    assert.deepEqual(await displayPlaces(welcome), { linkedin: 'page', gmail: 'page' });
    const sync = welcome.getByRole('link', { name: 'Set up sync' });
    assert.match(await sync.getAttribute('href'), /\/options\.html#(sync|settings)$/);
  });
});

test('what the user enters lands in the settings; a skipped step changes nothing; their own profile is never a contact', async () => {
  await withFreshInstall({ pages: { [ANNA]: 'demo/linkedin-anna.html', [KENJI]: 'demo/linkedin-kenji.html' } }, async (rapport, welcome) => {
    await welcome.getByRole('button', { name: 'Skip' }).click();
    await welcome.getByLabel('My email addresses').fill('anna@mueller-partner.example\nanna.privat@example.org');
    await welcome.getByLabel('My LinkedIn profile').fill('linkedin.com/in/anna-mueller-demo');
    await welcome.getByRole('button', { name: 'Continue', exact: true }).click();
    await welcome.getByLabel('Rhythm offered for a contact').selectOption({ label: 'quarterly' });
    await welcome.getByRole('button', { name: 'Continue', exact: true }).click();
    await welcome.getByRole('group', { name: 'In Gmail' }).getByLabel("In the browser's side panel (nothing added to the page)").check();
    await welcome.getByRole('button', { name: 'Continue', exact: true }).click();
    await welcome.getByText('Settings & Privacy › Data privacy › Get a copy of your data').waitFor();
    assert.ok(await welcome.getByLabel(/Choose a file/).isVisible(), 'the import is right there');
    await welcome.getByRole('button', { name: 'Continue', exact: true }).click();
    await welcome.getByRole('heading', { name: 'You are ready' }).waitFor();

    const settings = await rapport.call('settings.get', {});
    assert.equal(settings.defaultLanguage, 'de', 'the skipped language step kept the stored default');
    assert.deepEqual(settings.ownEmails, ['anna@mueller-partner.example', 'anna.privat@example.org']);
    assert.equal(settings.ownLinkedinSlug, 'anna-mueller-demo');
    assert.deepEqual(settings.defaultCadence, { unit: 'months', count: 3 });
    assert.deepEqual(await displayPlaces(welcome), { linkedin: 'page', gmail: 'panel' });

    const own = await rapport.context.newPage();
    await own.goto(ANNA);
    const sidebar = await sidebarOf(own);
    await sidebar.getByText('This is your own LinkedIn profile').waitFor();
    assert.equal(await sidebar.getByRole('button', { name: 'Add to Rapport' }).count(), 0);
    await own.goto(KENJI);
    await (await sidebarOf(own)).getByRole('button', { name: 'Add to Rapport' }).waitFor();
  });
});

test('the popup shows "get started" until the first contact exists', async () => {
  await withFreshInstall({}, async (rapport) => {
    const popup = await rapport.context.newPage();
    await popup.goto(rapport.extensionUrl('popup.html'));
    const getStarted = popup.getByRole('region', { name: 'Get started' });
    await getStarted.getByRole('button', { name: 'Bring in your LinkedIn connections or Google Contacts' }).waitFor();
    await rapport.call('contact.add', { displayName: 'Jonas Berger', emails: ['jonas.berger@example.org'] });
    await getStarted.waitFor({ state: 'detached' });
  });
});

test('German browser: the welcome page speaks German and drafts new contacts in German', async () => {
  await withFreshInstall({ lang: 'de' }, async (rapport, welcome) => {
    await welcome.getByRole('heading', { name: 'Willkommen bei Rapport' }).waitFor();
    await welcome.getByRole('button', { name: 'Weiter', exact: true }).click();
    await welcome.getByLabel('Meine E-Mail-Adressen').waitFor();
    assert.equal((await rapport.call('settings.get', {})).defaultLanguage, 'de');
  });
});
