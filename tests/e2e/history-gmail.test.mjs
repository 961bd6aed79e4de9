// Gmail beyond the open conversation: thread-list rows and mail the user sends log known contacts only, once,
// deduplicated with each other and with the conversation view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { storedRecords } from './stored-records.mjs';
import { assertNoOffSiteRequests, startRapport, waitUntil } from './harness.mjs';

const INBOX = 'https://mail.google.com/mail/u/0/?fixture=inbox';
const COMPOSE = 'https://mail.google.com/mail/u/0/?fixture=compose';
const SENT = 'https://mail.google.com/mail/u/0/?fixture=sent';

let rapport;
let options;
let jonas;
let marta;
before(async () => {
  rapport = await startRapport({
    pages: { [INBOX]: 'gmail/inbox-list.html', [COMPOSE]: 'gmail/sent-confirmation.html', [SENT]: 'gmail/sent-list-de.html' },
  });
  options = await rapport.context.newPage();
  await options.goto(rapport.extensionUrl('options.html'));
  jonas = await rapport.call('contact.add', { displayName: 'Jonas Berger', emails: ['jonas.berger@example.org'] });
  marta = await rapport.call('contact.add', { displayName: 'Marta Kowalczyk', emails: ['marta.kowalczyk@example.net'] });
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

function storedInteractions() {
  return storedRecords(options, 'interactions');
}

const settle = (count, message) =>
  waitUntil(async () => {
    const stored = await storedInteractions();
    return stored.length === count && stored;
  }, { timeout: 5000, message });

test('inbox rows on screen log the latest message of each thread with a known contact, once', async () => {
  const page = await rapport.context.newPage();
  await page.goto(`${INBOX}#inbox`);
  const logged = await settle(2, 'the rows of Jonas and Marta');
  assert.deepEqual(logged.map((interaction) => [interaction.contactId, interaction.direction, interaction.channel]).sort(), [
    [jonas.id, 'inbound', 'email'],
    [marta.id, 'inbound', 'email'],
  ].sort());
  assert.ok(logged.every((interaction) => interaction.sourceUrl?.startsWith('https://mail.google.com/mail/u/0/#all/')));
  await page.reload();
  await page.waitForTimeout(1500);
  assert.equal((await storedInteractions()).length, 2, 'a reload logs nothing twice');
  assert.equal((await rapport.call('contact.lookup', { emails: ['priya.raman@example.com'] })), null, 'unknown senders are not stored');
  await page.close();
});

test('a message the user sends is logged once the undo window passed; the Sent list adds nothing for it', async () => {
  const before = (await storedInteractions()).length;
  const page = await rapport.context.newPage();
  await page.goto(`${COMPOSE}#inbox`);
  await page.waitForTimeout(600);
  // The user sends (the test acts as the user; Rapport never clicks).
  await page.click('.aoO');
  await page.waitForTimeout(800);
  assert.equal((await storedInteractions()).length, before, 'nothing while Undo is still possible');
  const logged = await settle(before + 2, 'the sent message for Jonas and Marta (cc)');
  const sent = logged.filter((interaction) => interaction.summary === 'Workshop follow-up');
  assert.deepEqual(sent.map((interaction) => interaction.contactId).sort(), [jonas.id, marta.id].sort());
  assert.ok(sent.every((interaction) => interaction.direction === 'outbound' && interaction.sourceKey.includes('msg-f:1851234567890123458')));
  assert.doesNotMatch(JSON.stringify(logged), /notes from Tuesday/);

  // The Sent label (German interface) shows the same message and an older one to Marta.
  const sentList = await rapport.context.newPage();
  await sentList.goto(`${SENT}#sent`);
  const after = await settle(before + 3, "only the older Sent row to Marta is new");
  const older = after.find((interaction) => !logged.some((earlier) => earlier.id === interaction.id));
  assert.equal(older.contactId, marta.id);
  assert.equal(older.direction, 'outbound');
  assert.equal(new Date(older.at).getFullYear(), 2025);
  await sentList.close();
  await page.close();
});

test('the timeline shows where an email came from, with a link back to Gmail', async () => {
  await options.goto(`${rapport.extensionUrl('options.html')}#contact/${jonas.id}`);
  await options.getByTestId('interaction').first().waitFor();
  const sources = await options.getByTestId('interaction-source').allInnerTexts();
  assert.ok(sources.some((text) => /Gmail/.test(text) && /Open in Gmail/.test(text)), sources.join(' | '));
  await options.goto(rapport.extensionUrl('options.html'));
});
