// The Firefox build in Firefox: the sidebar on LinkedIn's messaging page, and the conversation's messages logged.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxSidebarOf, startRapportInFirefox, waitForSidebarText } from './firefox.mjs';
import { storedRecords } from './stored-records.mjs';

const PRIYA_THREAD = 'https://www.linkedin.com/messaging/thread/2-MTY4ZTQ5YjItY2E5Ni00ZmRlLTk5NzgtcHJpeWE=/';
/** The fixture's conversation holds seven messages, five from Priya and two from the user. */
const MESSAGES_IN_THREAD = 7;

let rapport;
before(async () => {
  rapport = await startRapportInFirefox({ pages: { [PRIYA_THREAD]: 'linkedin/messaging/page-2024-msg-s-en.html' } });
});
after(async () => {
  if (rapport) assert.deepEqual(rapport.offSite, [], 'nothing may reach the network');
  await rapport?.close();
});

/** The interactions stored in the extension's database, read from the sidebar frame, which shares its origin. */
async function storedInteractions(page) {
  const stored = await storedRecords(await firefoxSidebarOf(page), 'interactions');
  return stored.map(({ channel, direction }) => ({ channel, direction }));
}

async function waitForStoredCount(page, count, message) {
  const deadline = Date.now() + 5000;
  let stored = [];
  while (Date.now() < deadline) {
    stored = await storedInteractions(page).catch(() => stored);
    if (stored.length === count) return stored;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${message}: expected ${count} stored interactions, found ${stored.length}`);
}

test('Firefox: on the messaging page the sidebar shows the partner; once added, the conversation is her history', async () => {
  const page = await rapport.newPage();
  await page.goto(PRIYA_THREAD);
  const unknown = await waitForSidebarText(page, 'Add to Rapport');
  assert.match(unknown, /Priya Raghunathan/);
  assert.doesNotMatch(unknown, /LinkedIn message/);
  assert.equal((await storedInteractions(page)).length, 0, 'nothing is logged for someone who is not a contact');
  const sidebar = await firefoxSidebarOf(page);
  await (await sidebar.waitForSelector('::-p-text(Add to Rapport)')).click();
  const known = await waitForSidebarText(page, 'LinkedIn message');
  assert.ok(!known.includes('No contact logged yet'), `the messages on screen are logged at once:\n${known}`);
  const logged = await waitForStoredCount(page, MESSAGES_IN_THREAD, 'every message on screen is logged');
  assert.ok(logged.every((interaction) => interaction.channel === 'linkedin'));
  assert.equal(logged.filter((interaction) => interaction.direction === 'outbound').length, 2);

  await page.reload();
  await waitForSidebarText(page, 'LinkedIn message');
  // The page is read again after a reload; give its report time to reach the database before counting.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal((await storedInteractions(page)).length, MESSAGES_IN_THREAD, 'a reload adds nothing');
  await page.close();
});
