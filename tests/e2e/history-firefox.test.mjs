// The Firefox build in Firefox: the sidebar on LinkedIn's messaging page, and the conversation's messages logged.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxSidebarOf, startRapportInFirefox, waitForSidebarText } from './firefox.mjs';

const PRIYA_THREAD = 'https://www.linkedin.com/messaging/thread/2-MTY4ZTQ5YjItY2E5Ni00ZmRlLTk5NzgtcHJpeWE=/';

let rapport;
before(async () => {
  rapport = await startRapportInFirefox({ pages: { [PRIYA_THREAD]: 'linkedin/messaging/page-2024-msg-s-en.html' } });
});
after(async () => {
  if (rapport) assert.deepEqual(rapport.offSite, [], 'nothing may reach the network');
  await rapport?.close();
});

test('Firefox: on the messaging page the sidebar shows the partner; once added, the conversation is her history', async () => {
  const page = await rapport.newPage();
  await page.goto(PRIYA_THREAD);
  const unknown = await waitForSidebarText(page, 'Add to Rapport');
  assert.match(unknown, /Priya Raghunathan/);
  assert.doesNotMatch(unknown, /LinkedIn message/);
  const sidebar = await firefoxSidebarOf(page);
  await (await sidebar.waitForSelector('::-p-text(Add to Rapport)')).click();
  const known = await waitForSidebarText(page, 'LinkedIn message');
  assert.ok(!known.includes('No contact logged yet'), `the messages on screen are logged at once:\n${known}`);
  await page.reload();
  const again = await waitForSidebarText(page, 'LinkedIn message');
  assert.equal(again.split('LinkedIn message').length, known.split('LinkedIn message').length, 'a reload adds nothing');
  await page.close();
});
