// Who is due: data seeded through the extension, the toolbar badge, and acting on the popup's list,
// with the service worker stopped between steps (a stopped worker must change nothing).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, startRapport } from './harness.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const GMAIL_THREAD = `${GMAIL}#inbox/FMfcgzQdemo`;

let rapport;
let popup;
before(async () => {
  rapport = await startRapport({ pages: { [GMAIL]: 'demo/gmail-thread.html' } });
  popup = await rapport.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
});
after(async () => {
  if (rapport) assertNoOffSiteRequests(rapport, assert);
  await rapport?.close();
});

/** Noon, `days` calendar days before today, in the browser's (and this process's) time zone. */
function daysAgo(days) {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 12).getTime();
}
const isoDaysAgo = (days) => {
  const date = new Date(daysAgo(days));
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

async function eventually(check, message, timeout = 1000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`${message} (last seen: ${JSON.stringify(last.value)})`);
}

/** The badge must follow a change within a second. */
async function badgeBecomes(text) {
  await eventually(async () => {
    const value = await rapport.badge();
    return { ok: value === text, value };
  }, `badge should read "${text}"`);
}

async function openPopup() {
  await popup.goto(rapport.extensionUrl('popup.html'));
  await popup.locator('[data-testid="due-row"], .due-empty').first().waitFor();
}

/** The addresses of the tabs a click has Rapport open (closed before they load). */
async function tabsOpenedBy(button) {
  const opened = await rapport.recordOpenedTabs();
  await button.click();
  return opened();
}

const rowKeys = () => popup.getByTestId('due-row').evaluateAll((rows) => rows.map((row) => row.dataset.key));
const rowOf = (name) => popup.getByTestId('due-row').filter({ has: popup.getByText(name, { exact: true }) });

/** Stops the extension's service worker; the next message or page wakes a fresh one. */
const stopServiceWorker = () => rapport.stopWorker(popup);

let people;

test('with nothing due the badge is empty and the popup says what to do next', async () => {
  assert.equal(await rapport.badge(), '');
  await openPopup();
  await popup.getByText('Give contacts a keep-in-touch rhythm in the sidebar').waitFor();
  assert.equal(await popup.getByTestId('due-row').count(), 0);
});

test('the badge counts overdue follow-ups, follow-ups due today and overdue agreements, and says so', async () => {
  const add = (fields) => rapport.call('contact.add', { language: 'de', formality: 'du', ...fields });
  const anna = await add({ displayName: 'Anna Keller', company: 'Keller AG', cadence: { unit: 'days', count: 30 } });
  const ben = await add({ displayName: 'Ben <b>Ørsted</b>', cadence: { unit: 'days', count: 14 } });
  const cleo = await add({ displayName: 'Cleo Brandt', cadence: { unit: 'days', count: 14 }, linkedinSlug: 'cleo-brandt-demo' });
  const jonas = await add({ displayName: 'Jonas Weber', cadence: { unit: 'days', count: 60 } });
  const log = (contact, days, channel) => rapport.call('interaction.log', { contactId: contact.id, at: daysAgo(days), channel, direction: 'mutual' });
  await log(anna, 41, 'call');
  await log(ben, 14, 'meeting');
  await log(cleo, 20, 'linkedin');
  await log(jonas, 9, 'call');
  const invoice = await rapport.call('agreement.add', { contactId: anna.id, kind: 'invoice', text: 'Invoice 2026-031, 14 days net', dueDate: isoDaysAgo(6) });
  await rapport.call('agreement.add', { contactId: jonas.id, kind: 'deadline', text: 'Drafts delivered', dueDate: isoDaysAgo(-5) });
  people = { anna, ben, cleo, jonas, invoice };

  await badgeBecomes('4');
  const { title, colour } = await rapport.worker.evaluate(async () => ({
    title: await chrome.action.getTitle({}),
    colour: await chrome.action.getBadgeBackgroundColor({}),
  }));
  assert.equal(title, 'Rapport: 3 follow-ups due, 1 agreements overdue');
  assert.deepEqual(colour, [179, 38, 30, 255], 'red: something is overdue');
});

test('the popup lists who is due, most overdue first, with why, how late and the last contact', async () => {
  await openPopup();
  assert.deepEqual(await rowKeys(), [
    `cadence:${people.anna.id}`,
    `agreement:${people.invoice.id}`,
    `cadence:${people.cleo.id}`,
    `cadence:${people.ben.id}`,
  ]);
  const [annaRow, invoiceRow, cleoRow, benRow] = await popup.getByTestId('due-row').all();
  assert.match(await annaRow.innerText(), /Anna Keller · Keller AG\s+Keep in touch: every 30 days\s+overdue · Due 11 days ago/);
  assert.match(await annaRow.innerText(), /Last contact: 6 weeks ago, call/);
  assert.match(await invoiceRow.innerText(), /Invoice: Invoice 2026-031, 14 days net\s+overdue · Due 6 days ago/);
  assert.match(await cleoRow.innerText(), /Last contact: 3 weeks ago, LinkedIn message/);
  assert.match(await benRow.innerText(), /Ben <b>Ørsted<\/b>\s+Keep in touch: every 2 weeks\s+due today/);
  assert.equal(await popup.locator('b').count(), 0, 'a name is text, never markup');
  await popup.getByText('3 overdue · 1 due today').waitFor();
  assert.equal(await invoiceRow.getByRole('button', { name: /Snooze/ }).count(), 0, 'an agreement is closed, not snoozed');
});

test('arrow keys move between rows, Tab reaches the row’s actions', async () => {
  const rows = popup.getByTestId('due-row');
  await rows.first().getByRole('button', { name: /Done, I got in touch with Anna/ }).focus();
  await popup.keyboard.press('ArrowDown');
  assert.equal(await popup.evaluate(() => document.activeElement?.dataset.key), `agreement:${people.invoice.id}`);
  await popup.keyboard.press('End');
  assert.equal(await popup.evaluate(() => document.activeElement?.dataset.key), `cadence:${people.ben.id}`);
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('Tab');
  assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Done, I got in touch with Cleo Brandt');
  await popup.keyboard.press('Home');
  assert.equal(await popup.evaluate(() => document.activeElement?.dataset.key), `cadence:${people.anna.id}`);
});

test('LinkedIn opens the profile in a new tab', async () => {
  const opened = await tabsOpenedBy(rowOf('Cleo Brandt').getByRole('button', { name: 'Open Cleo Brandt on LinkedIn' }));
  assert.deepEqual(opened, ['https://www.linkedin.com/in/cleo-brandt-demo/']);
});

test('snoozing a follow-up a week takes it off the list and the badge, and a stopped worker changes nothing', async () => {
  await rowOf('Cleo Brandt').getByRole('button', { name: 'Snooze Cleo Brandt' }).click();
  await rowOf('Cleo Brandt').getByRole('button', { name: '1 week' }).click();
  await popup.getByRole('status').filter({ hasText: `Cleo Brandt snoozed until` }).waitFor();
  await badgeBecomes('3');
  await rowOf('Cleo Brandt').waitFor({ state: 'detached', timeout: 1000 });

  await stopServiceWorker();
  await openPopup();
  assert.deepEqual(await rowKeys(), [`cadence:${people.anna.id}`, `agreement:${people.invoice.id}`, `cadence:${people.ben.id}`]);
  await badgeBecomes('3');
  const cleo = await rapport.call('contact.card', { contactId: people.cleo.id });
  assert.equal(cleo.contact.snoozedUntil, isoDaysAgo(-7));
});

test('"Done, I got in touch" logs contact now and clears the row', async () => {
  const before = Date.now();
  await rowOf('Ben <b>Ørsted</b>').getByRole('button', { name: /Done, I got in touch/ }).click();
  await badgeBecomes('2');
  await rowOf('Ben <b>Ørsted</b>').waitFor({ state: 'detached', timeout: 1000 });
  const ben = await rapport.call('contact.card', { contactId: people.ben.id });
  assert.ok(ben.contact.lastContactAt >= before, 'logged now');
  assert.equal(ben.contact.lastContactChannel, 'note');
  assert.equal(ben.contact.nextFollowUp, isoDaysAgo(-14));
  assert.equal(
    await popup.evaluate(() => document.activeElement?.dataset.key),
    `agreement:${people.invoice.id}`,
    'focus moves to the row that took its place',
  );

  await stopServiceWorker();
  await openPopup();
  await badgeBecomes('2');
  assert.deepEqual(await rowKeys(), [`cadence:${people.anna.id}`, `agreement:${people.invoice.id}`]);
});

test('marking the agreement done and getting in touch empties the list and the badge', async () => {
  await rowOf('Anna Keller').filter({ hasText: 'Invoice' }).getByRole('button', { name: /Mark as done/ }).click();
  await badgeBecomes('1');
  await stopServiceWorker();
  await openPopup();
  await rowOf('Anna Keller').getByRole('button', { name: /Done, I got in touch/ }).click();
  await badgeBecomes('');
  await popup.getByText('Nobody is waiting for you.').waitFor();
  assert.equal(await popup.evaluate(() => document.activeElement?.tagName), 'H1', 'focus stays in the popup');
  const title = await rapport.worker.evaluate(() => chrome.action.getTitle({}));
  assert.equal(title, 'Rapport: nothing due');
});

test('the day-rollover and daily-reminder alarms exist, and a worker start re-creates lost ones', async () => {
  const alarmNames = () => rapport.worker.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort());
  const expected = ['rapport:daily-notification', 'rapport:day-rollover', 'rapport:hourly'];
  assert.deepEqual(await alarmNames(), expected);
  await rapport.worker.evaluate(() => chrome.alarms.clearAll());
  await stopServiceWorker();
  await rapport.call('settings.get', {});
  await eventually(async () => {
    const names = await alarmNames();
    return { ok: JSON.stringify(names) === JSON.stringify(expected), value: names };
  }, 'alarms re-created');
});

test('"Last email" opens the last Gmail conversation logged for the contact', async () => {
  const dora = await rapport.call('contact.add', { displayName: 'Anna Müller', emails: ['anna.mueller@example.com'], cadence: { unit: 'days', count: 1 } });
  const gmail = await rapport.context.newPage();
  await gmail.goto(GMAIL_THREAD);
  await eventually(async () => {
    const card = await rapport.call('contact.card', { contactId: dora.id });
    return { ok: card.contact.lastContactChannel === 'email', value: card.contact.lastContactChannel };
  }, 'the conversation is logged', 5000);
  await gmail.close();

  await badgeBecomes('1');
  await openPopup();
  const opened = await tabsOpenedBy(rowOf('Anna Müller').getByRole('button', { name: 'Open the last email with Anna Müller in Gmail' }));
  assert.deepEqual(opened, [GMAIL_THREAD]);
});
