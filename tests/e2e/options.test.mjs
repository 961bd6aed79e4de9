// The options page end to end: import a file, see the contacts, export, restore, delete with undo.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertNoOffSiteRequests, FIXTURES, startRapport } from './harness.mjs';

const importFixture = (name) => path.join(FIXTURES, 'import', name);
const MESSAGE_KEY = /\bopt[A-Z][A-Za-z]+\b/;

let rapport;
let page;
before(async () => {
  rapport = await startRapport();
  page = await rapport.context.newPage();
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

async function open(section) {
  // rapport.call opens a page of its own; a tab in the background gets its downloads and timers slowed down.
  await page.bringToFront();
  await page.goto(rapport.extensionUrl(`options.html#${section}`));
}

async function chooseFile(fileName) {
  await open('import');
  await page.getByLabel('Choose a file').setInputFiles(fileName);
}

async function downloaded(button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('a LinkedIn export is previewed, imported in one go without flooding the badge, and listed', async () => {
  await chooseFile(importFixture('linkedin-connections-2025.csv'));
  const counts = page.getByTestId('import-counts');
  await counts.waitFor();
  assert.match(await counts.innerText(), /7\s+new contacts[\s\S]*0\s+existing[\s\S]*1\s+skipped/);
  await page.getByText('Skipped, and why (1)').click();
  await page.getByText('Line 12: no name, email address or LinkedIn URL').waitFor();
  const rhythm = page.getByLabel('Keep in touch with the new contacts');
  assert.equal(await rhythm.inputValue(), 'none', 'no rhythm unless the user picks one');
  await page.getByRole('button', { name: 'Keep in touch: monthly' }).click();
  assert.equal(await rhythm.inputValue(), 'monthly', 'the default rhythm from the settings, in one click');
  await rhythm.selectOption('none');
  await page.getByRole('button', { name: 'Import now (7)' }).click();
  await page.getByText('Imported. New contacts: 7; existing contacts completed: 0.').waitFor();

  await page.getByRole('link', { name: 'Show contacts' }).click();
  await page.getByText('Contacts: 7').waitFor();
  assert.equal(await page.getByTestId('contact-row').count(), 7);
  await page.getByLabel('Search by name, company, email or LinkedIn').fill('muller');
  await page.getByText('Shown: 1 of 7').waitFor();
  assert.equal(await page.getByTestId('contact-row').first().getByRole('link').innerText(), 'Anna Müller');

  const anna = await rapport.call('contact.lookup', { linkedinSlug: 'anna-mueller-4b2a1c' });
  assert.equal(anna.contact.cadence, undefined, 'imported contacts get no cadence unless one is picked');
  assert.equal(await rapport.badge(), '');
});

test('importing the same file again merges instead of doubling', async () => {
  await chooseFile(importFixture('linkedin-connections-2025.csv'));
  await page.getByText('Nothing to import: everyone in this file is already in Rapport.').waitFor();
  assert.match(await page.getByTestId('import-counts').innerText(), /0\s+new contacts/);
});

test('a broken file names the card and the problem, and writes nothing', async () => {
  await chooseFile(importFixture('malformed-vcard-unsupported-version.vcf'));
  const problem = page.getByTestId('file-problem');
  await problem.waitFor();
  assert.equal(await problem.innerText(), 'Card 1 (line 1): not a valid vCard (Unsupported version "5.0"); none of the 2 cards in the file could be read');
  await page.getByText('Nothing was written; your data is unchanged.').waitFor();
  await open('contacts');
  await page.getByText('Contacts: 7').waitFor();
});

test('exports a JSON backup, CSV, vCard and calendar as downloads', async () => {
  const template = { id: 'own.e2e', kind: 'thank-you', language: 'en', subject: 'Thanks', body: '{greeting},\n\nthank you!' };
  await page.evaluate((stored) => chrome.storage.local.set({ draftTemplates: [stored] }), template);
  await open('backup');
  const backup = await downloaded(page.getByRole('button', { name: 'Download a backup (JSON)' }));
  assert.match(backup.name, /^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(backup.text);
  assert.equal(parsed.format, 'rapport-backup');
  assert.equal(parsed.contacts.length, 7);
  assert.deepEqual(parsed.templates, [template], 'the user\u2019s templates are in the backup');
  const csv = await downloaded(page.getByRole('button', { name: 'Contacts as CSV' }));
  assert.equal(csv.text.trim().split('\r\n').length, 8);
  const vcard = await downloaded(page.getByRole('button', { name: 'Contacts as vCard' }));
  assert.equal(vcard.text.match(/BEGIN:VCARD/g).length, 7);
  const calendar = await downloaded(page.getByRole('button', { name: 'Calendar of follow-ups (.ics)' }));
  assert.match(calendar.text, /^BEGIN:VCALENDAR/);
});

test('deleting a contact can be undone, with everything it had', async () => {
  const jonas = await rapport.call('contact.lookup', { linkedinSlug: 'jonas-berg' });
  await rapport.call('agreement.add', { contactId: jonas.contact.id, kind: 'invoice', text: 'Invoice 12' });
  await open(`contact/${encodeURIComponent(jonas.contact.id)}`);
  await page.getByRole('heading', { name: 'Jonas Berg' }).waitFor();
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await page.getByText('Deleted Jonas Berg (history entries: 0, agreements: 1).').waitFor();
  await page.getByText('Contacts: 6').waitFor();
  assert.equal(await rapport.call('contact.lookup', { linkedinSlug: 'jonas-berg' }), null);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { name: 'Jonas Berg' }).waitFor();
  await page.getByTestId('contact-agreement').getByText('Invoice 12').waitFor();
  const restored = await rapport.call('contact.lookup', { linkedinSlug: 'jonas-berg' });
  assert.equal(restored.contact.id, jonas.contact.id);
  assert.equal(restored.openAgreements.length, 1);
});

test('restoring a backup over existing data needs an explicit confirmation, then replaces everything', async () => {
  await chooseFile(importFixture('rapport-backup-v1.json'));
  await page.getByText(/Rapport already holds data \(contacts: 7,/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Restore this backup' }).count(), 0);
  await page.getByRole('button', { name: 'Replace all data with this backup…' }).click();
  await page.getByRole('button', { name: 'Yes, replace everything' }).click();
  await page.getByText('Restored. Contacts: 2, history entries: 2, agreements: 2.').waitFor();
  await open('contacts');
  await page.getByText('Contacts: 2').waitFor();
  const names = await page.getByTestId('contact-row').getByRole('link').allInnerTexts();
  assert.deepEqual(names.sort(), ['Anna Müller', 'Jonas \u202EBerg'].sort());
});

test('agreements across contacts: open, overdue and due soon, by kind and organisation', async () => {
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await rapport.call('agreement.add', { contactId: 'c-anna', kind: 'invoice', text: 'Invoice 98', dueDate: day(-2) });
  await rapport.call('agreement.add', { contactId: 'c-anna', kind: 'invoice', text: 'Invoice 99', dueDate: day(3) });
  await open('agreements');
  const rows = page.getByTestId('agreement-row');
  const texts = async () => (await rows.locator('.agreement-text').allInnerTexts()).sort();
  await page.getByText('Shown: 4').waitFor();
  await page.getByText('Overdue', { exact: true }).click();
  assert.ok((await texts()).includes('Invoice 98'));
  assert.ok(!(await texts()).includes('Invoice 99'));
  await page.getByText('Due in the next 14 days').click();
  await page.getByText('Shown: 1').waitFor();
  assert.deepEqual(await texts(), ['Invoice 99']);
  await page.getByText('Open', { exact: true }).click();
  await page.getByLabel('Kind').selectOption({ label: 'Invoice' });
  await page.getByText('Shown: 2').waitFor();
  await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
  await page.getByLabel('Organisation').selectOption('Müller & Partner');
  assert.deepEqual(await texts(), ['Invoices payable within 14 days']);
  await page.getByLabel('Organisation').selectOption({ label: 'All organisations' });
  await rows.filter({ hasText: 'Invoice 98' }).getByRole('button', { name: 'Mark as done' }).click();
  await page.getByText('Shown: 3').waitFor();
});

test('settings are saved through the background and read back', async () => {
  await open('settings');
  await page.getByLabel('Your name (for drafts)').fill('Robin Berg');
  await page.getByLabel('Your other email addresses').fill('Robin@Example.com\nrobin@studio.example');
  await page.getByLabel('Between projects', { exact: true }).selectOption({ label: 'quarterly' });
  await page.getByLabel('Log Gmail conversations automatically').uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText(/^Saved\./).waitFor();
  const settings = await rapport.call('settings.get', {});
  assert.equal(settings.userName, 'Robin Berg');
  assert.deepEqual(settings.ownEmails, ['robin@example.com', 'robin@studio.example']);
  assert.deepEqual(settings.betweenProjectsCadence, { unit: 'months', count: 3 });
  assert.equal(settings.autoLogGmail, false);
});

test('a duplicate is merged from the contact page: its identities, history and agreements move over', async () => {
  await open(`contact/c-anna`);
  await page.getByRole('heading', { name: 'Anna Müller' }).waitFor();
  await page.getByLabel('Add an email address').fill('Anna.Privat@Example.org');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText('anna.privat@example.org').waitFor();
  await page.getByText('Merge with a duplicate').click();
  await page.getByLabel('Find the duplicate').fill('berg');
  await page.getByRole('button', { name: 'Jonas \u202EBerg' }).click();
  await page.getByText(/^Move Jonas .*Berg into Anna Müller \(history entries: 1, agreements: 1\)\?$/).waitFor();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.getByText('Merged.').waitFor();
  await page.getByTestId('contact-agreement').filter({ hasText: 'Deliver mock-ups' }).waitFor();
  const card = await rapport.call('contact.card', { contactId: 'c-anna' });
  assert.ok(card.contact.emails.includes('anna.privat@example.org'));
  assert.equal(await rapport.call('contact.card', { contactId: 'c-jonas' }), null);
  await open('contacts');
  await page.getByText('Contacts: 1').waitFor();
});

test('every section renders its text, never a message name', async () => {
  for (const section of ['contacts', 'agreements', 'import', 'backup', 'settings', 'templates']) {
    await open(section);
    await page.locator('h2').first().waitFor();
    assert.doesNotMatch(await page.locator('body').innerText(), MESSAGE_KEY, section);
  }
});
