// History imports end to end, through the options page of the built extension in real Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { assertNoOffSiteRequests, FIXTURES, startRapport } from './harness.mjs';

const historyFixture = (name) => path.join(FIXTURES, 'history', name);
const MESSAGE_KEY = /\b(opt|historyImport)[A-Z][A-Za-z]+\b/;

let rapport;
let page;
let folder;
before(async () => {
  rapport = await startRapport();
  page = await rapport.context.newPage();
  folder = await mkdtemp(path.join(tmpdir(), 'rapport-history-'));
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function chooseHistoryFile(filePath) {
  await page.bringToFront();
  await page.goto(rapport.extensionUrl('options.html#import'));
  await page.getByLabel('Choose a history file').setInputFiles(filePath);
}

async function linkedinExportZip() {
  const inFolder = (name) => `Basic_LinkedInDataExport_12-04-2026/${name}`;
  const zip = zipSync({
    [inFolder('messages.csv')]: strToU8(await readFile(historyFixture('messages-2024.csv'), 'utf8')),
    [inFolder('Connections.csv')]: strToU8(await readFile(historyFixture('Connections-2025.csv'), 'utf8')),
    [inFolder('Invitations.csv')]: strToU8(await readFile(historyFixture('Invitations-2024.csv'), 'utf8')),
    [inFolder('coach_messages.csv')]: strToU8('FROM,TO,DATE,CONTENT\nCoach,Mara Becker,2025-01-01 00:00:00 UTC,hi\n'),
  });
  const file = path.join(folder, 'Basic_LinkedInDataExport_12-04-2026.zip');
  await writeFile(file, zip);
  return file;
}

test('the LinkedIn export zip adds its history to existing contacts once, shows its source, and is undone as one step', async () => {
  const anna = await rapport.call('contact.add', { displayName: 'Anna Müller', linkedinSlug: 'anna-mueller-4b2a1c' });
  await rapport.call('contact.add', { displayName: 'Jonas Berg', linkedinSlug: 'jonas-berg' });
  const zip = await linkedinExportZip();

  await chooseHistoryFile(zip);
  const counts = page.getByTestId('history-counts');
  await counts.waitFor();
  assert.match(await page.locator('.preview').innerText(), /Read: Connections\.csv, Invitations\.csv, messages\.csv \(9 entries, 5 skipped\)/);
  assert.ok(await page.getByLabel(/Mara Becker <mara-becker-freelance>/).isChecked(), 'the person in every conversation is proposed as the user');
  assert.match(await counts.innerText(), /8\s+new history entries with 2 people[\s\S]*0\s+already in Rapport/);
  assert.doesNotMatch(await page.locator('body').innerText(), MESSAGE_KEY);
  await page.getByRole('button', { name: 'Import now (8)' }).click();
  await page.getByText('Imported. New history entries: 8; new contacts: 0; already there: 0.').waitFor();

  const card = await rapport.call('contact.card', { contactId: anna.id });
  assert.equal(card.contact.lastContactAt, Date.UTC(2025, 10, 3, 10, 2, 45));
  assert.equal(card.contact.lastContactChannel, 'linkedin');
  await page.goto(rapport.extensionUrl(`options.html#contact/${encodeURIComponent(anna.id)}`));
  await page.getByTestId('interaction').first().waitFor();
  assert.equal(await page.getByTestId('interaction').count(), 4);
  assert.match(await page.getByTestId('interaction').first().innerText(), /import of Basic_LinkedInDataExport_12-04-2026\.zip/);

  await chooseHistoryFile(zip);
  await page.getByText('Nothing new to import from this file.').waitFor();
  assert.match(await page.getByTestId('history-counts').innerText(), /0\s+new history entries[\s\S]*8\s+already in Rapport/);

  const listed = page.getByTestId('history-import');
  assert.equal(await listed.count(), 1);
  assert.match(await listed.innerText(), /8 history entries, 0 new contacts/);
  await listed.getByRole('button', { name: 'Undo import of Basic_LinkedInDataExport_12-04-2026.zip' }).click();
  await page.getByText('Undone: 8 history entries and 0 new contacts removed.').waitFor();
  const after = await rapport.call('contact.card', { contactId: anna.id });
  assert.equal(after.contact.lastContactAt, undefined);
  assert.equal(after.recentInteractions.length, 0);
});

test('a CSV that is not a LinkedIn history file is named, and nothing is written', async () => {
  const file = path.join(folder, 'notes.csv');
  await writeFile(file, 'a,b\n1,2\n');
  await chooseHistoryFile(file);
  assert.match(await page.getByTestId('history-problem').innerText(), /"notes\.csv" is not a LinkedIn messages\.csv/);
  await page.getByText('Nothing was written; your data is unchanged.').waitFor();
});

test('a mailbox: only the user\u2019s own mail counts, the broken message is reported, the user\u2019s address is asked for and kept', async () => {
  const anna = await rapport.call('contact.add', { displayName: 'Anna Müller (Mail)', emails: ['anna.mueller@studio-nord.example'] });
  await rapport.call('contact.add', { displayName: 'Jonas Berg (Mail)', emails: ['jonas@berg-consulting.example'] });
  await chooseHistoryFile(historyFixture('mailbox-odd-encodings.mbox'));
  await page.getByTestId('history-counts').waitFor();
  assert.match(await page.locator('.preview').innerText(), /Read: mailbox-odd-encodings\.mbox \(5 entries, 1 skipped\)/);
  const mine = page.getByLabel(/Mara Becker <mara@becker-design\.example>/);
  assert.ok(await mine.isChecked(), 'the address in most messages is proposed as the user\u2019s');
  assert.match(await page.getByTestId('history-counts').innerText(), /2\s+new history entries with 1 people[\s\S]*1\s+not your conversations[\s\S]*2\s+with people not in Rapport/);
  await page.getByText('Skipped, and why (1)').click();
  await page.getByText('Message 3 (byte 962): no sender address (From)').waitFor();
  await page.getByRole('button', { name: 'Import now (2)' }).click();
  await page.getByText('Imported. New history entries: 2; new contacts: 0; already there: 0.').waitFor();
  const card = await rapport.call('contact.card', { contactId: anna.id });
  assert.deepEqual(card.recentInteractions.map((item) => [item.direction, item.summary]), [['inbound', 'Re: 見積もり'], ['outbound', 'Angebot für die Website']]);
  assert.deepEqual((await rapport.call('settings.get', {})).ownEmails, ['mara@becker-design.example']);
});

test('people the user wrote with often are offered, and added only when chosen', async () => {
  const day = 86_400_000;
  const message = (index, from, to) =>
    `From x@x ${new Date(Date.now() - index * day).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5 $4')}\n` +
    `Message-ID: <often-${index}@e2e.example>\nDate: ${new Date(Date.now() - index * day).toUTCString()}\nFrom: ${from}\nTo: ${to}\nSubject: Termin ${index}\n\nText\n`;
  const me = 'Mara Becker <mara@becker-design.example>';
  const file = path.join(folder, 'Sent.mbox');
  await writeFile(file, [message(3, me, 'Paula Neu <paula@neu.example>'), message(2, 'Paula Neu <paula@neu.example>', me), message(1, me, 'paula@neu.example')].join('\n'));
  await chooseHistoryFile(file);
  const offer = page.getByLabel('1 people you wrote with at least 3 times in the last 2 years: add them?');
  await offer.waitFor();
  assert.match(await page.getByTestId('history-counts').innerText(), /0\s+new history entries[\s\S]*3\s+with people not in Rapport/);
  await offer.check();
  await page.getByRole('button', { name: 'Import now (3)' }).click();
  await page.getByText('Imported. New history entries: 3; new contacts: 1; already there: 0.').waitFor();
  const paula = await rapport.call('contact.lookup', { emails: ['paula@neu.example'] });
  assert.equal(paula.contact.displayName, 'Paula Neu');
  assert.equal(paula.recentInteractions.length, 3);

  await page.getByTestId('history-import').filter({ hasText: 'Sent.mbox' }).getByRole('button', { name: 'Undo import of Sent.mbox' }).click();
  await page.getByText('Undone: 3 history entries and 1 new contacts removed.').waitFor();
  assert.equal(await rapport.call('contact.lookup', { emails: ['paula@neu.example'] }), null);
});

test('a large mailbox shows bytes read and time left, and Cancel stops it without a preview', async () => {
  const file = path.join(folder, 'Large.mbox');
  const one = Buffer.from(`From a@x Mon Nov  3 09:14:02 2025\nFrom: a@x.example\nTo: b@x.example\nDate: Mon, 3 Nov 2025 09:14:02 +0000\n\n${'x'.repeat(10_000)}\n`);
  const data = Buffer.concat(Array.from({ length: 30_000 }, () => one));
  await writeFile(file, data);
  const megabytes = Math.round(data.length / 1024 / 1024);
  await chooseHistoryFile(file);
  const progress = page.getByTestId('history-progress');
  await progress.waitFor({ timeout: 20_000 });
  assert.match(await progress.innerText(), new RegExp(`^\\d+ of ${megabytes} MB read · about \\d+ s left$`));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Choose a history file').waitFor();
  assert.equal(await page.getByTestId('history-progress').count(), 0);
  assert.ok(await page.getByLabel('Choose a history file').isEnabled());
  assert.equal(await page.locator('.preview').count(), 0);
});

test('a calendar file: past meetings with attendees, series only up to today, declined and cancelled left out', async () => {
  const jonas = await rapport.call('contact.lookup', { emails: ['jonas@berg-consulting.example'] });
  const anna = await rapport.call('contact.lookup', { emails: ['anna.mueller@studio-nord.example'] });
  await chooseHistoryFile(historyFixture('calendar-google-outlook.ics'));
  await page.getByTestId('history-counts').waitFor();
  assert.equal(await page.getByText('Which of these are you?').count(), 1);
  assert.ok(await page.getByLabel(/Mara Becker <mara@becker-design\.example>/).isChecked(), 'the address kept from the mailbox import');
  assert.match(await page.getByTestId('history-counts').innerText(), /1\s+not your conversations/);
  await page.getByRole('button', { name: /^Import now \(\d+\)$/ }).click();
  await page.getByText(/^Imported\. New history entries: \d+; new contacts: 0; already there: 0\.$/).waitFor();

  const meetingsOf = async (contactId) => {
    const card = await rapport.call('contact.card', { contactId });
    return card.recentInteractions.filter((item) => item.channel === 'meeting');
  };
  assert.deepEqual((await meetingsOf(anna.contact.id)).map((item) => [item.summary, item.direction, item.at]), [['Kickoff Website-Relaunch', 'mutual', Date.UTC(2025, 10, 10, 13)]]);
  const jourFixe = await meetingsOf(jonas.contact.id);
  assert.ok(jourFixe.length >= 5 && jourFixe.every((item) => item.at <= Date.now()), 'the weekly series, up to today only');
  assert.ok(!jourFixe.some((item) => item.at === Date.UTC(2025, 9, 13, 8) || item.at === Date.UTC(2025, 9, 27, 9)), 'no EXDATE, no cancelled occurrence');

  await chooseHistoryFile(historyFixture('calendar-google-outlook.ics'));
  await page.getByText('Nothing new to import from this file.').waitFor();
});
