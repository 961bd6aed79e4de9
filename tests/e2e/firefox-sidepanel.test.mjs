// The Firefox build in side-panel mode. WebDriver BiDi in Firefox ESR cannot reach the sidebar_action page: it
// refuses to navigate a tab to moz-extension: ("not allowed in this context"), lists no extension tab or sidebar
// as a browsing context, and the framed sidebar it can reach has no tabs, sidebarAction or extension.getViews
// API to open or read it. So this tests what the sidebar_action page stands on: the Firefox manifest declares it,
// the content script adds nothing to the page in side-panel mode, and it still reports the person of each tab
// to the storage the page reads (tab:<id> in storage.local, which the framed sidebar on Gmail can read too).
/* global browser -- the extension API inside the Firefox sidebar frame (page.evaluate) */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_EXTENSION_DIR, firefoxSidebarOf, startRapportInFirefox } from './firefox.mjs';
import { recordDomChangesAfterLoad } from './side-panel.mjs';

const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD = '#inbox/FMfcgzQdemo';

let rapport;
before(async () => {
  rapport = await startRapportInFirefox({ pages: { [KENJI]: 'demo/linkedin-kenji.html', [GMAIL]: 'demo/gmail-thread.html' } });
});
after(async () => {
  if (rapport) assert.deepEqual(rapport.offSite, [], 'nothing may reach the network');
  await rapport?.close();
});

test('Firefox: the manifest declares the side panel as sidebar_action, closed at install', () => {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.sidebar_action, { default_panel: 'sidepanel.html', default_title: 'Rapport', open_at_install: false });
  assert.deepEqual(Object.keys(manifest.commands).sort(), ['new-note', 'open-rapport']);
});

test('Firefox: in side-panel mode a LinkedIn profile gets nothing from Rapport, and its person is reported for the panel', async () => {
  // The Gmail tab keeps the sidebar beside the page: its frame is the extension page the test can reach.
  const gmail = await rapport.newPage();
  await gmail.goto(GMAIL + THREAD);
  const frame = await firefoxSidebarOf(gmail);
  await frame.evaluate(() => browser.storage.local.set({ displayPlaces: { linkedin: 'panel', gmail: 'page' } }));

  const linkedin = await rapport.newPage();
  await linkedin.evaluateOnNewDocument(recordDomChangesAfterLoad);
  await linkedin.goto(KENJI);
  const reported = async () =>
    (await frame.evaluate(async () => Object.values(await browser.storage.local.get(null)).filter((value) => value?.kind === 'profile'))).map(
      (context) => context.name,
    );
  const deadline = Date.now() + 5000;
  while (!(await reported()).includes('Kenji Watanabe') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(await reported(), ['Kenji Watanabe'], 'the content script reported the person the panel shows');
  await new Promise((resolve) => setTimeout(resolve, 400));
  assert.deepEqual(await linkedin.evaluate(() => window.__changes), [], 'nothing was added to or changed in the page');
  assert.equal(await linkedin.evaluate(() => document.querySelectorAll('rapport-sidebar, iframe').length), 0);

  // Back to "beside the page": the open tab shows the sidebar at once (so the observer above could have failed).
  await frame.evaluate(() => browser.storage.local.set({ displayPlaces: { linkedin: 'page', gmail: 'page' } }));
  await firefoxSidebarOf(linkedin);
  assert.ok((await linkedin.evaluate(() => window.__changes)).includes('added <rapport-sidebar> to <body>'));
  await linkedin.close();
  await gmail.close();
});
