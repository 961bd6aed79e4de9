// Kinds, tags and important dates end to end, in English and in German: tagging a contact and filtering
// by it, an import with birthdays and labels, a birthday reminder on its day (badge and popup), and the
// calendar export of a yearly date.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertNoOffSiteRequests, FIXTURES, startRapport, waitUntil } from './harness.mjs';

const WORDS = {
  en: {
    client: 'Client',
    partner: 'Partner',
    tags: 'Tags',
    save: 'Save changes',
    show: 'Show',
    everyone: 'Everyone',
    birthday: 'Birthday',
    birthdayToday: /^Birthday \(\d+\)$/,
    today: 'Today',
    done: 'Done',
    calendar: 'Calendar of follow-ups (.ics)',
    calendarBirthday: (name) => `Birthday: ${name}`,
    chooseFile: 'Choose a file',
    importNow: /^Import now/,
    imported: /^Imported\./,
    datesTitle: 'Important dates',
    count: (shown, all) => `Shown: ${shown} of ${all}`,
  },
  de: {
    client: 'Kunde',
    partner: 'Partner',
    tags: 'Schlagwörter',
    save: 'Änderungen speichern',
    show: 'Anzeigen',
    everyone: 'Alle',
    birthday: 'Geburtstag',
    birthdayToday: /^Geburtstag \(\d+\)$/,
    today: 'Heute',
    done: 'Erledigt',
    calendar: 'Kalender der Follow-ups (.ics)',
    calendarBirthday: (name) => `Geburtstag: ${name}`,
    chooseFile: 'Datei auswählen',
    importNow: /^Jetzt importieren/,
    imported: /^Importiert\./,
    datesTitle: 'Wichtige Daten',
    count: (shown, all) => `Angezeigt: ${shown} von ${all}`,
  },
};

/** Today in this process's (and the browser's) time zone. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return { year: now.getFullYear(), md: `${pad(now.getMonth() + 1)}-${pad(now.getDate())}` };
}

for (const language of ['en', 'de']) {
  const words = WORDS[language];
  describe(`kinds, tags and important dates (${language})`, () => {
    let rapport;
    let page;
    before(async () => {
      rapport = await startRapport({ lang: language });
      page = await rapport.context.newPage();
    });
    after(async () => {
      if (rapport) assertNoOffSiteRequests(rapport, assert);
      await rapport?.close();
    });

    async function open(section) {
      await page.bringToFront();
      await page.goto(rapport.extensionUrl(`options.html#${section}`));
    }

    async function downloaded(button) {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      return readFile(await download.path(), 'utf8');
    }

    test('a contact is tagged with kinds and tags, and the contacts list and the popup filter by them', async () => {
      const lea = await rapport.call('contact.add', { displayName: 'Lea Berger', cadence: { unit: 'days', count: 7 } });
      const ole = await rapport.call('contact.add', { displayName: 'Ole Brandt', cadence: { unit: 'days', count: 7 } });
      // Last in touch ten days ago: both are due.
      for (const contact of [lea, ole]) {
        await rapport.call('interaction.log', { contactId: contact.id, at: Date.now() - 10 * 86_400_000, channel: 'call', direction: 'outbound' });
      }
      await open(`contact/${encodeURIComponent(lea.id)}`);
      await page.getByRole('heading', { name: 'Lea Berger' }).waitFor();
      await page.getByRole('checkbox', { name: words.client, exact: true }).check();
      await page.getByRole('checkbox', { name: words.partner, exact: true }).check();
      await page.getByLabel(words.tags, { exact: true }).fill('Design, Berlin, design');
      await page.getByRole('button', { name: words.save }).click();
      await waitUntil(async () => (await rapport.call('contact.card', { contactId: lea.id }))?.contact.tags?.length === 2, { message: 'the tags saved' });
      const stored = (await rapport.call('contact.card', { contactId: lea.id })).contact;
      assert.deepEqual(stored.kinds, ['client', 'partner']);
      assert.deepEqual(stored.tags, ['Design', 'Berlin'], 'one tag per spelling regardless of case');

      await open('contacts');
      const filter = page.getByLabel(words.show, { exact: true });
      await filter.waitFor();
      await filter.selectOption({ label: 'Design' });
      await page.getByText(words.count(1, 2)).waitFor();
      assert.equal(await page.getByTestId('contact-row').first().getByRole('link').innerText(), 'Lea Berger');
      assert.match(await page.getByTestId('contact-labels').first().innerText(), new RegExp(`${words.client} · ${words.partner} · Design · Berlin`));
      await filter.selectOption({ label: words.everyone });
      await waitUntil(async () => (await page.getByTestId('contact-row').count()) === 2, { message: 'both contacts listed' });

      // Both are due; the popup's filter narrows the list to the partner, and back.
      const popup = await rapport.context.newPage();
      await popup.goto(rapport.extensionUrl('popup.html'));
      const names = () => popup.getByTestId('due-row').locator('.due-who strong').allInnerTexts();
      await waitUntil(async () => (await names()).length === 2, { message: 'both due' });
      await popup.getByLabel(words.show, { exact: true }).selectOption({ label: words.partner });
      await waitUntil(async () => JSON.stringify(await names()) === JSON.stringify(['Lea Berger']), { message: 'only the partner' });
      await popup.getByLabel(words.show, { exact: true }).selectOption({ label: words.everyone });
      await waitUntil(async () => (await names()).length === 2, { message: 'both again' });
      await popup.close();
    });

    test('a birthday shows on its day in the badge and the popup, and "done" clears it until next year', async () => {
      const { md } = today();
      const mira = await rapport.call('contact.add', { displayName: 'Mira Jansen' });
      const badgeBefore = await rapport.badge();
      await rapport.call('contact.update', {
        contactId: mira.id,
        patch: { importantDates: [{ id: 'birthday', kind: 'birthday', date: `1980-${md}`, remindDaysBefore: 0 }] },
      });
      const expected = String(Number(badgeBefore || '0') + 1);
      await waitUntil(async () => (await rapport.badge()) === expected, { message: `badge ${expected}` });

      const popup = await rapport.context.newPage();
      await popup.goto(rapport.extensionUrl('popup.html'));
      const row = popup.getByTestId('due-row').filter({ has: popup.getByText('Mira Jansen', { exact: true }) });
      await row.waitFor();
      assert.match(await row.locator('.due-why').innerText(), words.birthdayToday);
      assert.equal(await row.locator('.due-when').innerText(), words.today);
      const done = row.getByRole('button', { name: new RegExp(`^${words.done}`) });
      assert.match(await done.getAttribute('aria-label'), /Mira Jansen/);
      await done.click();
      await row.waitFor({ state: 'detached' });
      await waitUntil(async () => (await rapport.badge()) === badgeBefore, { message: 'the badge back as before' });
      const handled = (await rapport.call('contact.card', { contactId: mira.id })).contact.importantDates[0];
      assert.equal(handled.handledOn, `${today().year}-${md}`);
      await popup.close();
    });

    test('an address book export with birthdays and labels imports them, and the calendar export holds a yearly event on the right day', async () => {
      await open('import');
      await page.getByLabel(words.chooseFile).setInputFiles(path.join(FIXTURES, 'import', 'dates-apple-v30.vcf'));
      await page.getByRole('button', { name: words.importNow }).click();
      await page.getByText(words.imported).waitFor();
      const card = await rapport.call('contact.lookup', { emails: ['lea@berger-studio.example'] });
      assert.deepEqual(card.contact.tags, ['Kunden', 'Design, Print']);
      assert.deepEqual(
        card.contact.importantDates.map(({ kind, date }) => [kind, date]),
        [
          ['birthday', '--07-14'],
          ['custom', '2019-09-02'],
          ['custom', '2021-03-31'],
        ],
      );
      await open(`contact/${encodeURIComponent(card.contact.id)}`);
      await page.getByRole('heading', { name: words.datesTitle }).waitFor();
      assert.equal(await page.getByTestId('important-date').count(), 3);

      await open('backup');
      const ics = await downloaded(page.getByRole('button', { name: words.calendar }));
      const events = ics.split('BEGIN:VEVENT').slice(1);
      const leapDay = events.find((event) => event.includes(words.calendarBirthday('Ole Brandt')));
      assert.ok(leapDay, 'the 29 February birthday is in the calendar');
      assert.match(leapDay, /DTSTART;VALUE=DATE:19880229\r\n/);
      assert.match(leapDay, /RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n/);
      const yearless = events.find((event) => event.includes(words.calendarBirthday('Lea Berger')));
      assert.match(yearless, new RegExp(`DTSTART;VALUE=DATE:${today().year}0714\\r\\n`));
      assert.match(yearless, /RRULE:FREQ=YEARLY\r\n/);
    });
  });
}
