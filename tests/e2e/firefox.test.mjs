// The Firefox build in Firefox: the sidebar on both sites, a contact stored through it, in-page navigation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { firefoxSidebarOf, startRapportInFirefox, waitForSidebarText } from './firefox.mjs';
import { fixture, navigateLikeTheSite } from './harness.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD_1TO1 = '#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd';
const LIGHT_DOM_CHAT = 'https://www.linkedin.com/in/chat-light-dom/';
const SHADOW_CHAT = 'https://www.linkedin.com/in/chat-shadow-root/';

let rapport;
before(async () => {
  rapport = await startRapportInFirefox({
    pages: {
      [ANNA]: 'demo/linkedin-anna.html',
      [KENJI]: 'demo/linkedin-kenji.html',
      [GMAIL]: 'gmail/thread-1to1.html',
      [LIGHT_DOM_CHAT]: 'linkedin/messaging-overlay-light-dom.html',
      [SHADOW_CHAT]: 'linkedin/messaging-overlay-shadow-root.html',
    },
  });
});
after(async () => {
  if (rapport) assert.deepEqual(rapport.offSite, [], 'nothing may reach the network');
  await rapport?.close();
});

async function clickInSidebar(page, text) {
  const sidebar = await firefoxSidebarOf(page);
  const button = await sidebar.waitForSelector(`::-p-text(${text})`);
  await button.click();
}

test('Firefox: on a LinkedIn profile the sidebar shows the person, stores them, and follows in-page navigation', async () => {
  const page = await rapport.newPage();
  await page.goto(ANNA);
  assert.match(await waitForSidebarText(page, 'Add to Rapport'), /Anna Müller/);
  await clickInSidebar(page, 'Add to Rapport');
  await waitForSidebarText(page, 'Last contact');

  await page.reload();
  const known = await waitForSidebarText(page, 'No contact logged yet');
  assert.ok(known.includes('Anna Müller') && !known.includes('Add to Rapport'), `the stored contact after a reload:\n${known}`);

  await page.evaluate(navigateLikeTheSite, { url: KENJI, html: fixture('demo/linkedin-kenji.html') });
  const kenji = await waitForSidebarText(page, 'Kenji Watanabe');
  assert.ok(kenji.includes('Add to Rapport') && !kenji.includes('Anna Müller'), `the new person, not the previous one:\n${kenji}`);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)), []);
  await page.close();
});

test('Firefox: in a Gmail conversation the sidebar offers the partner, and once added logs the thread as last contact', async () => {
  const page = await rapport.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  assert.match(await waitForSidebarText(page, 'Add to Rapport'), /Jonas Berger/);
  await clickInSidebar(page, 'Add to Rapport');
  await waitForSidebarText(page, 'Last contact');

  await page.reload();
  const known = await waitForSidebarText(page, 'Project kickoff');
  assert.ok(!known.includes('No contact logged yet'), `the thread's messages are logged:\n${known}`);

  // Firefox gives a framed extension page no tabs API: the background opens Gmail's compose for the sidebar.
  await clickInSidebar(page, 'Draft a note');
  await clickInSidebar(page, 'Open in Gmail');
  const compose = new URL(await rapport.openedTab((url) => url.startsWith('https://mail.google.com/') && url.includes('view=cm')));
  assert.equal(compose.searchParams.get('view'), 'cm');
  assert.equal(compose.searchParams.get('to'), 'jonas.berger@example.org');
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)), []);
  await page.close();
});

for (const [variant, url, boxSelector] of [
  ['light DOM', LIGHT_DOM_CHAT, '.msg-form__contenteditable'],
  ['#interop-outlet shadow root', SHADOW_CHAT, '[role=textbox][contenteditable=true]'],
]) {
  test(`Firefox: "Put into the page" fills LinkedIn's message box (${variant}) so the site enables sending, and sends nothing`, async () => {
    const page = await rapport.newPage();
    await page.goto(url);
    await waitForSidebarText(page, 'Add to Rapport');
    await clickInSidebar(page, 'Add to Rapport');
    await waitForSidebarText(page, 'Last contact');
    await clickInSidebar(page, 'Draft a note');
    const draft = await (await firefoxSidebarOf(page)).evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === 'Message');
      return document.getElementById(label?.htmlFor ?? '')?.value ?? '';
    });
    const greeting = draft.split('\n')[0];
    assert.ok(greeting.length > 5, `the draft starts with a greeting: ${greeting}`);
    await clickInSidebar(page, 'Put into the page');
    await waitForSidebarText(page, 'The draft is in the message box');
    const box = await page.evaluate((selector) => {
      const root = document.querySelector('#interop-outlet')?.shadowRoot ?? document;
      return {
        text: root.querySelector(selector)?.textContent ?? '',
        sendEnabled: !root.querySelector('button.msg-form__send-button, form button[type=submit]')?.disabled,
        submitted: window.__submitted,
      };
    }, boxSelector);
    assert.ok(box.text.includes(greeting), `the draft is in the box: ${box.text}`);
    assert.equal(box.sendEnabled, true, 'the site noticed the text (its send button is enabled)');
    assert.equal(box.submitted, undefined, 'nothing was submitted');
    await page.close();
  });
}
