// Organisations end to end, in English and German: a new contact person at a known organisation sees in the
// sidebar what was agreed with it (through a colleague who has moved on), and the handover draft lists it;
// the options page shows the organisation's people, open agreements, payment record and history.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, fixture, sidebarOf, startRapport } from './harness.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD = '#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd';
const DAY = 86_400_000;
const dateOf = (at) => new Date(at).toISOString().slice(0, 10);

/** The 1:1 thread fixture, its partner turned into a new person writing from the organisation's domain. */
const threadWithLena = () => ({
  html: fixture('gmail/thread-1to1.html').replaceAll('jonas.berger@example.org', 'lena.schmidt@mueller-partner.de').replaceAll('Jonas Berger', 'Lena Schmidt'),
});

/** Jonas agreed terms and invoices with Müller & Partner, paid late three times, then left for another company. */
async function seedOrganisation(rapport, now = Date.now()) {
  const jonas = await rapport.call('contact.add', {
    displayName: 'Jonas Weber',
    emails: ['jonas.weber@mueller-partner.de'],
    company: 'Müller & Partner GmbH',
    language: 'en',
    formality: 'sie',
  });
  await rapport.call('interaction.log', { contactId: jonas.id, at: now - 20 * DAY, channel: 'call', direction: 'mutual', summary: 'Relaunch kick-off' });
  await rapport.call('agreement.add', { contactId: jonas.id, kind: 'payment-terms', text: '14 days net, invoices to accounting' });
  await rapport.call('agreement.add', { contactId: jonas.id, kind: 'scope-excluded', text: 'Product photography is not included' });
  await rapport.call('agreement.add', {
    contactId: jonas.id,
    kind: 'invoice',
    text: 'Invoice 2026-031',
    dueDate: dateOf(now - 10 * DAY),
    amount: 4800,
    currency: 'EUR',
  });
  for (const [index, [due, paid]] of [[200, 150], [160, 120], [120, 80], [90, 85]].entries()) {
    const invoice = await rapport.call('agreement.add', { contactId: jonas.id, kind: 'invoice', text: `Invoice 2025-0${index + 1}`, dueDate: dateOf(now - due * DAY) });
    await rapport.call('agreement.update', { agreementId: invoice.id, patch: { status: 'done', paidOn: dateOf(now - paid * DAY) } });
  }
  await rapport.call('contact.update', { contactId: jonas.id, patch: { company: 'Nordlicht Design' } });
  return jonas;
}

for (const { lang, words } of [
  {
    lang: 'en',
    words: {
      newAt: 'New at Müller & Partner GmbH: what was agreed there',
      via: 'via Jonas Weber',
      add: 'Add to Rapport',
      suggested: 'Fits now: Handover to a new contact person',
      message: 'Message',
      nav: 'Organisations',
      warning: '3 of the last 4 invoices paid more than 30 days late',
      paid: 'Invoices paid',
      overdue: /1 invoices · €4,800\.00/,
      history: 'Project kickoff 🚀',
    },
  },
  {
    lang: 'de',
    words: {
      newAt: 'Neu bei Müller & Partner GmbH: was dort vereinbart ist',
      via: 'über Jonas Weber',
      add: 'Zu Rapport hinzufügen',
      suggested: 'Passt gerade: Übergabe an neue Ansprechperson',
      message: 'Nachricht',
      nav: 'Organisationen',
      warning: '3 der letzten 4 Rechnungen mehr als 30 Tage zu spät bezahlt',
      paid: 'Bezahlte Rechnungen',
      overdue: /1 Rechnungen · 4\.800,00\s€/,
      history: 'Project kickoff 🚀',
    },
  },
]) {
  describe(`organisations (${lang})`, () => {
    let rapport;
    before(async () => {
      rapport = await startRapport({ lang, pages: { [GMAIL]: threadWithLena() } });
      await seedOrganisation(rapport);
    });
    after(async () => {
      if (rapport) assertNoOffSiteRequests(rapport, assert);
      await rapport?.close();
    });

    test('a new contact person at a known organisation sees what was agreed with it, before and after being added, and gets a handover draft', async () => {
      const page = await rapport.context.newPage();
      await page.goto(GMAIL + THREAD);
      const sidebar = await sidebarOf(page);
      const detected = sidebar.getByTestId('organisation-agreed');
      await detected.getByRole('heading', { name: words.newAt }).waitFor();
      const before = await detected.innerText();
      assert.match(before, /14 days net, invoices to accounting/);
      assert.match(before, /Product photography is not included/);
      assert.match(before, /Invoice 2026-031/);
      assert.ok(before.includes(words.via), 'names who agreed it');
      assert.ok(!before.includes('Invoice 2025-01'), 'paid invoices are done with');
      assert.ok(before.includes(words.warning), 'the quiet late-payment line');

      await sidebar.getByRole('button', { name: words.add }).click();
      const card = sidebar.getByTestId('organisation-agreed');
      await sidebar.getByText(words.suggested).waitFor();
      await card.getByRole('heading', { name: words.newAt }).waitFor();
      const lena = await rapport.call('contact.lookup', { emails: ['lena.schmidt@mueller-partner.de'] });
      const jonas = await rapport.call('contact.lookup', { emails: ['jonas.weber@mueller-partner.de'] });
      assert.ok(lena.organisation, 'Lena was placed by her email domain');
      assert.notEqual(lena.contact.organisationId, jonas.contact.organisationId, 'Jonas has moved on');

      const panel = sidebar.getByTestId('draft-panel');
      const body = await panel.getByLabel(words.message, { exact: true }).inputValue();
      assert.match(body, /14 days net, invoices to accounting/);
      assert.match(body, /Jonas/);
      await page.close();
    });

    test('the organisation page lists people, open agreements, the payment record and the latest contact', async () => {
      const page = await rapport.context.newPage();
      await page.goto(rapport.extensionUrl('options.html#organisations'));
      await page.getByRole('navigation').getByRole('link', { name: words.nav }).waitFor();
      await page.getByRole('link', { name: 'Müller & Partner GmbH' }).click();
      const organisation = page.getByTestId('organisation-page');
      await organisation.getByRole('heading', { name: 'Müller & Partner GmbH' }).waitFor();
      assert.deepEqual(await organisation.getByTestId('organisation-person').getByRole('link').allInnerTexts(), ['Lena Schmidt']);
      const open = (await organisation.getByTestId('organisation-open-agreement').allInnerTexts()).join('\n');
      assert.match(open, /Invoice 2026-031/);
      assert.match(open, /14 days net/);
      assert.ok(open.includes(words.via));
      const record = await organisation.getByTestId('payment-record').innerText();
      assert.match(record, new RegExp(`${words.paid}\\s+4`));
      assert.match(record, words.overdue);
      assert.equal(await organisation.getByTestId('late-warning').innerText(), words.warning);
      assert.match((await organisation.getByTestId('organisation-history').allInnerTexts()).join('\n'), new RegExp(words.history));
      assert.equal(await organisation.getByTestId('organisation-invoice').count(), 5);
      await page.close();
    });
  });
}
