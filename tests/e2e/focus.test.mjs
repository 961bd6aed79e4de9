// Keyboard focus: visible at 3:1 or more on every control of every page, and never lost when a row goes away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { focusIndicator } from './focus-style.mjs';
import { assertNoOffSiteRequests, sidebarOf, startRapport, waitUntil } from './harness.mjs';
import { seedSampleData } from './sample-data.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';

let rapport;
before(async () => {
  rapport = await startRapport({ pages: { [ANNA]: 'demo/linkedin-anna.html' } });
  await seedSampleData(rapport);
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

/** Tabs through `target` (a page or frame, keyboard from `page`) and returns every control whose indicator is weak. */
async function weakFocus(page, target, presses = 40) {
  const weak = new Set();
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press('Tab');
    const { element, best } = await target.evaluate(focusIndicator);
    if (element !== 'body' && best < 3) weak.add(`${element}: ${best}:1`);
  }
  return [...weak];
}

for (const colorScheme of ['light', 'dark']) {
  test(`every control shows focus at 3:1 or more (${colorScheme})`, async () => {
    const weak = {};
    for (const file of ['popup.html', 'options.html#settings', 'options.html#agreements', 'welcome.html', 'sidepanel.html']) {
      const page = await rapport.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(rapport.extensionUrl(file));
      await page.locator('h1, h2').first().waitFor();
      const found = await weakFocus(page, page);
      if (found.length) weak[file] = found;
      await page.close();
    }
    const site = await rapport.context.newPage();
    await site.emulateMedia({ colorScheme });
    await site.goto(ANNA);
    const sidebar = await sidebarOf(site);
    await sidebar.locator('#contact-name').waitFor();
    await sidebar.locator('#contact-name').click();
    const found = await weakFocus(site, sidebar, 30);
    if (found.length) weak.sidebar = found;
    await site.close();
    assert.deepEqual(weak, {}, 'weak focus indicators');
  });
}

test('the show/hide button over the site has a two-tone focus ring that stands out on light and dark pages', async () => {
  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  await sidebarOf(page);
  for (const background of ['#ffffff', '#1b1f23', '#0a66c2']) {
    await page.evaluate((color) => {
      document.body.style.background = color;
      document.querySelector('rapport-sidebar').shadowRoot.querySelector('.toggle').focus();
    }, background);
    // Behind the toggle is the page itself; the indicator has a ring at 3:1 or more against it.
    const { best } = await page.evaluate(focusIndicator, 'rapport-sidebar');
    assert.ok(best >= 3, `on ${background}: ${best}:1`);
  }
  await page.close();
});

test('after "Mark as done" removes a row, focus goes to the next row, in the options page and in the sidebar', async () => {
  const options = await rapport.context.newPage();
  await options.goto(rapport.extensionUrl('options.html#agreements'));
  const rows = options.getByTestId('agreement-row');
  await rows.first().waitFor();
  const before = await rows.count();
  // The live region is there before anything is said in it (its text is in a closed shadow root).
  const announcer = options.locator('#rapport-announcer');
  assert.equal(await announcer.getAttribute('data-announced'), null);
  const doneText = await rows.first().locator('.agreement-text').textContent();
  await rows.first().getByRole('button', { name: 'Mark as done' }).focus();
  await options.keyboard.press('Enter');
  await waitUntil(async () => (await rows.count()) === before - 1, { message: 'the row to go' });
  const focused = await options.evaluate(() => ({ tag: document.activeElement?.localName, text: document.activeElement?.textContent }));
  assert.deepEqual(focused, { tag: 'button', text: 'Mark as done' }, 'the next row\u2019s button has focus');
  await waitUntil(async () => (await announcer.getAttribute('data-announced')) === `Marked as done: ${doneText}`, { message: 'the announcement' });
  const spoken = await options.evaluate(() => document.body.innerText);
  assert.ok(!spoken.includes('Marked as done:'), 'no second copy of the status in the page text');
  await options.close();

  const page = await rapport.context.newPage();
  await page.goto(ANNA);
  const sidebar = await sidebarOf(page);
  const agreements = sidebar.getByTestId('agreement');
  await agreements.first().waitFor();
  const count = await agreements.count();
  for (let left = count; left > 0; left -= 1) {
    await agreements.first().getByRole('button', { name: 'Mark as done' }).focus();
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await agreements.count()) === left - 1, { message: 'the agreement to go' });
    const where = await sidebar.evaluate(() => document.activeElement?.localName);
    assert.notEqual(where, 'body', `focus is kept with ${left - 1} left`);
  }
  await page.close();
});
