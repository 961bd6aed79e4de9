// LinkedIn messages fill the history by themselves: the messaging page and the chat windows log each message of a
// known contact once (metadata only), the sidebar follows the open conversation, and the setting turns it off.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { storedRecords } from './stored-records.mjs';
import { assertNoOffSiteRequests, fixture, navigateInPage, sidebarOf, startRapport, waitUntil } from './harness.mjs';

const PRIYA_THREAD = 'https://www.linkedin.com/messaging/thread/2-MTY4ZTQ5YjItY2E5Ni00ZmRlLTk5NzgtcHJpeWE=/';
const JONAS_THREAD = 'https://www.linkedin.com/messaging/thread/2-am9uYXMtYmVyZ2VyLWRlLTIwMjM=/';
const ZEYNEP_THREAD = 'https://www.linkedin.com/messaging/thread/2-emV5bmVwLWhhc2hlZC0yMDI2/';
const PROFILE_WITH_CHAT = 'https://www.linkedin.com/in/jonas-berger-chat/';
const FEED_WITH_OLD_CHAT = 'https://www.linkedin.com/feed/';

let rapport;
let options;
before(async () => {
  rapport = await startRapport({
    pages: {
      [PRIYA_THREAD]: 'linkedin/messaging/page-2024-msg-s-en.html',
      [JONAS_THREAD]: 'linkedin/messaging/page-2023-msg-s-de.html',
      [ZEYNEP_THREAD]: 'linkedin/messaging/page-2026-hashed-en.html',
      [PROFILE_WITH_CHAT]: 'linkedin/messaging/overlay-2026-shadow-root-en.html',
      [FEED_WITH_OLD_CHAT]: 'linkedin/messaging/overlay-2021-light-dom-de.html',
    },
  });
  options = await rapport.context.newPage();
  await options.goto(rapport.extensionUrl('options.html'));
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

function storedInteractions() {
  return storedRecords(options, 'interactions');
}

async function settle(count, message) {
  return waitUntil(async () => {
    const stored = await storedInteractions();
    return stored.length === count && stored;
  }, { timeout: 4000, message });
}

test('the messaging page logs each message of a known contact once, across reloads and the chat window', async () => {
  const priya = await rapport.call('contact.add', { displayName: 'Priya Raghunathan', linkedinSlug: 'priya-raghunathan-8841b2' });
  const page = await rapport.context.newPage();
  await page.goto(PRIYA_THREAD);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor();
  await sidebar.getByTestId('last-contact').waitFor();

  const logged = await settle(7, 'the seven messages of the open conversation');
  assert.ok(logged.every((interaction) => interaction.contactId === priya.id && interaction.channel === 'linkedin'));
  assert.deepEqual(logged.map((interaction) => interaction.direction).sort(), ['inbound', 'inbound', 'inbound', 'inbound', 'inbound', 'outbound', 'outbound']);
  assert.ok(logged.every((interaction) => interaction.summary === undefined), 'no text of a message is stored');
  assert.ok(logged.every((interaction) => interaction.sourceUrl === PRIYA_THREAD));
  assert.equal(new Date(Math.min(...logged.map((interaction) => interaction.at))).getFullYear(), 2024);
  assert.doesNotMatch(JSON.stringify(logged), /portfolio|studio|Tomás/);

  await page.reload();
  await (await sidebarOf(page)).getByTestId('last-contact').waitFor();
  // The chat window over a profile page shows the end of the same conversation: the same two messages.
  const profile = await rapport.context.newPage();
  await profile.goto(PROFILE_WITH_CHAT);
  await profile.waitForTimeout(1200);
  assert.equal((await storedInteractions()).length, 7, 'nothing is logged twice');

  const card = await rapport.call('contact.card', { contactId: priya.id });
  assert.equal(card.contact.lastContactChannel, 'linkedin');
  assert.equal(card.contact.lastContactAt, Math.max(...logged.map((interaction) => interaction.at)));
  await profile.close();
  await page.close();
});

test('the sidebar follows the user from one conversation to the next without a page load', async () => {
  const page = await rapport.context.newPage();
  await page.goto(PRIYA_THREAD);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor();
  await navigateInPage(page, JONAS_THREAD, fixture('linkedin/messaging/page-2023-msg-s-de.html'));
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor({ timeout: 3000 });
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).waitFor();
  const before = (await storedInteractions()).length;
  // Adding the partner logs the conversation on screen at once.
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByTestId('last-contact').waitFor();
  // His six messages here, and his other conversation's row in the list the tab showed before ("Apr 8").
  const logged = await settle(before + 7, "Jonas's six messages and his row in the earlier list");
  assert.equal(logged.filter((interaction) => interaction.sourceUrl === JONAS_THREAD).length, 6);
  assert.equal(logged.filter((interaction) => interaction.sourceKey.startsWith('linkedin:list:')).length, 1);
  await page.close();
});

test('the timeline names LinkedIn as the source and links back to the conversation', async () => {
  const { contact } = await rapport.call('contact.lookup', { linkedinSlug: 'priya-raghunathan-8841b2' });
  await options.goto(`${rapport.extensionUrl('options.html')}#contact/${contact.id}`);
  const first = options.getByTestId('interaction').first();
  await first.waitFor();
  assert.match(await first.getByTestId('interaction-source').innerText(), /LinkedIn message/);
  assert.equal(await first.getByRole('link', { name: 'Open in LinkedIn' }).getAttribute('href'), PRIYA_THREAD);
  await options.goto(rapport.extensionUrl('options.html'));
});

test('with LinkedIn logging off, an open conversation with a known contact logs nothing', async () => {
  await rapport.call('contact.add', { displayName: 'Zeynep Yıldız' });
  await rapport.call('settings.save', { autoLogLinkedIn: false });
  const before = (await storedInteractions()).length;
  const page = await rapport.context.newPage();
  await page.goto(ZEYNEP_THREAD);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Zeynep Yıldız' }).waitFor();
  await sidebar.getByTestId('last-contact').waitFor();
  await page.waitForTimeout(1200);
  assert.equal((await storedInteractions()).length, before);

  await rapport.call('settings.save', { autoLogLinkedIn: true });
  await page.reload();
  const logged = await settle(before + 3, "Zeynep's three messages (hashed-class layout)");
  assert.equal(logged.filter((interaction) => interaction.sourceUrl === ZEYNEP_THREAD && interaction.direction === 'inbound').length, 2);
  await page.close();
});

test('an older chat window without message keys logs a known contact once; unknown people are never stored', async () => {
  const page = await rapport.context.newPage();
  await page.goto(FEED_WITH_OLD_CHAT);
  await page.waitForTimeout(1200);
  const before = await storedInteractions();
  assert.equal(before.filter((interaction) => interaction.sourceUrl?.includes('a2xhdXMtd2Vpc3Mt')).length, 0, 'Klaus is not a contact');

  await rapport.call('contact.add', { displayName: 'Klaus Weiß' });
  await page.reload();
  const logged = await settle(before.length + 3, "Klaus's three messages");
  await page.reload();
  await page.waitForTimeout(1200);
  assert.equal((await storedInteractions()).length, logged.length);
  await page.close();
});
