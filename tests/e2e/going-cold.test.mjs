// Who is going cold, in English and in German: a relationship that stopped a few months ago is at the top of the
// options view and the popup tab, with the reasons in words and two years of contact per month as a strip that
// says its numbers; the sidebar shows the last 12 months under "last contact".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoOffSiteRequests, sidebarOf, startRapport } from './harness.mjs';

const ANNA_PAGE = 'https://www.linkedin.com/in/anna-mueller-demo/';
const MONTHLY = { unit: 'months', count: 1 };

/** Noon, `days` calendar days before today, in this process's (and the browser's) time zone. */
function daysAgo(days) {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 12).getTime();
}

/** Contacts per calendar month over the `count` months ending with this one, counted here independently of Rapport. */
function perMonth(times, count) {
  const now = new Date();
  const index = (at) => {
    const date = new Date(at);
    return (date.getFullYear() - now.getFullYear()) * 12 + date.getMonth() - now.getMonth() + count - 1;
  };
  const counts = Array(count).fill(0);
  for (const at of times) if (index(at) >= 0 && index(at) < count) counts[index(at)] += 1;
  return counts;
}

const range = (from, to, step) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, index) => from + index * step);

async function seed(rapport) {
  const add = (fields) => rapport.call('contact.add', { language: 'en', formality: 'du', cadence: MONTHLY, ...fields });
  const log = async (contactId, times) => {
    for (const at of times) await rapport.call('interaction.log', { contactId, at, channel: 'email', direction: 'inbound' });
  };
  const people = {
    steady: { contact: await add({ displayName: 'Steady Sam' }), times: range(7, 667, 30).map(daysAgo) },
    stopped: { contact: await add({ displayName: 'Stopped Stella', company: 'Nordlicht GmbH' }), times: range(121, 661, 30).map(daysAgo) },
    fading: { contact: await add({ displayName: 'Fading Finn' }), times: [...range(20, 320, 60), ...range(380, 720, 15)].map(daysAgo) },
    anna: { contact: await add({ displayName: 'Anna Müller', linkedinSlug: 'anna-mueller-demo' }), times: [3, 40, 41, 200].map(daysAgo) },
    fresh: { contact: await add({ displayName: 'Newcomer Nora' }), times: [] },
  };
  for (const { contact, times } of Object.values(people)) await log(contact.id, times);
  return people;
}

async function checkLanguage(lang, words) {
  const rapport = await startRapport({ lang, pages: { [ANNA_PAGE]: 'demo/linkedin-anna.html' } });
  try {
    const people = await seed(rapport);
    const stopped = perMonth(people.stopped.times, 24);

    const page = await rapport.context.newPage();
    await page.goto(rapport.extensionUrl('options.html#cold'));
    await page.getByRole('heading', { name: words.title }).waitFor();
    const rows = page.getByTestId('cold-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 5);
    const top = rows.first();
    assert.equal(await top.getByRole('link').first().innerText(), 'Stopped Stella');
    assert.equal(await top.getByTestId('cold-level').innerText(), words.cold.toUpperCase());
    const reasons = await top.getByTestId('cold-reasons').innerText();
    assert.match(reasons, words.silence);
    const recent = stopped.slice(12).reduce((a, b) => a + b, 0);
    const previous = stopped.slice(0, 12).reduce((a, b) => a + b, 0);
    assert.match(reasons, words.frequency(recent, previous));
    const strip = top.getByRole('img');
    const label = await strip.getAttribute('aria-label');
    assert.ok(label.startsWith(words.stripStart), label);
    assert.ok(label.endsWith(`: ${stopped.join(', ')}`), `${label} should list ${stopped.join(', ')}`);
    const names = await rows.evaluateAll((all) => all.map((row) => row.querySelector('a')?.textContent));
    assert.equal(names[1], 'Fading Finn', `a relationship whose contact fell comes next (${names})`);

    await top.getByRole('link', { name: 'Stopped Stella' }).click();
    await page.waitForURL(/#contact\//);

    const popup = await rapport.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(rapport.extensionUrl('popup.html'));
    await popup.getByRole('tab', { name: words.tab }).click();
    await popup.getByRole('heading', { name: words.title }).waitFor();
    const popupTop = popup.getByRole('tabpanel').getByTestId('cold-row').first();
    await popupTop.waitFor();
    assert.match(await popupTop.innerText(), /Stopped Stella/);
    assert.match(await popupTop.getByTestId('cold-reasons').innerText(), words.silence);
    assert.equal(await popupTop.getByRole('img').getAttribute('aria-label'), label);

    const linkedin = await rapport.context.newPage();
    await linkedin.goto(ANNA_PAGE);
    const sidebar = await sidebarOf(linkedin);
    const lastContact = sidebar.getByTestId('last-contact');
    const twelve = await lastContact.getByRole('img').getAttribute('aria-label', { timeout: 5000 });
    assert.ok(twelve.endsWith(`: ${perMonth(people.anna.times, 12).join(', ')}`), twelve);
    assertNoOffSiteRequests(rapport, assert);
  } finally {
    await rapport.close();
  }
}

test('English: the relationship that stopped a few months ago is at the top, with its reasons and strip', async () => {
  await checkLanguage('en-US', {
    title: 'Who is going cold',
    tab: 'Going cold',
    cold: 'Going cold',
    silence: /No contact for 4 months; usually every month/,
    frequency: (recent, previous) => new RegExp(`Contacts in the last 12 months: ${recent}, in the 12 before: ${previous} \\(-\\d+%\\)`),
    stripStart: 'Contacts per month, ',
  });
});

test('German: the same view speaks German', async () => {
  await checkLanguage('de', {
    title: 'Wo Funkstille droht',
    tab: 'Funkstille',
    cold: 'Kühlt ab',
    silence: /4 Monate ohne Kontakt; sonst jeden Monat/,
    frequency: (recent, previous) => new RegExp(`Kontakte in den letzten 12 Monaten: ${recent}, in den 12 davor: ${previous} \\(-\\d+\\s?%\\)`),
    stripStart: 'Kontakte pro Monat, ',
  });
});
