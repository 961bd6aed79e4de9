import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, callFromSidebar, fixture, sidebarOf, startRapport, switchGmailThread, waitUntil } from './harness.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD_1TO1 = '#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd';
const THREAD_GERMAN = '#inbox/FMfcgzQbgRnJhvXxKqLwPmTsCdFbNkHz';
const THREAD_CC = '#label/Workshops/FMfcgzQbgRnJhvXxKqLwPmTsCdFbNkHc';
const THREAD_ALIAS = '#sent/FMfcgzQbgRnJhvXxKqLwPmTsCdFbNkHb';

let rapport;
let jonas;
before(async () => {
  rapport = await startRapport({ pages: { [GMAIL]: 'gmail/thread-1to1.html' } });
  jonas = await rapport.call('contact.add', { displayName: 'Jonas Berger', emails: ['Jonas.Berger@example.org'] });
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

test('opening a thread with a known contact sets last contact to the latest message; reopening logs nothing new', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor();
  const latest = new Date(2025, 2, 7, 8, 45).getTime();
  const card = await waitUntil(async () => {
    const found = await rapport.call('contact.card', { contactId: jonas.id });
    return found.contact.lastContactAt === latest ? found : undefined;
  }, { message: 'last contact from the thread' });
  assert.equal(card.contact.lastContactChannel, 'email');
  assert.deepEqual(card.recentInteractions.map((i) => i.direction), ['inbound', 'outbound', 'inbound']);
  assert.ok(card.recentInteractions.every((i) => i.summary === 'Project kickoff 🚀' && !('body' in i)));

  await page.reload();
  await (await sidebarOf(page)).getByRole('heading', { name: 'Jonas Berger' }).waitFor();
  await page.waitForTimeout(400);
  assert.equal((await rapport.call('contact.card', { contactId: jonas.id })).recentInteractions.length, 3);
  await page.close();
});

test('switching threads switches the person; the signed-in user is never offered as the partner', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor();

  await switchGmailThread(page, THREAD_GERMAN, fixture('gmail/thread-german.html'));
  await sidebar.getByRole('heading', { name: 'Klaus Weiß' }).waitFor({ timeout: 2000 });
  await sidebar.getByRole('button', { name: 'Anna Müller' }).click();
  await sidebar.getByRole('heading', { name: 'Anna Müller' }).waitFor();

  await switchGmailThread(page, THREAD_CC, fixture('gmail/thread-cc-several.html'));
  await sidebar.getByRole('button', { name: 'Marta Kowalczyk' }).waitFor({ timeout: 2000 });
  const partners = await sidebar.getByRole('navigation').getByRole('button').allTextContents();
  assert.deepEqual(partners, ['Jonas Berger', 'Priya Raman', 'Marta Kowalczyk', 'Tomás Herrera']);
  assert.equal(await sidebar.getByText('lena.vogt@example.com').count(), 0);
  await page.close();
});

test("addresses the user listed as their own are never partners either", async () => {
  await rapport.call('settings.save', { ownEmails: ['Lena@Vogt-Design.example'] });
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor();
  await switchGmailThread(page, THREAD_ALIAS, fixture('gmail/thread-user-wrote-last.html'));
  await sidebar.getByRole('heading', { name: 'Tomás Herrera' }).waitFor({ timeout: 2000 });
  assert.equal(await sidebar.getByRole('navigation').count(), 0, 'one partner only');
  assert.equal(await sidebar.getByText('vogt-design.example').count(), 0);
  await page.close();
});

test('"Agreed in this email" links the agreement to the conversation', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByTestId('last-contact').waitFor();
  await sidebar.getByText('Agreed in this email').click();
  await sidebar.getByLabel('What was agreed').fill('Kick-off workshop on 14 March, half a day');
  await sidebar.getByRole('form', { name: 'Agreed in this email' }).getByRole('button', { name: 'Save' }).click();
  const item = sidebar.getByTestId('agreement').filter({ hasText: 'Kick-off workshop' });
  await item.getByRole('button', { name: 'Open the email' }).waitFor();
  const card = await rapport.call('contact.card', { contactId: jonas.id });
  assert.equal(card.agreementSources[card.openAgreements[0].id], GMAIL + THREAD_1TO1);
  await page.close();
});

test('a draft lands in an open compose window with address, subject and body; nothing is sent', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByTestId('last-contact').waitFor();
  await page.evaluate((html) => {
    const compose = new DOMParser().parseFromString(html, 'text/html').querySelector('div[role=dialog]');
    document.body.append(document.importNode(compose, true));
  }, fixture('gmail/compose-new.html'));
  const result = await callFromSidebar(sidebar, 'draft.insert', {
    to: 'jonas.berger@example.org',
    subject: 'Kurzer Gruß',
    body: 'Hallo Jonas,\nwie geht es dir?',
  });
  assert.deepEqual(result, { inserted: true, where: 'dialog' });
  const fields = await page.evaluate(() => ({
    to: document.querySelector('div[name=to] input')?.value,
    subject: document.querySelector('input[name=subjectbox]')?.value,
    body: document.querySelector('div[g_editable=true][role=textbox]')?.innerText,
    sent: window.__sent,
    submitted: window.__submitted,
  }));
  assert.equal(fields.to, 'jonas.berger@example.org');
  assert.equal(fields.subject, 'Kurzer Gruß');
  assert.match(fields.body, /Hallo Jonas,\s*wie geht es dir\?/);
  assert.equal(fields.sent, undefined);
  assert.equal(fields.submitted, undefined);
  await page.close();
});

test('a draft put into the inline reply of a CC thread fills only the body: the "Re:" subject and the recipients stay; nothing is sent', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor();
  await switchGmailThread(page, THREAD_CC, fixture('gmail/thread-cc-several.html'));
  await sidebar.getByRole('button', { name: 'Marta Kowalczyk' }).waitFor({ timeout: 2000 });
  await sidebar.getByRole('button', { name: 'Jonas Berger' }).click();
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor();
  const reply = () =>
    page.evaluate(() => {
      const region = document.querySelector('[role=region][aria-label=Reply]');
      return {
        chips: [...region.querySelectorAll('div[name=to] [role=option]')].map((chip) => chip.getAttribute('data-hovercard-id')),
        to: region.querySelector('div[name=to] input').value,
        subject: region.querySelector('input[name=subjectbox]').value,
        body: region.querySelector('div[g_editable=true][role=textbox]').innerText,
        sent: window.__sent,
        submitted: window.__submitted,
      };
    });
  const before = await reply();

  const panel = sidebar.getByTestId('draft-panel');
  const disclosure = panel.getByRole('button', { name: 'Draft a note' });
  if ((await disclosure.getAttribute('aria-expanded')) === 'false') await disclosure.click();
  await panel.getByLabel('Subject').fill('Kurzer Gruß');
  await panel.getByLabel('Message', { exact: true }).fill('Hallo Jonas,\nder 19. passt.');
  await panel.getByRole('button', { name: 'Put into the page' }).click();
  await panel.getByText('The draft is in the message box').waitFor();

  const after = await reply();
  assert.equal(after.subject, 'Re: Q2 workshop dates');
  assert.equal(after.subject, before.subject);
  assert.deepEqual(after.chips, ['marta.kowalczyk@example.net', 'priya.raman@example.com', 'jonas.berger@example.org']);
  assert.deepEqual(after.chips, before.chips);
  assert.equal(after.to, '');
  assert.match(after.body, /Hallo Jonas,\s*der 19\. passt\./);
  assert.equal(after.sent, undefined);
  assert.equal(after.submitted, undefined);

  const opened = await rapport.recordOpenedTabs();
  await panel.getByRole('button', { name: 'Open in Gmail' }).click();
  const url = new URL((await opened())[0]);
  assert.equal(url.searchParams.get('to'), 'jonas.berger@example.org', 'the address of the partner in the conversation');
  assert.equal(url.searchParams.get('authuser'), 'lena.vogt@example.com', 'the mailbox the conversation is open in');
  await page.close();
});

test('with the service worker stopped between steps, nothing is lost and the sidebar keeps working', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByTestId('last-contact').waitFor();
  const before = await rapport.call('contact.card', { contactId: jonas.id });

  await rapport.stopWorker(page);
  await switchGmailThread(page, THREAD_GERMAN, fixture('gmail/thread-german.html'));
  await sidebar.getByRole('heading', { name: 'Klaus Weiß' }).waitFor({ timeout: 3000 });

  await rapport.stopWorker(page);
  await switchGmailThread(page, THREAD_1TO1, fixture('gmail/thread-1to1.html'));
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor({ timeout: 3000 });
  await rapport.stopWorker(page);
  await sidebar.getByLabel('How').selectOption('call');
  await sidebar.getByRole('button', { name: 'Save' }).first().click();
  await waitUntil(async () => (await sidebar.getByTestId('last-contact').textContent()) === 'today, call', { message: 'call logged' });

  const after = await rapport.call('contact.card', { contactId: jonas.id });
  assert.equal(after.openAgreements.length, before.openAgreements.length);
  assert.equal(after.recentInteractions.length, Math.min(5, before.recentInteractions.length + 1));
  await page.close();
});

test('adding the partner of an open thread logs that thread at once', async () => {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREAD_1TO1);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Jonas Berger' }).waitFor();
  await switchGmailThread(page, THREAD_GERMAN, fixture('gmail/thread-german.html'));
  await sidebar.getByRole('heading', { name: 'Klaus Weiß' }).waitFor({ timeout: 3000 });
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await waitUntil(async () => {
    const text = await sidebar.getByTestId('last-contact').textContent().catch(() => null);
    return text && text !== 'No contact logged yet' && text.endsWith('email');
  }, { message: 'last contact from the open thread' });
  const card = await rapport.call('contact.lookup', { emails: ['klaus.weiss@example.de'] });
  assert.ok(card.recentInteractions.length > 0 && card.recentInteractions.every((interaction) => interaction.channel === 'email'));
  assert.equal(card.contact.lastContactChannel, 'email');
  await page.close();
});
