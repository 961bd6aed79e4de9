// `npm run bench` (= `wxt build && node scripts/bench.mjs`): seeds 10,000 contacts, 100,000 interactions and
// 20,000 agreements into the built extension in Chromium, then measures what the user waits for:
// - the badge recompute inside the service worker (index counts + setting the badge), goal < 50 ms;
// - the popup, from opening popup.html to its rows on screen (a performance mark), goal < 200 ms.
// Prints medians as a markdown table on stdout; asserts nothing. RUNS=n sets the runs per figure.
// RAPPORT_OUT_DIR picks the build to measure, as for the end-to-end tests.
import { cpus, loadavg } from 'node:os';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { buildProbe } from './bench-probe.mjs';
import { seedInPage } from './bench-seed.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const SIZE = { contacts: 10_000, interactions: 100_000, agreements: 20_000, seed: 20_261_127, now: Date.now() };
const LIST_SHOWN_MARK = 'rapport:due-list-shown';

const log = (message) => process.stderr.write(`${message}\n`);
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const list = sorted(values);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  const loadAtStart = loadavg()[0];
  const probe = await buildProbe();
  const browser = await launchWithExtension();
  const { context, extensionId } = browser;
  const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;
  const worker = () => context.serviceWorkers().find((each) => each.url().startsWith(`chrome-extension://${extensionId}/`));
  // The benchmark never needs the network.
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension:') ? route.continue() : route.abort()));

  try {
    log(`Seeding ${SIZE.contacts} contacts, ${SIZE.interactions} interactions, ${SIZE.agreements} agreements…`);
    const seeder = await context.newPage();
    await seeder.goto(pageUrl('popup.html'));
    await seeder.locator('.due-empty').waitFor({ timeout: 10_000 });
    await seeder.evaluate(probe);
    const seeded = await seeder.evaluate(seedInPage, SIZE);
    await seeder.close();
    log(`Seeded in ${Math.round(seeded.writeMs)} ms (writes): ${seeded.dueFollowUps} follow-ups due, ${seeded.overdueAgreements} agreements overdue.`);

    log('Badge recompute in the service worker…');
    await worker().evaluate(probe);
    const badge = await worker().evaluate(async (runs) => {
      const { countDue, countDueUpTo, openRapportDB, refreshBadge, todayIn } = globalThis.rapportBench;
      const db = await openRapportDB();
      const time = async (work) => {
        const started = performance.now();
        await work();
        return performance.now() - started;
      };
      const figures = { refresh: [], capped: [], exact: [] };
      let view = await refreshBadge(db); // warm-up, not counted
      for (let run = 0; run < runs; run += 1) {
        figures.refresh.push(await time(async () => (view = await refreshBadge(db))));
        figures.capped.push(await time(() => countDueUpTo(db, todayIn(), 100)));
        figures.exact.push(await time(() => countDue(db, todayIn())));
      }
      return { ...figures, view, shown: await chrome.action.getBadgeText({}) };
    }, RUNS);

    log('Sidebar lookups from an extension page…');
    const lookupPage = await context.newPage();
    await lookupPage.goto(pageUrl('popup.html'));
    const lookups = await lookupPage.evaluate(async (runs) => {
      const call = (type, input) => chrome.runtime.sendMessage({ rapport: 1, type, input });
      const time = async (work) => {
        const started = performance.now();
        const reply = await work();
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return performance.now() - started;
      };
      const figures = { bySlug: [], byEmail: [], suggest: [] };
      await call('contact.lookup', { linkedinSlug: 'bench-1' }); // warm-up, not counted
      for (let run = 0; run < runs; run += 1) {
        const index = (run * 613) % 10000;
        figures.bySlug.push(await time(() => call('contact.lookup', { linkedinSlug: `bench-${index}` })));
        figures.byEmail.push(await time(() => call('contact.lookup', { emails: [`nobody.${index}@example.org`] })));
        figures.suggest.push(await time(() => call('contact.suggest', { name: 'Anna Müller' })));
      }
      return figures;
    }, RUNS);
    await lookupPage.close();

    log('Popup list, worker running…');
    await timePopup(context, pageUrl, 1); // warm-up, not counted
    const warm = await timePopup(context, pageUrl, RUNS);
    log('Popup list, worker stopped before each opening…');
    const cold = await timePopup(context, pageUrl, Math.min(RUNS, 7), { stopWorkerFirst: true });

    const rows = [
      ['Badge recompute in the worker (index reads + set badge, text and title)', badge.refresh, '< 50 ms'],
      ['… of which the three index reads (at most 100 keys each)', badge.capped, ''],
      ['For comparison: exact index counts (`countDue`, no longer used by the badge)', badge.exact, ''],
      [`Popup: open popup.html → first ${warm.rows} rows rendered (worker running)`, warm.shown, '< 200 ms'],
      [`… of which the \`due.list\` request (${warm.rows} rows and the counts, round trip)`, warm.request, ''],
      ['Popup: open → rows rendered, service worker stopped first', cold.shown, ''],
      ['Sidebar lookup by LinkedIn slug (contact card: contact, open agreements, recent contact; round trip)', lookups.bySlug, ''],
      ['Sidebar lookup by email address, nobody found (round trip)', lookups.byEmail, ''],
      ['"Link to existing contact" name suggestions over all contacts (round trip)', lookups.suggest, ''],
    ];
    const table = [
      `Machine: ${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end (other work slows every figure).`,
      `Data: ${SIZE.contacts.toLocaleString('en')} contacts, ${SIZE.interactions.toLocaleString('en')} interactions, ${SIZE.agreements.toLocaleString('en')} agreements; ` +
        `${seeded.dueFollowUps} follow-ups due, ${seeded.overdueAgreements} agreements overdue; badge "${badge.shown}" (${badge.view.title}).`,
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

/** Opens the popup page `runs` times; the popup marks the moment its list is first on screen. */
async function timePopup(context, pageUrl, runs, { stopWorkerFirst = false } = {}) {
  const shown = [];
  const request = [];
  let rows = 0;
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    if (stopWorkerFirst) await stopServiceWorker(context, page);
    await page.goto(pageUrl('popup.html'));
    await page.getByTestId('due-row').first().waitFor({ timeout: 10_000 });
    shown.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, LIST_SHOWN_MARK));
    rows = await page.getByTestId('due-row').count();
    if (!stopWorkerFirst) {
      request.push(
        await page.evaluate(async (limit) => {
          const started = performance.now();
          const reply = await chrome.runtime.sendMessage({ rapport: 1, type: 'due.list', input: { limit } });
          if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
          return performance.now() - started;
        }, rows),
      );
    }
    await page.close();
  }
  return { shown, request, rows };
}

async function stopServiceWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.length > 0 && versions.every((version) => version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

await main();
