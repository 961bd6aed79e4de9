// `npm run bench` (after `wxt build`): who is going cold at 10,000 contacts, 100,000 interactions and 20,000
// agreements, in Chromium with the built extension. Goal: the going-cold view opens in at most 300 ms.
// - the options page, from opening options.html#cold to its rows on screen (a performance mark);
// - the popup's going-cold tab, from opening popup.html#cold to its rows on screen;
// - the read behind both (`readGoingCold`: 64 shards of what the view shows of contacts with a follow-up + 64 shards
//   of contact times, both stored as columns since schema 7, scored and sorted), its two database reads alone, and
//   for comparison what it read before (the contacts with a follow-up, whole) and the interactions themselves;
// - the sidebar's 12-month strip request, and logging one interaction (which now also writes its contact's shard);
// - the badge recompute, which must not regress.
// Prints medians as a markdown table on stdout; asserts nothing. RUNS=n sets the runs per figure.
// RAPPORT_BUILDS=<build>,<build> (folders with a manifest.json) compares builds instead: each gets its own browser
// and the same data, the page opens and badge recomputes are taken in turns (scripts/bench-builds.mjs).
// COLD_FIRST_SCREEN=drop (with RAPPORT_BUILDS) drops the view's stored first screen (schema 8) before every measured
// open, as a write does: the figures of the first opening after a change. Without it, every open after the first
// shows the stored first screen.
import { cpus, loadavg } from 'node:os';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { buildsFromEnv, comparisonTable, inTurns, loadNow, withPreparedBuilds } from './bench-builds.mjs';
import { buildProbe } from './bench-probe.mjs';
import { seedInPage } from './bench-seed.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const SIZE = { contacts: 10_000, interactions: 100_000, agreements: 20_000, seed: 20_261_127, now: Date.now() };
const COLD_SHOWN_MARK = 'rapport:going-cold-shown';
const COLD_COMPLETE_MARK = 'rapport:going-cold-complete';

const log = (message) => process.stderr.write(`${message}\n`);
const median = (values) => {
  const list = [...values].sort((a, b) => a - b);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

/** A browser with `extensionDir` loaded and the benchmark's data in its database. */
async function seededBrowser(extensionDir, probe) {
  const browser = await launchWithExtension({ extensionDir });
  const { context, extensionId } = browser;
  const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension:') ? route.continue() : route.abort()));
  const seeder = await context.newPage();
  await seeder.goto(pageUrl('popup.html'));
  await seeder.locator('.due-empty, [data-testid="due-row"]').first().waitFor({ timeout: 10_000 });
  await seeder.evaluate(probe);
  await seeder.evaluate(seedInPage, SIZE);
  await seeder.close();
  const worker = () => context.serviceWorkers().find((each) => each.url().startsWith(`chrome-extension://${extensionId}/`));
  await worker().evaluate(probe);
  return { browser, context, pageUrl, worker };
}

/** Drops the going-cold view's stored first screen as a write does, in a database that has one (schema 8 on). */
const dropFirstScreen = (setup) =>
  setup.worker().evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('rapport');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('firstScreens')) {
            db.close();
            resolve(false);
            return;
          }
          const tx = db.transaction('firstScreens', 'readwrite');
          tx.objectStore('firstScreens').put({ key: 'going-cold:stamp', stamp: crypto.randomUUID() });
          tx.objectStore('firstScreens').delete('going-cold');
          tx.oncomplete = () => {
            db.close();
            resolve(true);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

async function compareBuilds(builds) {
  const loadAtStart = loadNow();
  const drop = process.env.COLD_FIRST_SCREEN === 'drop';
  const before = async (setup) => {
    if (drop) await dropFirstScreen(setup);
  };
  const probe = await buildProbe();
  await withPreparedBuilds(builds, (build) => seededBrowser(build, probe), async (setups) => {
    for (const setup of setups) {
      await timeView(setup.context, setup.pageUrl('options.html#cold'), 1); // warm-up, not counted
      await timeView(setup.context, setup.pageUrl('popup.html#cold'), 1);
    }
    log(`Page opens in turns (load ${loadNow()})…`);
    if (drop) log('The stored first screen is dropped before every open.');
    const optionsOpens = await inTurns(setups, RUNS, async (setup) => {
      await before(setup);
      return (await timeView(setup.context, setup.pageUrl('options.html#cold'), 1, { whole: true }))[0];
    });
    const options = optionsOpens.map((build) => build.map((open) => open.shown));
    const optionsWhole = optionsOpens.map((build) => build.map((open) => open.whole));
    const popup = await inTurns(setups, RUNS, async (setup) => {
      await before(setup);
      return (await timeView(setup.context, setup.pageUrl('popup.html#cold'), 1))[0];
    });
    const badge = await inTurns(setups, RUNS, (setup) =>
      setup.worker().evaluate(async () => {
        const { openRapportDB, refreshBadge } = globalThis.rapportBench;
        const db = await openRapportDB();
        await refreshBadge(db);
        const started = performance.now();
        await refreshBadge(db);
        return performance.now() - started;
      }),
    );
    const measures = [
      { name: 'Options page: open options.html#cold → rows rendered', perBuild: options },
      { name: '… → every row in the list (the first screenful comes first)', perBuild: optionsWhole },
      { name: 'Popup: open popup.html#cold → 20 coldest rendered', perBuild: popup },
      { name: 'Badge recompute in the worker (must not regress)', perBuild: badge },
    ];
    process.stdout.write(`${comparisonTable(builds, measures, { loadAtStart })}\n`);
  });
}

async function main() {
  const builds = buildsFromEnv();
  if (builds.length > 0) return compareBuilds(builds);
  const loadAtStart = loadavg()[0];
  const probe = await buildProbe();
  const browser = await launchWithExtension();
  const { context, extensionId } = browser;
  const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;
  const worker = () => context.serviceWorkers().find((each) => each.url().startsWith(`chrome-extension://${extensionId}/`));
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension:') ? route.continue() : route.abort()));

  try {
    log(`Seeding ${SIZE.contacts} contacts, ${SIZE.interactions} interactions, ${SIZE.agreements} agreements…`);
    const seeder = await context.newPage();
    await seeder.goto(pageUrl('popup.html'));
    await seeder.locator('.due-empty, [data-testid="due-row"]').first().waitFor({ timeout: 10_000 });
    await seeder.evaluate(probe);
    const seeded = await seeder.evaluate(seedInPage, SIZE);
    log(`Seeded in ${Math.round(seeded.writeMs)} ms.`);

    log('The read behind the view, in an extension page…');
    const reads = await seeder.evaluate(async (runs) => {
      const { openRapportDB, readGoingCold, todayIn } = globalThis.rapportBench;
      const db = await openRapportDB();
      const time = async (work) => {
        const started = performance.now();
        const value = await work();
        return [performance.now() - started, value];
      };
      const figures = { read: [], projected: [], kept: [], shards: [], interactions: [] };
      let list = await readGoingCold(db, { today: todayIn(), now: Date.now() }); // warm-up, not counted
      for (let run = 0; run < runs; run += 1) {
        const [readMs, value] = await time(() => readGoingCold(db, { today: todayIn(), now: Date.now() }));
        figures.read.push(readMs);
        list = value;
        figures.projected.push((await time(() => db.getAll('coldContacts')))[0]);
        figures.kept.push((await time(() => db.getAllFromIndex('contacts', 'byNextFollowUp')))[0]);
        figures.shards.push((await time(() => db.getAll('contactTimes')))[0]);
        if (run < 3) figures.interactions.push((await time(() => db.getAll('interactions')))[0]);
      }
      return { ...figures, total: list.total, top: list.rows[0]?.displayName, cold: list.rows.filter((row) => row.coldness.level === 'cold').length };
    }, RUNS);
    await seeder.close();

    log('Options page, going-cold section…');
    await timeView(context, pageUrl('options.html#cold'), 1); // warm-up, not counted
    const options = await timeView(context, pageUrl('options.html#cold'), RUNS);
    log('Popup, going-cold tab…');
    await timeView(context, pageUrl('popup.html#cold'), 1);
    const popup = await timeView(context, pageUrl('popup.html#cold'), RUNS);

    log('Requests: the list, the sidebar strip, logging one interaction…');
    const requests = await (async () => {
      const page = await context.newPage();
      await page.goto(pageUrl('popup.html'));
      const figures = await page.evaluate(async (runs) => {
        const call = (type, input) => chrome.runtime.sendMessage({ rapport: 1, type, input });
        const time = async (type, input) => {
          const started = performance.now();
          const reply = await call(type, input);
          if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
          return performance.now() - started;
        };
        const result = { list: [], months: [], log: [] };
        await time('cold.list', { limit: 20 });
        for (let run = 0; run < runs; run += 1) {
          const contactId = `bench-contact-${(run * 613) % 10000}`;
          result.list.push(await time('cold.list', { limit: 20 }));
          result.months.push(await time('cold.months', { contactId }));
          result.log.push(await time('interaction.log', { contactId, at: Date.now() - run * 86_400_000, channel: 'call', direction: 'outbound' }));
        }
        return result;
      }, RUNS);
      await page.close();
      return figures;
    })();

    log('Badge recompute in the service worker…');
    await worker().evaluate(probe);
    const badge = await worker().evaluate(async (runs) => {
      const { openRapportDB, refreshBadge } = globalThis.rapportBench;
      const db = await openRapportDB();
      const figures = [];
      await refreshBadge(db);
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        await refreshBadge(db);
        figures.push(performance.now() - started);
      }
      return figures;
    }, RUNS);

    const rows = [
      ['Options page: open options.html#cold → rows rendered', options, '≤ 300 ms'],
      ['Popup: open popup.html#cold → 20 coldest rendered', popup, '≤ 300 ms'],
      [`… the read behind them (\`readGoingCold\`: ${reads.total} contacts with a rhythm, scored and sorted)`, reads.read, ''],
      ['… of which: the 64 shards of what the view shows of contacts (`coldContacts`, columns)', reads.projected, ''],
      ['… of which: the 64 shards of contact times (columns)', reads.shards, ''],
      ['For comparison: contacts with a follow-up, whole (`byNextFollowUp` index, all values), what the view read before', reads.kept, ''],
      ['For comparison: all 100,000 interactions (`getAll`), what the view would read without the shards', reads.interactions, ''],
      ['`cold.list` request, 20 rows (round trip)', requests.list, ''],
      ['Sidebar strip: `cold.months` request (round trip)', requests.months, ''],
      ['Logging one interaction (`interaction.log`, now also writing its shard; round trip)', requests.log, ''],
      ['Badge recompute in the worker (must not regress)', badge, '< 50 ms'],
    ];
    const table = [
      `Machine: ${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end (other work slows every figure).`,
      `Data: ${SIZE.contacts.toLocaleString('en')} contacts, ${SIZE.interactions.toLocaleString('en')} interactions, ${SIZE.agreements.toLocaleString('en')} agreements; ` +
        `${reads.total} contacts with a rhythm, ${reads.cold} of them going cold; coldest: ${reads.top}.`,
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
 * Opens a page `runs` times; it marks the moment its going-cold rows are first on screen. With `whole`, also the moment
 * the options page's list holds every row (a build without that mark has them all at once): `{ shown, whole }` each.
 */
async function timeView(context, url, runs, { whole = false } = {}) {
  const shown = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(url);
    await page.getByTestId('cold-row').first().waitFor({ timeout: 20_000 });
    if (whole) await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, COLD_COMPLETE_MARK, { timeout: 2000 }).catch(() => undefined);
    const [first, all] = await page.evaluate((marks) => marks.map((mark) => performance.getEntriesByName(mark)[0]?.startTime), [COLD_SHOWN_MARK, COLD_COMPLETE_MARK]);
    shown.push(whole ? { shown: first ?? Number.NaN, whole: all ?? first ?? Number.NaN } : (first ?? Number.NaN));
    await page.close();
  }
  return shown;
}

await main();
