// Rapport in the browser's side panel: the person of the active tab, and nothing of Rapport in the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, fixture, navigateInPage, sidebarOf, startRapport, waitUntil } from './harness.mjs';
import { recordDomChangesAfterLoad, setDisplayPlaces, sidePanelControl } from './side-panel.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const FEED = 'https://www.linkedin.com/feed/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const GMAIL_THREAD = `${GMAIL}#inbox/FMfcgzQdemo`;
const BOTH_IN_PANEL = { linkedin: 'panel', gmail: 'panel' };

let rapport;
let panel;
before(async () => {
  rapport = await startRapport({
    pages: {
      [ANNA]: 'demo/linkedin-anna.html',
      [KENJI]: 'demo/linkedin-kenji.html',
      [FEED]: { html: '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>' },
      [GMAIL]: 'demo/gmail-thread.html',
    },
  });
  panel = await sidePanelControl(rapport);
  await panel.open();
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

/** A site tab, active, whose DOM changes after load are recorded from before any script of Rapport runs. */
async function openWatched(url) {
  const page = await rapport.context.newPage();
  await page.addInitScript(recordDomChangesAfterLoad);
  await page.goto(url);
  await page.bringToFront();
  return page;
}

const changesIn = (page) => page.evaluate(() => window.__changes);

test('the observer sees Rapport\u2019s sidebar when it is beside the page (so the next test can fail)', async () => {
  await setDisplayPlaces(panel.control, { linkedin: 'page', gmail: 'page' });
  const page = await openWatched(KENJI);
  await (await sidebarOf(page)).getByRole('heading', { name: 'Kenji Watanabe' }).waitFor();
  assert.ok((await changesIn(page)).includes('added <rapport-sidebar> to <body>'), 'the sidebar was seen being added');
  await page.close();
});

test('in side-panel mode a LinkedIn profile and a Gmail conversation get nothing from Rapport, while the panel names the person', async () => {
  await setDisplayPlaces(panel.control, BOTH_IN_PANEL);
  for (const [url, name] of [
    [KENJI, 'Kenji Watanabe'],
    [GMAIL_THREAD, 'Anna Müller'],
  ]) {
    const page = await openWatched(url);
    await panel.waitForText(name);
    // The content script has read and reported the page; give it time to do anything else it would.
    await page.waitForTimeout(400);
    assert.deepEqual(await changesIn(page), [], `nothing was added to or changed in ${url}`);
    assert.equal(await page.locator('rapport-sidebar, iframe').count(), 0);
    await page.close();
  }
});

test('switching tabs switches the person; a page about nobody says so', async () => {
  await setDisplayPlaces(panel.control, BOTH_IN_PANEL);
  const linkedin = await openWatched(KENJI);
  const gmail = await openWatched(GMAIL_THREAD);
  const feed = await openWatched(FEED);
  const blank = await rapport.context.newPage();

  await linkedin.bringToFront();
  let shown = await panel.waitForText('Kenji Watanabe');
  assert.ok(!shown.includes('Anna Müller'));
  await gmail.bringToFront();
  shown = await panel.waitForText('Anna Müller');
  assert.ok(!shown.includes('Kenji Watanabe'), `only the person of the active tab:\n${shown}`);
  for (const elsewhere of [feed, blank]) {
    await elsewhere.bringToFront();
    shown = await panel.waitForText('Nobody to show on this page');
    assert.ok(!shown.includes('Anna Müller'), `nobody on ${elsewhere.url()}:\n${shown}`);
  }
  await linkedin.bringToFront();
  await panel.waitForText('Kenji Watanabe');
  for (const page of [linkedin, gmail, feed, blank]) await page.close();
});

test('the panel follows LinkedIn\u2019s in-page navigation, and a tab that leaves the site shows nobody', async () => {
  await setDisplayPlaces(panel.control, BOTH_IN_PANEL);
  const page = await openWatched(ANNA);
  await panel.waitForText('Anna Müller');
  await navigateInPage(page, KENJI, fixture('demo/linkedin-kenji.html'));
  const shown = await panel.waitForText('Kenji Watanabe');
  assert.ok(!shown.includes('Anna Müller'), `the previous person is gone:\n${shown}`);
  await page.goto(rapport.extensionUrl('popup.html'));
  await panel.waitForText('Nobody to show on this page');
  await page.close();
});

test('a draft from the panel goes into the page\u2019s message box and is not sent', async () => {
  await setDisplayPlaces(panel.control, BOTH_IN_PANEL);
  const page = await openWatched(ANNA);
  await page.evaluate(() => {
    window.rapportSends = 0;
    const count = () => (window.rapportSends += 1);
    document.querySelector('form.msg-form').addEventListener('submit', count, true);
    document.querySelector('.msg-form__send-button').addEventListener('click', count, true);
  });
  await panel.click('Add to Rapport');
  await panel.click('Draft a note');
  await waitUntil(async () => (await panel.fieldValue('Message'))?.length > 10, { message: 'a draft' });
  const draft = await panel.fieldValue('Message');
  await panel.click('Put into the page');
  await panel.waitForText('The draft is in the message box');
  const inBox = await page.locator('.msg-form__contenteditable').innerText();
  assert.ok(inBox.includes(draft.split('\n')[0]), `the draft is in the box:\n${inBox}`);
  assert.equal(await page.evaluate(() => window.rapportSends), 0, 'nothing was sent');
  // Adding from the panel stored the person for good.
  assert.equal((await rapport.call('contact.lookup', { linkedinSlug: 'anna-mueller-demo' })).contact.displayName, 'Anna Müller');
  await page.close();
});

test('"New note for this person" opens the draft in the panel for the active tab', async () => {
  await setDisplayPlaces(panel.control, BOTH_IN_PANEL);
  const page = await openWatched(ANNA);
  await panel.waitForText('Last contact');
  assert.equal(await panel.fieldValue('Message'), undefined, 'the draft is folded until asked for');
  // What the keyboard command does after opening the panel (the command itself is in commands.test.ts).
  const tabId = await panel.control.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.linkedin.com/*' }))[0].id);
  await panel.control.evaluate((id) => chrome.storage.session.set({ panelRequest: { tabId: id, action: 'draft', at: Date.now() } }), tabId);
  await waitUntil(async () => (await panel.fieldValue('Message'))?.length > 10, { message: 'the draft to open' });
  await page.close();
});

test('the options page switches an open page between the sidebar and the side panel', async () => {
  await setDisplayPlaces(panel.control, { linkedin: 'page', gmail: 'page' });
  const page = await openWatched(KENJI);
  await sidebarOf(page);
  const options = await rapport.context.newPage();
  await options.goto(rapport.extensionUrl('options.html#settings'));
  const linkedin = options.getByRole('group', { name: 'On LinkedIn' });
  await linkedin.getByLabel("In the browser's side panel (nothing added to the page)").check();
  await options.getByText('Saved. Open pages follow at once.').waitFor();
  await waitUntil(async () => (await page.locator('rapport-sidebar').count()) === 0, { message: 'the sidebar to leave the page' });
  assert.deepEqual(await options.evaluate(async () => (await chrome.storage.local.get('displayPlaces')).displayPlaces), { linkedin: 'panel', gmail: 'page' });
  await linkedin.getByLabel('Beside the page (a sidebar in the page)').check();
  await sidebarOf(page);
  await options.close();
  await page.close();
});
