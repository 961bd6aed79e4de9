import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, sidebarOf, startRapport, waitUntil } from './harness.mjs';

const ANNA = 'https://www.linkedin.com/in/anna-mueller-demo/';
const KENJI = 'https://www.linkedin.com/in/kenji-watanabe-demo/';
const DAY = 86_400_000;
const FROM_THE_CALL = ['Entwurf Startseite', 'Bildrechte klären'];
const NOT_FROM_THE_CALL = 'Alte Visitenkarten';

let rapport;
before(async () => {
  rapport = await startRapport({ pages: { [ANNA]: 'demo/linkedin-anna.html', [KENJI]: 'demo/linkedin-kenji.html' } });
  await seedAnnaWithACall();
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

/** Anna, a call logged just now, two agreements made in it (one already done) and one from before. */
async function seedAnnaWithACall() {
  const anna = await rapport.call('contact.add', {
    displayName: 'Anna Müller',
    linkedinSlug: 'anna-mueller-demo',
    company: 'Müller & Partner GmbH',
    language: 'de',
    formality: 'du',
  });
  await rapport.call('agreement.add', { contactId: anna.id, kind: 'promise', text: NOT_FROM_THE_CALL });
  const [call] = await rapport.call('interaction.log', {
    contactId: anna.id,
    at: Date.now() - 60_000,
    channel: 'call',
    direction: 'mutual',
    summary: 'Relaunch der Website',
  });
  const dueDate = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
  await rapport.call('agreement.add', { contactId: anna.id, kind: 'deadline', text: FROM_THE_CALL[0], dueDate, interactionId: call.id });
  const promise = await rapport.call('agreement.add', { contactId: anna.id, kind: 'promise', text: FROM_THE_CALL[1], interactionId: call.id });
  await rapport.call('agreement.update', { agreementId: promise.id, patch: { status: 'done' } });
  return anna;
}

async function openDraftPanel(page) {
  await page.goto(ANNA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Anna Müller' }).waitFor();
  const panel = sidebar.getByTestId('draft-panel');
  await panel.getByLabel('Type of note').waitFor();
  return panel;
}

test('after a call with two agreements, the call summary names both and nothing else', async () => {
  const page = await rapport.context.newPage();
  const panel = await openDraftPanel(page);
  await panel.getByText('Fits now: Call summary').waitFor();
  await panel.getByLabel('Type of note').selectOption({ label: 'Call summary' });

  const body = await panel.getByLabel('Message', { exact: true }).inputValue();
  for (const agreement of FROM_THE_CALL) assert.ok(body.includes(agreement), `the summary names "${agreement}":\n${body}`);
  assert.ok(!body.includes(NOT_FROM_THE_CALL), 'an agreement from before the call is not in its summary');
  assert.match(body, /^Hallo Anna,\n/, 'German, informal, as set for Anna');
  assert.ok(body.includes('Relaunch der Website'), 'the summary of the call');
  await page.close();
});

test('"Put into the page" fills the LinkedIn message box with the edited draft and sends nothing', async () => {
  const page = await rapport.context.newPage();
  const panel = await openDraftPanel(page);
  await panel.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  await page.evaluate(() => {
    window.rapportSends = 0;
    const count = () => (window.rapportSends += 1);
    document.querySelector('form.msg-form').addEventListener('submit', count, true);
    document.querySelector('.msg-form__send-button').addEventListener('click', count, true);
  });
  const message = panel.getByLabel('Message', { exact: true });
  await message.fill(`${await message.inputValue()}\n\nPS: Bis Donnerstag!`);

  await panel.getByRole('button', { name: 'Put into the page' }).click();
  await panel.getByText('The draft is in the message box').waitFor();

  const inBox = await page.locator('.msg-form__contenteditable').innerText();
  for (const agreement of FROM_THE_CALL) assert.ok(inBox.includes(agreement), `the message box has "${agreement}":\n${inBox}`);
  assert.ok(inBox.includes('PS: Bis Donnerstag!'), 'the user\u2019s edit went in, not the original draft');
  assert.equal(await page.evaluate(() => window.rapportSends), 0, 'nothing was sent');
  await page.close();
});

test('without a message box on the page the draft is copied, and the user is told so', async () => {
  const page = await rapport.context.newPage();
  const panel = await openDraftPanel(page);
  await page.evaluate(() => document.querySelector('.msg-overlay-conversation-bubble').remove());
  await panel.getByRole('button', { name: 'Put into the page' }).click();
  const notice = panel.getByRole('status').filter({ hasText: 'No message box is open on this page' });
  await notice.waitFor();
  const text = await notice.innerText();
  assert.ok(text.includes('the draft was copied instead'), `the draft was copied: ${text}`);
  await page.close();
});

test('"Open in Gmail" opens a new compose with the subject and the draft', async () => {
  const page = await rapport.context.newPage();
  const panel = await openDraftPanel(page);
  await panel.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  const subject = await panel.getByLabel('Subject').inputValue();
  const opened = await rapport.recordOpenedTabs();
  await panel.getByRole('button', { name: 'Open in Gmail' }).click();
  const [address] = await opened();
  const url = new URL(address);
  assert.equal(url.origin, 'https://mail.google.com');
  assert.equal(url.searchParams.get('view'), 'cm');
  assert.equal(url.searchParams.get('su'), subject);
  for (const agreement of FROM_THE_CALL) assert.ok(url.searchParams.get('body')?.includes(agreement));
  await page.close();
});

test('a template added on the options page is offered as a further wording in the sidebar', async () => {
  const options = await rapport.context.newPage();
  await options.goto(rapport.extensionUrl('options.html#templates'));
  await options.getByLabel('Language').selectOption('de');
  await options.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  await options.getByRole('button', { name: 'Add a template' }).click();
  await options.getByLabel('Form of address', { exact: true }).selectOption('du');
  await options.getByLabel('Subject').fill('Kurz notiert');
  await options.getByLabel('Message', { exact: true }).fill('{greeting},\n\nEIGENE VORLAGE:\n{callAgreements}\n\n{signature}');
  await options.getByTestId('template-preview').getByText('EIGENE VORLAGE').waitFor();
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved. New drafts use it.').waitFor();
  await options.close();

  const page = await rapport.context.newPage();
  const panel = await openDraftPanel(page);
  await panel.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  const message = panel.getByLabel('Message', { exact: true });
  const wordings = Number((await panel.getByText(/^Wording \d+ of \d+$/).innerText()).split(' of ')[1]);
  let body = await message.inputValue();
  for (let step = 1; step < wordings && !body.includes('EIGENE VORLAGE'); step++) {
    await panel.getByRole('button', { name: 'Another wording' }).click();
    body = await message.inputValue();
  }
  assert.ok(body.includes('EIGENE VORLAGE'), `one of the ${wordings} wordings is the user's own`);
  for (const agreement of FROM_THE_CALL) assert.ok(body.includes(agreement));
  await page.close();
});

test('moving an agreement\u2019s date in the sidebar gives a "New date" note with the old and the new date', async () => {
  const page = await rapport.context.newPage();
  const panel = await openDraftPanel(page);
  const sidebar = await sidebarOf(page);
  const agreement = sidebar.getByTestId('agreement').filter({ hasText: FROM_THE_CALL[0] });
  await agreement.getByRole('button', { name: 'Edit' }).click();
  const form = sidebar.getByRole('form', { name: 'Edit' });
  const dueField = form.getByLabel('Due date (optional)');
  const before = await dueField.inputValue();
  const after = new Date(Date.parse(`${before}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10);
  await dueField.fill(after);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });

  await panel.getByLabel('Type of note').selectOption({ label: 'New date' });
  const german = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const [was, now] = [before, after].map((date) => german.format(new Date(`${date}T00:00:00Z`)));
  const message = panel.getByLabel('Message', { exact: true });
  await waitUntil(async () => (await message.inputValue()).includes(was), { message: 'the note to name the date before the move' });
  const body = await message.inputValue();
  assert.ok(body.includes(FROM_THE_CALL[0]) && body.includes(now), `the note names what moved and its new date:\n${body}`);
  await page.close();
});

test('agreements added in the sidebar right after logging a call go into that call\u2019s summary', async () => {
  const page = await rapport.context.newPage();
  await page.goto(KENJI);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('button', { name: 'Add to Rapport' }).click();
  await sidebar.getByTestId('last-contact').waitFor();
  await sidebar.getByLabel('How').selectOption('call');
  await sidebar.getByLabel('Short summary').fill('Website-Relaunch besprochen');
  await sidebar.getByRole('form', { name: 'Log contact' }).getByRole('button', { name: 'Save' }).click();
  await waitUntil(async () => (await sidebar.getByTestId('last-contact').textContent()) === 'today, call', { message: 'the call to be logged' });

  await sidebar.getByText('Add agreement').click();
  const form = sidebar.getByRole('form', { name: 'Add agreement' });
  const fromTheCall = form.getByLabel(/^Agreed in the call \(today\)/);
  assert.equal(await fromTheCall.isChecked(), true, 'linked to the call just logged, unless the user unticks it');
  const agreed = ['Angebot bis Freitag schicken', 'Drei Logo-Varianten'];
  for (const text of agreed) {
    await form.getByLabel('What was agreed').fill(text);
    await form.getByRole('button', { name: 'Save' }).click();
    await sidebar.getByTestId('agreement').filter({ hasText: text }).waitFor();
  }
  await form.getByLabel('What was agreed').fill('Nicht aus dem Anruf');
  await fromTheCall.uncheck();
  await form.getByRole('button', { name: 'Save' }).click();
  await sidebar.getByTestId('agreement').filter({ hasText: 'Nicht aus dem Anruf' }).waitFor();

  const panel = sidebar.getByTestId('draft-panel');
  await panel.getByText('Fits now: Call summary').waitFor();
  await panel.getByLabel('Type of note').selectOption({ label: 'Call summary' });
  const message = panel.getByLabel('Message', { exact: true });
  const body = await waitUntil(
    async () => {
      const text = await message.inputValue();
      return agreed.every((item) => text.includes(item)) && text;
    },
    { message: 'the summary to name both agreements' },
  );
  assert.ok(!body.includes('Nicht aus dem Anruf'), `an agreement not from the call stays out:\n${body}`);
  await page.close();
});
