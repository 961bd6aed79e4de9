// Sync end to end: two browser profiles, each with Rapport, connected through the labelled fields of the options
// page to one PouchDB Server (a real CouchDB-protocol server) on 127.0.0.1, with two member users.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, sidebarOf, startRapport, waitUntil } from './harness.mjs';
import { MEMBERS, startSyncServer } from './sync-server.mjs';

const [ANNA, BEN] = MEMBERS;
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
let server;
let laptop;
let desktop;

before(async () => {
  server = await startSyncServer({ persistent: true });
  [laptop, desktop] = await Promise.all([
    startRapport({ allowedOrigins: [server.origin], pages: { [KENJI]: 'demo/linkedin-kenji.html' } }),
    startRapport({ allowedOrigins: [server.origin], pages: { [KENJI]: 'demo/linkedin-kenji.html' } }),
  ]);
});
after(async () => {
  for (const rapport of [laptop, desktop]) if (rapport) assertNoOffSiteRequests(rapport, assert);
  await Promise.all([laptop?.close(), desktop?.close()]);
  await server?.close();
});

/** The options page's Sync section, as a user sees it. */
async function syncPage(rapport) {
  const page = await rapport.context.newPage();
  await page.goto(rapport.extensionUrl('options.html#sync'));
  return page;
}

async function connect(page, { url, user, password }) {
  await page.getByLabel('Server address').fill(url);
  await page.getByLabel('User name').fill(user.name);
  await page.getByLabel('Password').fill(password ?? user.password);
  await page.getByRole('button', { name: 'Connect' }).click();
}

const statusOf = (page) => page.getByTestId('sync-status').innerText();

async function waitForStatus(page, expected, timeout = 20_000) {
  await waitUntil(async () => expected.test(await statusOf(page)), { timeout, message: `sync status ${expected}` });
}

async function lookup(rapport, email) {
  return rapport.call('contact.lookup', { emails: [email] });
}

async function waitForContact(rapport, email, accept = () => true, timeout = 20_000) {
  return waitUntil(async () => {
    const card = await lookup(rapport, email);
    return card && accept(card.contact) ? card : undefined;
  }, { timeout, interval: 100, message: `${email} to arrive` });
}

let laptopPage;
let desktopPage;

test('a wrong password gets its own message, and nothing is stored', async () => {
  laptopPage = await syncPage(laptop);
  await connect(laptopPage, { url: server.databaseUrl, user: ANNA, password: 'not-her-password' });
  await laptopPage.getByTestId('sync-problem').waitFor();
  assert.match(await laptopPage.getByTestId('sync-problem').innerText(), /The user name or password is wrong\. Nothing was changed on this device\./);
  assert.match(await statusOf(laptopPage), /Not connected/);
  assert.equal(await laptop.call('sync.connection', {}), null);
});

test('http:// is refused for anything but this computer, before anything is sent', async () => {
  await laptopPage.getByLabel('Server address').fill('http://couch.example.com/rapport');
  await laptopPage.getByText('The address must start with https://').waitFor();
  assert.equal(await laptopPage.getByRole('button', { name: 'Connect' }).isDisabled(), true);
});

test('both profiles connect through the labelled fields; a contact created in one appears in the other', async () => {
  await connect(laptopPage, { url: server.databaseUrl, user: ANNA });
  await waitForStatus(laptopPage, /Connected, up to date/);
  assert.match(await laptopPage.getByText(/Connected to/).innerText(), new RegExp(`Connected to ${server.databaseUrl} as anna`));
  assert.match(await laptopPage.getByTestId('sync-last').innerText(), /Last synced:/);

  desktopPage = await syncPage(desktop);
  await connect(desktopPage, { url: server.databaseUrl, user: BEN });
  await waitForStatus(desktopPage, /Connected, up to date/);

  const started = Date.now();
  const created = await laptop.call('contact.add', { displayName: 'Clara Schmidt', emails: ['clara@example.org'], company: 'Atelier Schmidt' });
  await laptop.call('interaction.log', { contactId: created.id, at: Date.now() - 86_400_000, channel: 'call', direction: 'outbound', summary: 'Kick-off' });
  const arrived = await waitForContact(desktop, 'clara@example.org', (contact) => contact.lastContactAt !== undefined);
  console.log(`# a new contact reached the other open profile in ${Date.now() - started} ms`);
  assert.equal(arrived.contact.id, created.id, 'the same contact, not a copy');
  assert.equal(arrived.contact.company, 'Atelier Schmidt');
  assert.equal(arrived.recentInteractions.length, 1);
  assert.equal(arrived.recentInteractions[0].summary, 'Kick-off');

  // Credentials never travel in the documents.
  const docs = JSON.stringify(await server.allDocs());
  assert.ok(docs.includes('Clara Schmidt'));
  for (const secret of [ANNA.password, BEN.password]) assert.ok(!docs.includes(secret), 'no password in the synced data');
});

test('a template created on one profile appears on the other', async () => {
  const options = await laptop.context.newPage();
  await options.goto(laptop.extensionUrl('options.html#templates'));
  await options.getByLabel('Language').selectOption('de');
  await options.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  await options.getByRole('button', { name: 'Add a template' }).click();
  await options.getByLabel('Form of address', { exact: true }).selectOption('du');
  await options.getByLabel('Subject').fill('Von Anna geteilt');
  await options.getByLabel('Message', { exact: true }).fill('{greeting},\n\nGETEILTE VORLAGE\n\n{signature}');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved. New drafts use it.').waitFor();
  await options.close();

  const templates = await desktop.context.newPage();
  await templates.goto(desktop.extensionUrl('options.html#templates'));
  await templates.getByLabel('Language').selectOption('de');
  await templates.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  await templates.getByTestId('template-row').filter({ hasText: 'Von Anna geteilt' }).waitFor({ timeout: 20_000 });
  const stored = await templates.evaluate(() => chrome.storage.local.get('draftTemplates'));
  const shared = stored.draftTemplates.find((template) => template.subject === 'Von Anna geteilt');
  assert.equal(shared.kind, 'call-summary');
  assert.equal(shared.formality, 'du');
  assert.match(shared.body, /GETEILTE VORLAGE/);
  await templates.close();
});

test('the sidebar says who changed a contact last when it was someone else, and not for one’s own changes', async () => {
  await laptop.call('contact.add', { displayName: 'Kenji Watanabe', linkedinSlug: 'kenji-watanabe-demo', company: 'Watanabe Studio' });
  await waitUntil(async () => (await desktop.call('contact.lookup', { linkedinSlug: 'kenji-watanabe-demo' })) ?? undefined, {
    timeout: 20_000,
    interval: 100,
    message: 'Kenji to arrive',
  });
  const onDesktop = await desktop.context.newPage();
  await onDesktop.goto(KENJI);
  const sidebar = await sidebarOf(onDesktop);
  await sidebar.getByRole('heading', { name: 'Kenji Watanabe' }).waitFor();
  assert.equal(await sidebar.getByTestId('changed-by').innerText(), 'Changed by anna, today');
  await onDesktop.close();

  const onLaptop = await laptop.context.newPage();
  await onLaptop.goto(KENJI);
  const own = await sidebarOf(onLaptop);
  await own.getByRole('heading', { name: 'Kenji Watanabe' }).waitFor();
  assert.equal(await own.getByTestId('changed-by').count(), 0, 'anna’s own change needs no note');
  await onLaptop.close();
});

test('concurrent offline edits converge to the same contact on both, and the losing value stays readable', async () => {
  const { contact } = await lookup(laptop, 'clara@example.org');
  await server.kill();
  await laptop.call('contact.update', { contactId: contact.id, patch: { company: 'Atelier Schmidt & Co', notes: 'Prefers calls' } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await desktop.call('contact.update', { contactId: contact.id, patch: { company: 'Schmidt Design GmbH', role: 'Owner' } });
  await laptopPage.getByRole('button', { name: 'Sync now' }).click();
  await waitForStatus(laptopPage, /Offline: the server cannot be reached/);

  await server.restart();
  await laptopPage.getByRole('button', { name: 'Sync now' }).click();
  await desktopPage.getByRole('button', { name: 'Sync now' }).click();
  const settled = (card) => card.company === 'Schmidt Design GmbH' && card.notes === 'Prefers calls' && card.role === 'Owner';
  const [onLaptop, onDesktop] = await Promise.all([
    waitForContact(laptop, 'clara@example.org', settled, 30_000),
    waitForContact(desktop, 'clara@example.org', settled, 30_000),
  ]);
  for (const card of [onLaptop, onDesktop]) assert.equal(card.contact.id, contact.id);

  const contactPage = await laptop.context.newPage();
  await contactPage.goto(laptop.extensionUrl(`options.html#contact/${encodeURIComponent(contact.id)}`));
  const also = contactPage.getByTestId('sync-lost');
  await also.waitFor();
  assert.match(await also.innerText(), /Also written on the other device[\s\S]*Atelier Schmidt & Co/);
  await contactPage.close();
});

test('the server killed in the middle of a large sync: after a restart it resumes, nothing lost or duplicated', async () => {
  const PEOPLE = 1200;
  const people = Array.from({ length: PEOPLE }, (_, index) => ({
    displayName: `Person ${index}`,
    emails: [`person.${index}@example.net`],
    company: `Company ${index % 17}`,
  }));
  const contactDocs = async () => (await server.allDocs()).rows.filter((row) => row.id.startsWith('contact:') && !row.value.deleted).length;
  // The database also holds templates and settings: contacts are counted by their documents' ids.
  const contactsBefore = await contactDocs();
  const before = await server.docCount();
  await laptop.call('import.apply', { create: people, merge: [] });
  // Killed while the upload is under way (batches of 250): some of the new contacts are on the server, not all.
  const atKill = await waitUntil(
    async () => {
      const count = await server.docCount();
      return count > before && count < before + PEOPLE ? count : undefined;
    },
    { timeout: 60_000, interval: 10, message: 'the upload to be under way' },
  );
  await server.kill();
  console.log(`# the server was killed with ${atKill - before} of ${PEOPLE} new contacts uploaded`);
  await server.restart();
  await laptopPage.getByRole('button', { name: 'Sync now' }).click();
  await waitForContact(desktop, `person.${PEOPLE - 1}@example.net`, () => true, 60_000);
  for (const rapport of [laptop, desktop]) {
    const list = await rapport.context.newPage();
    await list.goto(rapport.extensionUrl('options.html#contacts'));
    await list.getByText(`Contacts: ${(contactsBefore + PEOPLE).toLocaleString('en')}`).waitFor({ timeout: 60_000 });
    await list.close();
  }
  assert.equal(await contactDocs(), contactsBefore + PEOPLE, 'one document per contact on the server');
});

test('when the network returns, the worker syncs at once instead of waiting for its one-minute retry alarm', async () => {
  const { contact } = await lookup(laptop, 'clara@example.org');
  await server.kill();
  await laptop.call('contact.update', { contactId: contact.id, patch: { notes: 'Written while offline' } });
  await laptopPage.getByRole('button', { name: 'Sync now' }).click();
  await waitForStatus(laptopPage, /Offline: the server cannot be reached/);
  await server.restart();
  const worker = await laptop.currentWorker();
  const back = Date.now();
  await worker.evaluate(() => self.dispatchEvent(new Event('online')));
  await waitForContact(desktop, 'clara@example.org', (card) => card.notes === 'Written while offline', 15_000);
  console.log(`# after the network returned the change reached the other profile in ${Date.now() - back} ms`);
  assert.ok(Date.now() - back < 30_000, 'well before the retry alarm');
});
