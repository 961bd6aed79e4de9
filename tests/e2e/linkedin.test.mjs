import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, callFromSidebar, fixture, navigateInPage, sidebarOf, startRapport, waitUntil } from './harness.mjs';

const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan-8841b2/';
const ZEYNEP = 'https://www.linkedin.com/in/zeynep-yildiz/';
const MARIA = 'https://www.linkedin.com/in/mariajose-fernandez-ortega/';
const HOSTILE = 'https://www.linkedin.com/in/hostile-test-1/';
const LIGHT_DOM_CHAT = 'https://www.linkedin.com/in/chat-light-dom/';
const SHADOW_CHAT = 'https://www.linkedin.com/in/chat-shadow-root/';
const TWO_CHATS = 'https://www.linkedin.com/in/chat-two-bubbles/';
const LATE_SHELL = 'https://www.linkedin.com/in/priya-late-shell/';

/** The 2024 profile whose markup the page's script renders into an existing root 800 ms after load, as LinkedIn's app shell can. */
function profileRenderedLate() {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(fixture('linkedin/profile-2024-logged-in.html').replaceAll('priya-raghunathan-8841b2', 'priya-late-shell'))[1];
  const markup = JSON.stringify(body).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><meta charset="utf-8"><title>LinkedIn</title></head><body><div id="root"></div>
<script>setTimeout(() => { document.getElementById('root').innerHTML = ${markup}; }, 800);</script></body></html>`;
}
const withoutPageScripts = (html) => html.replace(/<script>[\s\S]*?<\/script>/g, '').replace(/<img src="x" onerror="[^"]*" alt="">/g, '');

let rapport;
before(async () => {
  rapport = await startRapport({
    pages: {
      [PRIYA]: 'linkedin/profile-2024-logged-in.html',
      [ZEYNEP]: 'linkedin/profile-2026-02-variant.html',
      [MARIA]: 'linkedin/profile-2026-03-sdui.html',
      [HOSTILE]: { html: withoutPageScripts(fixture('linkedin/profile-hostile-name.html')) },
      [LIGHT_DOM_CHAT]: 'linkedin/messaging-overlay-light-dom.html',
      [SHADOW_CHAT]: 'linkedin/messaging-overlay-shadow-root.html',
      [TWO_CHATS]: 'linkedin/messaging-overlay-two-bubbles.html',
      [LATE_SHELL]: { html: profileRenderedLate() },
    },
  });
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

test('an unknown person on a 2026 profile without h1 is shown by name and added in one click', async () => {
  const page = await rapport.context.newPage();
  await page.goto(MARIA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'María José Fernández-Ortega' }).waitFor();
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByTestId('last-contact').waitFor();
  const card = await rapport.call('contact.lookup', { linkedinSlug: 'mariajose-fernandez-ortega' });
  assert.equal(card.contact.displayName, 'María José Fernández-Ortega');
  await page.close();
});

test('profile to profile and back without page loads: the sidebar always shows the person of the URL', async () => {
  const page = await rapport.context.newPage();
  await page.goto(PRIYA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor();
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByTestId('last-contact').waitFor();

  await navigateInPage(page, ZEYNEP, fixture('linkedin/profile-2026-02-variant.html'));
  await sidebar.getByRole('heading', { name: 'Zeynep Yıldız' }).waitFor({ timeout: 2000 });
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).waitFor();

  await navigateInPage(page, PRIYA, fixture('linkedin/profile-2024-logged-in.html'));
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor({ timeout: 2000 });
  await sidebar.getByTestId('last-contact').waitFor();
  assert.equal(await sidebar.getByText('Zeynep').count(), 0);
  await page.close();
});

test('a profile whose app shell renders after the script started is read once it is there', async () => {
  const page = await rapport.context.newPage();
  await page.goto(LATE_SHELL);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor({ timeout: 4000 });
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).waitFor();
  await page.close();
});

test('logging a call shows "last contact: today, call"', async () => {
  const page = await rapport.context.newPage();
  await page.goto(PRIYA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByTestId('last-contact').waitFor();
  await sidebar.getByLabel('How').selectOption('call');
  await sidebar.getByLabel('Short summary').fill('Talked through the Q1 plan');
  await sidebar.getByRole('button', { name: 'Save' }).first().click();
  await waitUntil(async () => (await sidebar.getByTestId('last-contact').textContent()) === 'today, call', { message: 'last contact' });
  await sidebar.getByText('Talked through the Q1 plan').waitFor();
  await page.close();
});

test('agreements: add, complete; cadence and snooze from the sidebar', async () => {
  const page = await rapport.context.newPage();
  await page.goto(PRIYA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByTestId('last-contact').waitFor();
  await sidebar.getByText('Add agreement').click();
  await sidebar.getByLabel('Kind').selectOption('invoice');
  await sidebar.getByLabel('What was agreed').fill('Invoice 7, 14 days net');
  await sidebar.getByLabel('Due date (optional)').fill('2020-01-15');
  await sidebar.getByRole('form', { name: 'Add agreement' }).getByRole('button', { name: 'Save' }).click();
  const item = sidebar.getByTestId('agreement').filter({ hasText: 'Invoice 7' });
  await item.getByText('overdue').waitFor();
  await waitUntil(async () => (await rapport.badge()) === '1', { message: 'badge 1' });
  await item.getByRole('button', { name: 'Mark as done' }).click();
  await waitUntil(async () => (await rapport.badge()) === '', { message: 'badge empty' });

  await sidebar.getByLabel('Keep-in-touch rhythm').selectOption('quarterly');
  await sidebar.getByText('quarterly', { exact: false }).first().waitFor();
  await sidebar.getByRole('button', { name: '1 week' }).click();
  const card = await waitUntil(async () => {
    const found = await rapport.call('contact.lookup', { linkedinSlug: 'priya-raghunathan-8841b2' });
    return found.contact.snoozedUntil ? found : undefined;
  });
  assert.deepEqual(card.contact.cadence, { unit: 'months', count: 3 });
  await page.close();
});

test('hostile names are shown as text and run nothing, in the page or in the sidebar', async () => {
  const page = await rapport.context.newPage();
  await page.goto(HOSTILE);
  const sidebar = await sidebarOf(page);
  const heading = sidebar.locator('h1').first();
  await heading.waitFor();
  await waitUntil(async () => (await heading.textContent()).includes('<img src=x onerror=window.__pwned=1>'), { message: 'hostile name as text' });
  assert.equal(await sidebar.locator('h1 img, h1 script').count(), 0);
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByTestId('last-contact').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await sidebar.evaluate(() => window.__pwned), undefined);
  await page.close();
});

for (const [variant, url, composer] of [
  ['light DOM', LIGHT_DOM_CHAT, (page) => page.locator('.msg-form__contenteditable').first()],
  ['#interop-outlet shadow root', SHADOW_CHAT, (page) => page.locator('#interop-outlet [role=textbox][contenteditable=true]').first()],
]) {
  test(`a draft lands in LinkedIn's message box (${variant}), registers as typed, and nothing is sent`, async () => {
    const page = await rapport.context.newPage();
    await page.goto(url);
    const sidebar = await sidebarOf(page);
    await sidebar.locator('h1').first().waitFor();
    const result = await callFromSidebar(sidebar, 'draft.insert', { body: 'Hallo Priya, wie geht es dir?' });
    assert.equal(result.inserted, true);
    assert.match(await composer(page).textContent(), /Hallo Priya, wie geht es dir\?/);
    const sendEnabled = await page.evaluate(() => {
      const root = document.querySelector('#interop-outlet')?.shadowRoot ?? document;
      return !root.querySelector('button.msg-form__send-button, form button[type=submit]')?.disabled;
    });
    assert.equal(sendEnabled, true, 'the site noticed the text (its send button is enabled)');
    assert.equal(await page.evaluate(() => window.__submitted), undefined, 'nothing was submitted');
    await page.close();
  });
}

test('with two chats open "Put into the page" fills the one with the person of the profile, not the first; someone else\'s never', async () => {
  const page = await rapport.context.newPage();
  await page.goto(TWO_CHATS);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor();
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByTestId('last-contact').waitFor();
  const panel = sidebar.getByTestId('draft-panel');
  const disclosure = panel.getByRole('button', { name: 'Draft a note' });
  if ((await disclosure.getAttribute('aria-expanded')) === 'false') await disclosure.click();
  const draft = await panel.getByLabel('Message', { exact: true }).inputValue();
  const boxText = (partner) =>
    page.locator(`.msg-overlay-conversation-bubble[data-partner="${partner}"] [role=textbox]`).evaluate((box) => box.textContent.replace(/\s+/g, ''));

  await panel.getByRole('button', { name: 'Put into the page' }).click();
  await panel.getByText('The draft is in the message box').waitFor();
  assert.ok((await boxText('priya')).includes(draft.replace(/\s+/g, '')), 'the draft is in Priya\'s chat');
  assert.equal(await boxText('jonas'), '', 'nothing went into the chat with Jonas, which is first on the page');
  const inputEvents = await page.evaluate(() => window.__inputEvents);
  assert.ok(inputEvents.priya > 0 && inputEvents.jonas === 0, `only Priya's chat noticed typing: ${JSON.stringify(inputEvents)}`);

  await page.evaluate(() => document.querySelector('.msg-overlay-conversation-bubble[data-partner="priya"]').remove());
  await panel.getByRole('button', { name: 'Put into the page' }).click();
  await panel.getByRole('status').filter({ hasText: 'The open message is addressed to someone else' }).waitFor();
  assert.equal(await boxText('jonas'), '', 'the chat with someone else is left alone');
  assert.equal(await page.evaluate(() => window.__submitted), undefined, 'nothing was submitted');
  await page.close();
});

test('with no message box open the sidebar is told so (it copies instead)', async () => {
  const page = await rapport.context.newPage();
  await page.goto(ZEYNEP);
  const sidebar = await sidebarOf(page);
  await sidebar.locator('h1').first().waitFor();
  assert.deepEqual(await callFromSidebar(sidebar, 'draft.insert', { body: 'Hi' }), { inserted: false, reason: 'no-message-box' });
  await page.close();
});

test('a Gmail contact and their LinkedIn profile become one person through "Link to an existing contact"', async () => {
  const fromGmail = await rapport.call('contact.add', { displayName: 'Zeynep Yildiz', emails: ['zeynep@kanzlei-brandt.example'] });
  await rapport.call('contact.add', { displayName: 'Kenji Watanabe', emails: ['kenji@example.jp'] });
  const page = await rapport.context.newPage();
  await page.goto(ZEYNEP);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Zeynep Yıldız' }).waitFor();
  await sidebar.getByText('Link to an existing contact').click();
  await sidebar.getByRole('button', { name: 'Link Zeynep Yildiz' }).click();
  await sidebar.getByTestId('last-contact').waitFor();
  assert.equal(await sidebar.getByRole('button', { name: 'Link Kenji Watanabe' }).count(), 0, 'strangers are not suggested');
  const linked = await rapport.call('contact.lookup', { linkedinSlug: 'zeynep-yildiz' });
  assert.equal(linked.contact.id, fromGmail.id);
  assert.deepEqual(linked.contact.emails, ['zeynep@kanzlei-brandt.example']);
  await page.close();
});

test('a new company on LinkedIn is pointed out before / now, with a handover hint, and taken over on request', async () => {
  const { contact } = await rapport.call('contact.lookup', { linkedinSlug: 'mariajose-fernandez-ortega' });
  const pageCompany = contact.company;
  await rapport.call('contact.update', { contactId: contact.id, patch: { company: 'Vieja Empresa S.L.' } });
  await rapport.call('agreement.add', { contactId: contact.id, kind: 'payment-terms', text: '30 days net' });
  const page = await rapport.context.newPage();
  await page.goto(MARIA);
  const sidebar = await sidebarOf(page);
  const notice = sidebar.getByTestId('changed-company');
  await notice.getByText('Before: Vieja Empresa S.L.').waitFor();
  await notice.getByText(`Now: ${pageCompany}`).waitFor();
  await sidebar.getByText(/Open agreements were made with Vieja Empresa S\.L\./).waitFor();
  await sidebar.getByRole('button', { name: 'Update contact' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.equal((await rapport.call('contact.lookup', { linkedinSlug: 'mariajose-fernandez-ortega' })).contact.company, pageCompany);
  await page.close();
});
