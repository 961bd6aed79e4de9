// `node scripts/bench-organisations.mjs` after `wxt build`: seeds the benchmark's 10,000 contacts, 100,000
// interactions and 20,000 agreements (scripts/bench-seed.mjs), gives them organisations as the schema migration
// does (timed: the migration's work at that size), adds a small client organisation through the real requests,
// then measures what the user waits for:
// - an organisation page in the options page, from opening options.html#organisation/<id> to the page on
//   screen (a performance mark), goal <= 300 ms; for the largest organisation and a small one;
// - the page's one read transaction on its own;
// - the sidebar card of someone at the largest organisation (it now carries the organisation's brief).
// Prints medians as a markdown table on stdout; asserts nothing. RUNS=n sets the runs per figure.
// RAPPORT_BUILDS=<build>,<build> (folders with a manifest.json) compares builds instead: each gets its own browser
// and the same data; page opens and card round trips are taken in turns (scripts/bench-builds.mjs).
import { cpus, loadavg } from 'node:os';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { buildsFromEnv, comparisonTable, inTurns, loadNow, withPreparedBuilds } from './bench-builds.mjs';
import { buildProbe } from './bench-probe.mjs';
import { seedInPage } from './bench-seed.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const SIZE = { contacts: 10_000, interactions: 100_000, agreements: 20_000, seed: 20_261_127, now: Date.now() };
const SHOWN_MARK = 'rapport:organisation-shown';
const COMPLETE_MARK = 'rapport:organisation-complete';
const DAY = 86_400_000;

const log = (message) => process.stderr.write(`${message}\n`);
const median = (values) => {
  const list = [...values].sort((a, b) => a - b);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

/** A browser with `extensionDir` loaded, the benchmark's data with organisations, and a small client added. */
async function prepare(extensionDir, probe) {
  const browser = await launchWithExtension(extensionDir ? { extensionDir } : {});
  const { context, extensionId } = browser;
  const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension:') ? route.continue() : route.abort()));
  log(`Seeding ${SIZE.contacts} contacts, ${SIZE.interactions} interactions, ${SIZE.agreements} agreements…`);
  const seeder = await context.newPage();
  await seeder.goto(pageUrl('popup.html'));
  await seeder.locator('.due-empty').waitFor({ timeout: 10_000 });
  await seeder.evaluate(probe);
  await seeder.evaluate(seedInPage, SIZE);

  log('Organisations from the company fields, as the migration fills them…');
  const fill = await seeder.evaluate(async () => {
    const { fillOrganisations, openRapportDB } = globalThis.rapportBench;
    const db = await openRapportDB();
    const started = performance.now();
    const tx = db.transaction(['contacts', 'agreements', 'organisations'], 'readwrite');
    const counts = await fillOrganisations(tx, Date.now());
    await tx.done;
    return { ...counts, ms: performance.now() - started };
  });

  const call = async (type, input) => {
    const reply = await seeder.evaluate((message) => chrome.runtime.sendMessage(message), { rapport: 1, type, input });
    if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no reply'}`);
    return reply.value;
  };
  log('A small client through the real requests…');
  let small;
  for (let index = 0; index < 4; index += 1) {
    const person = await call('contact.add', { displayName: `Kleinkunde ${index}`, emails: [`person${index}@kleinkunde.example`], company: 'Kleinkunde GmbH' });
    small = person.organisationId;
    await call('interaction.log', { contactId: person.id, at: SIZE.now - (index + 1) * 7 * DAY, channel: 'email', direction: 'inbound', summary: 'Update' });
    await call('agreement.add', { contactId: person.id, kind: 'invoice', text: `Rechnung ${index}`, dueDate: new Date(SIZE.now - 40 * DAY).toISOString().slice(0, 10), amount: 1200 });
  }
  const sizes = await seeder.evaluate(async (smallId) => {
    const { openRapportDB } = globalThis.rapportBench;
    const db = await openRapportDB();
    const organisations = await db.getAll('organisations');
    const rows = await Promise.all(
      organisations.map(async (organisation) => ({
        id: organisation.id,
        name: organisation.name,
        people: await db.countFromIndex('contacts', 'byOrganisation', organisation.id),
        agreements: await db.countFromIndex('agreements', 'byOrganisation', organisation.id),
      })),
    );
    rows.sort((a, b) => b.people - a.people);
    const member = await db.getFromIndex('contacts', 'byOrganisation', rows[0].id);
    return { largest: rows[0], small: rows.find((row) => row.id === smallId), member: member.id };
  }, small);
  const largestInteractions = await seeder.evaluate(async (organisationId) => {
    const { openRapportDB } = globalThis.rapportBench;
    const db = await openRapportDB();
    const people = await db.getAllKeysFromIndex('contacts', 'byOrganisation', organisationId);
    let total = 0;
    for (const id of people) total += await db.countFromIndex('interactions', 'byContactAt', IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    return total;
  }, sizes.largest.id);
  await seeder.close();
  return { browser, context, pageUrl, fill, sizes, largestInteractions };
}

async function main() {
  const builds = buildsFromEnv();
  if (builds.length > 0) return compareBuilds(builds);
  const loadAtStart = loadavg()[0];
  const probe = await buildProbe();
  const { browser, context, pageUrl, fill, sizes, largestInteractions } = await prepare(undefined, probe);
  try {
    const reads = async (organisationId) => {
      const page = await context.newPage();
      await page.goto(pageUrl('options.html#organisations'));
      await page.evaluate(probe);
      const figures = await page.evaluate(
        async ({ organisationId, runs }) => {
          const { openRapportDB, readOrganisationPage } = globalThis.rapportBench;
          const db = await openRapportDB();
          await readOrganisationPage(db, organisationId); // warm-up, not counted
          const times = [];
          for (let run = 0; run < runs; run += 1) {
            const started = performance.now();
            await readOrganisationPage(db, organisationId);
            times.push(performance.now() - started);
          }
          return times;
        },
        { organisationId, runs: RUNS },
      );
      await page.close();
      return figures;
    };

    const opens = async (organisationId, runs) => {
      const times = [];
      for (let run = 0; run < runs; run += 1) times.push(await openOnce(context, pageUrl, organisationId));
      return { shown: times.map((time) => time.shown), complete: times.map((time) => time.complete) };
    };

    log('Organisation pages…');
    await opens(sizes.largest.id, 1); // warm-up, not counted
    const largestOpen = await opens(sizes.largest.id, RUNS);
    const smallOpen = await opens(sizes.small.id, RUNS);
    const largestRead = await reads(sizes.largest.id);
    const smallRead = await reads(sizes.small.id);

    log('Sidebar card of someone at the largest organisation…');
    const card = await cardTimes(context, pageUrl, sizes.member, RUNS);

    const largest = `largest organisation (${sizes.largest.people.toLocaleString('en')} people, ${sizes.largest.agreements.toLocaleString('en')} agreements, ${largestInteractions.toLocaleString('en')} interactions)`;
    const smallName = `small organisation (${sizes.small.people} people, ${sizes.small.agreements} agreements)`;
    const rows = [
      [`Organisation page: open options.html#organisation/… → page on screen, ${largest}`, largestOpen.shown, '≤ 300 ms'],
      [`… → its agreements and payment record on screen too`, largestOpen.complete, ''],
      [`Organisation page: open → on screen, ${smallName}`, smallOpen.shown, '≤ 300 ms'],
      [`… of which the page's read transaction, ${largest}`, largestRead, ''],
      [`… of which the page's read transaction, ${smallName}`, smallRead, ''],
      ['Sidebar card (contact.card round trip) of someone at the largest organisation, brief included', card, ''],
    ];
    const table = [
      `Machine: ${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end (other work slows every figure).`,
      `Data: ${SIZE.contacts.toLocaleString('en')} contacts, ${SIZE.interactions.toLocaleString('en')} interactions, ${SIZE.agreements.toLocaleString('en')} agreements; ` +
        `filling organisations from the company fields (the schema migration's work) made ${fill.organisations} organisations for ${fill.contacts.toLocaleString('en')} contacts in ${Math.round(fill.ms)} ms.`,
      '',
      '| Measure | Median | Min | Max | Runs | Goal |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...rows.map(([name, values, goal]) => `| ${name} | ${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} | ${values.length} | ${goal} |`),
    ];
    process.stdout.write(`${table.join('\n')}\n`);
  } finally {
    await browser.close();
  }
}

/**
 * Opens the organisation's page once; the page marks the moment it is on screen, and the moment its agreements are
 * too (a large organisation's come after its first screen; a build without that mark shows them at once).
 */
async function openOnce(context, pageUrl, organisationId) {
  const page = await context.newPage();
  await page.goto(pageUrl(`options.html#organisation/${encodeURIComponent(organisationId)}`));
  await page.getByTestId('organisation-page').waitFor({ timeout: 10_000 });
  await page.getByTestId('payment-record').waitFor({ timeout: 10_000 });
  const [shown, complete] = await page.evaluate(
    (marks) => marks.map((mark) => performance.getEntriesByName(mark)[0]?.startTime),
    [SHOWN_MARK, COMPLETE_MARK],
  );
  await page.close();
  return { shown: shown ?? Number.NaN, complete: complete ?? shown ?? Number.NaN };
}

/** `contact.card` round trips for one contact, from an extension page. */
async function cardTimes(context, pageUrl, contactId, runs) {
  const page = await context.newPage();
  await page.goto(pageUrl('popup.html'));
  const times = await page.evaluate(
    async ({ contactId, runs }) => {
      const figures = [];
      await chrome.runtime.sendMessage({ rapport: 1, type: 'contact.card', input: { contactId } });
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ rapport: 1, type: 'contact.card', input: { contactId } });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        figures.push(performance.now() - started);
      }
      return figures;
    },
    { contactId, runs },
  );
  await page.close();
  return times;
}

async function compareBuilds(builds) {
  const loadAtStart = loadNow();
  const probe = await buildProbe();
  await withPreparedBuilds(builds, (build) => prepare(build, probe), async (setups) => {
    for (const setup of setups) await openOnce(setup.context, setup.pageUrl, setup.sizes.largest.id); // warm-up
    log(`Page opens in turns (load ${loadNow()})…`);
    const largest = await inTurns(setups, RUNS, (setup) => openOnce(setup.context, setup.pageUrl, setup.sizes.largest.id));
    const small = await inTurns(setups, RUNS, (setup) => openOnce(setup.context, setup.pageUrl, setup.sizes.small.id));
    const pick = (figures, key) => figures.map((build) => build.map((time) => time[key]));
    const card = await inTurns(setups, RUNS, async (setup) => (await cardTimes(setup.context, setup.pageUrl, setup.sizes.member, 1))[0]);
    const { sizes } = setups[0];
    const measures = [
      { name: `Organisation page: open → on screen, largest (${sizes.largest.people} people, ${sizes.largest.agreements} agreements)`, perBuild: pick(largest, 'shown') },
      { name: '… → its agreements and payment record on screen too', perBuild: pick(largest, 'complete') },
      { name: `Organisation page: open → on screen, small (${sizes.small.people} people)`, perBuild: pick(small, 'shown') },
      { name: 'Sidebar card (contact.card round trip) of someone at the largest organisation', perBuild: card },
    ];
    process.stdout.write(`${comparisonTable(builds, measures, { loadAtStart })}\n`);
  });
}

await main();
