// `npm run bench` (after `wxt build`): sync at 10,000 contacts, 100,000 interactions and 20,000 agreements
// (issue 12), against PouchDB Server in memory on 127.0.0.1, two Chromium profiles with the built extension.
// - profile A is seeded (scripts/bench-seed.mjs), connects through the options page's Sync fields and pushes;
// - a fresh profile B connects and pulls: Connect → 10,000 contacts in its database, → status "up to date",
//   with the progress the options page shows sampled over time (goal: at most 60 s, progress shown);
// - both open: an edit in A until B's database has it, several times (goal: within 5 s), first with contact lists
//   open in both profiles (every change makes them read again), then with only the Sync sections open;
// - the badge recompute in B's worker after the pull (as scripts/bench.mjs measures it; must not regress).
// Prints a markdown table on stdout; asserts nothing. EDITS=n sets the number of edits.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startRapport, waitUntil } from '../tests/e2e/harness.mjs';
import { ADMIN, MEMBERS, startSyncServer } from '../tests/e2e/sync-server.mjs';
import { buildsFromEnv } from './bench-builds.mjs';
import { buildProbe } from './bench-probe.mjs';
import { seedInPage } from './bench-seed.mjs';

const EDITS = Number(process.env.EDITS ?? 9);
const RUNS = Number(process.env.RUNS ?? 15);
/** SCALE=0.3 and the like: a smaller data set for a quick look (the goals are for SCALE=1). */
const SCALE = Number(process.env.SCALE ?? 1);
const SIZE = {
  contacts: Math.round(10_000 * SCALE),
  interactions: Math.round(100_000 * SCALE),
  agreements: Math.round(20_000 * SCALE),
  seed: 20_261_127,
  now: Date.now(),
};
const [ANNA, BEN] = MEMBERS;
const PULL_TIMEOUT_MS = 20 * 60_000;
const builds = buildsFromEnv();

const log = (message) => process.stderr.write(`${message}\n`);
const load = () => loadavg()[0].toFixed(1);
const median = (values) => {
  const list = [...values].sort((a, b) => a - b);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};
const seconds = (value) => `${(value / 1000).toFixed(1)} s`;
const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * CPU seconds (user + system) used so far by the process trees this script started: the server, then each browser
 * in start order. On a shared machine the wall-clock figures grow with the load; these do much less.
 */
function cpuByChild() {
  const processes = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), start: Number(fields[19]) });
    } catch {
      // gone meanwhile
    }
  }
  const totals = new Map();
  for (const [pid, { ticks }] of processes) {
    let top = pid;
    for (let parent = processes.get(top)?.ppid; parent !== undefined && parent !== process.pid; parent = processes.get(top)?.ppid) {
      if (!processes.has(parent)) {
        top = undefined;
        break;
      }
      top = parent;
    }
    if (top !== undefined && processes.get(top)?.ppid === process.pid) totals.set(top, (totals.get(top) ?? 0) + ticks);
  }
  const command = (pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  };
  // The server and the browsers (vite's esbuild service, which built the probe, is left out).
  return [...totals]
    .filter(([pid]) => /pouchdb-server|chrom/.test(command(pid)))
    .sort(([a], [b]) => processes.get(a).start - processes.get(b).start)
    .map(([, ticks]) => ticks / 100);
}

/** Waits until the server (the first process this script started) used under 5 % of a CPU for 2 s; returns the wait. */
async function serverSettled() {
  const started = Date.now();
  let before = cpuByChild()[0] ?? 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const now = cpuByChild()[0] ?? 0;
    if (now - before < 0.1 || Date.now() - started > 60_000) return Date.now() - started;
    before = now;
  }
}

/** The options page's Sync section with the connection filled in and Connect clicked, as a user does it. */
async function connect(rapport, server, user) {
  const page = await rapport.context.newPage();
  await page.goto(rapport.extensionUrl('options.html#sync'));
  await page.getByLabel('Server address').fill(server.databaseUrl);
  await page.getByLabel('User name').fill(user.name);
  await page.getByLabel('Password').fill(user.password);
  const started = Date.now();
  await page.getByRole('button', { name: 'Connect' }).click();
  return { page, started };
}

const statusOf = (page) => page.getByTestId('sync-status').innerText().catch(() => '');

/** Contacts in the profile's database, read in its page (raw IndexedDB; no request to the worker). */
function contactCount(page) {
  return page.evaluate(
    ({ name }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const count = database.transaction('contacts').objectStore('contacts').count();
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    { name: 'rapport' },
  );
}

/**
 * Documents in the profile's local PouchDB replica (the `idb` adapter's document store): what replication brought so far.
 * Opened only once it exists: opening it first would create it, empty, under PouchDB's feet.
 */
function replicaCount(page) {
  return page.evaluate(
    async () =>
      (await indexedDB.databases()).some((database) => database.name === '_pouch_rapport-sync') &&
      new Promise((resolve) => {
        const request = indexedDB.open('_pouch_rapport-sync');
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('document-store')) {
            database.close();
            resolve(0);
            return;
          }
          const count = database.transaction('document-store').objectStore('document-store').count();
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
          count.onerror = () => resolve(0);
        };
      }),
  ).then((count) => count || 0);
}

/** Resolves in B's page with the wall-clock time its database first holds the contact with these notes. */
function arrivalIn(page, contactId, notes) {
  return page.evaluate(
    ({ name, id, expected }) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const deadline = Date.now() + 60_000;
          const look = () => {
            const read = database.transaction('contacts').objectStore('contacts').get(id);
            read.onsuccess = () => {
              if (read.result?.notes === expected) {
                database.close();
                resolve(Date.now());
              } else if (Date.now() > deadline) {
                database.close();
                resolve(undefined);
              } else setTimeout(look, 10);
            };
            read.onerror = () => reject(read.error);
          };
          look();
        };
      }),
    { name: 'rapport', id: contactId, expected: notes },
  );
}

/** Resolves with the wall-clock time the server first holds the contact's bundle with these notes. */
async function arrivalOnServer(server, contactId, notes) {
  const url = `${server.databaseUrl}/${encodeURIComponent(`contact:${contactId}`)}`;
  const headers = { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}` };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const doc = await fetch(url, { headers }).then((response) => response.json(), () => undefined);
    if (doc?.records?.[`contact:${contactId}`]?.v?.notes === notes) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

/** Edits in A, each timed until B's database holds it (and until the server does). */
async function timeEdits({ call, viewer, server, first }) {
  const edits = [];
  const toServer = [];
  for (let edit = first; edit < first + EDITS; edit += 1) {
    const contactId = `bench-contact-${(edit * 997 + 11) % SIZE.contacts}`;
    const notes = `Edited for the sync benchmark, ${edit}`;
    const watching = arrivalIn(viewer, contactId, notes);
    const onServer = arrivalOnServer(server, contactId, notes);
    const started = Date.now();
    await call('contact.update', { contactId, patch: { notes } });
    const [arrived, reached] = await Promise.all([watching, onServer]);
    if (arrived === undefined) log(`Edit ${edit} did not arrive within 60 s.`);
    else edits.push(arrived - started);
    if (reached !== undefined) toServer.push(reached - started);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`Edits: ${edits.map((value) => Math.round(value)).join(', ')} ms (on the server after ${toServer.map((value) => Math.round(value)).join(', ')} ms).`);
  return { edits, toServer };
}

/** A fresh profile (of `extensionDir`, else the default build) connects as Ben and pulls everything. */
async function pull(server, profiles, extensionDir) {
  const b = await startRapport({ allowedOrigins: [server.origin], extensionDir });
  profiles.push(b);
  const cpuBeforePull = cpuByChild();
  const pulled = await connect(b, server, BEN);
  const samples = [];
  let allHere;
  let upToDate;
  const deadline = pulled.started + PULL_TIMEOUT_MS;
  // Counting is not free (each count walks the store in the browser's IndexedDB, up to 10,000 records, on the same
  // backend the pull uses): every 2 s until 90 % are in, then every 250 ms, so the arrival is still timed to 250 ms.
  let counted = { at: -Infinity, count: 0, replicated: 0 };
  while (Date.now() < deadline && upToDate === undefined) {
    const now = Date.now() - pulled.started;
    const countNow = allHere === undefined && (counted.count >= 0.9 * SIZE.contacts || now - counted.at >= 2000);
    const [status, count, replicated] = await Promise.all([
      statusOf(pulled.page),
      countNow ? contactCount(pulled.page) : counted.count,
      countNow ? replicaCount(pulled.page) : counted.replicated,
    ]);
    const at = Date.now() - pulled.started;
    if (countNow) counted = { at, count, replicated };
    samples.push({ at, status, count, replicated });
    if (allHere === undefined && count >= SIZE.contacts) allHere = at;
    if (/up to date/.test(status)) upToDate = at;
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (upToDate === undefined) throw new Error('B did not finish its pull in time');
  const pullCpu = cpuByChild().map((value, index) => value - (cpuBeforePull[index] ?? 0));
  log(`Pulled: all contacts after ${seconds(allHere ?? NaN)}, up to date after ${seconds(upToDate)}.`);
  return { b, samples, allHere, upToDate, pullCpu };
}

/**
 * `RAPPORT_BUILDS=<build>,<build>`: fresh profiles of each build pull the same server's data, builds in turns
 * (PULLS rounds), so they share the machine's load. The pulling browser is the last process tree started.
 */
async function comparePulls(server, profiles, loads) {
  const rounds = Number(process.env.PULLS ?? 2);
  const figures = builds.map(() => []);
  // Profile A is not needed for the pulls: closed, its live sync and its database's background work cannot weigh on
  // the first pull more than on the later ones. The server is left to settle (its CPU idle) before each pull.
  await profiles.shift().close();
  let pulls = 0;
  for (let round = 0; round < rounds; round += 1) {
    const order = builds.map((_, index) => index);
    if (round % 2) order.reverse();
    for (const index of order) {
      const loadBefore = load();
      const settled = await serverSettled();
      log(`Round ${round + 1}: ${builds[index]} pulls (load ${loadBefore}; server idle after ${seconds(settled)})…`);
      const result = await pull(server, profiles, builds[index]);
      const texts = new Set(result.samples.map((sample) => sample.status).filter((status) => /\d/.test(status))).size;
      pulls += 1;
      figures[index].push({ ...result, order: pulls, cpu: result.pullCpu.at(-1), serverCpu: result.pullCpu[0], texts, load: `${loadBefore} → ${load()}` });
      await profiles.pop().close();
    }
  }
  loads.push(`${load()} at the end`);
  const lines = [
    `Machine: ${cpus().length} CPUs, load average ${loads.join(', ')}. Pulls in turns, fresh profile each.`,
    '',
    '| Build | Round | Order | Load | Connect → all contacts in | → "up to date" | CPU of the pulling browser | CPU of the server | progress texts |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...builds.flatMap((build, index) =>
      figures[index].map(
        (figure, round) =>
          `| ${build} | ${round + 1} | ${figure.order} | ${figure.load} | ${seconds(figure.allHere ?? NaN)} | ${seconds(figure.upToDate)} | ${seconds(figure.cpu * 1000)} | ${seconds(figure.serverCpu * 1000)} | ${figure.texts} |`,
      ),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
  const loads = [`${load()} at the start`];
  const probe = await buildProbe();
  const server = await startSyncServer();
  const profiles = [];
  try {
    const a = await startRapport({ allowedOrigins: [server.origin], extensionDir: builds[0] });
    profiles.push(a);

    log(`Seeding profile A: ${SIZE.contacts} contacts, ${SIZE.interactions} interactions, ${SIZE.agreements} agreements…`);
    const seeder = await a.context.newPage();
    await seeder.goto(a.extensionUrl('popup.html'));
    await seeder.locator('.due-empty, [data-testid="due-row"]').first().waitFor({ timeout: 20_000 });
    await seeder.evaluate(probe);
    const seeded = await seeder.evaluate(seedInPage, SIZE);
    await seeder.close();
    log(`Seeded in ${Math.round(seeded.writeMs)} ms.`);

    log(`Profile A connects and pushes (load ${load()})…`);
    const cpuBeforePush = cpuByChild();
    const pushed = await connect(a, server, ANNA);
    const pushAll = await waitUntil(async () => ((await server.docCount()) >= SIZE.contacts ? Date.now() : undefined), {
      timeout: PULL_TIMEOUT_MS,
      interval: 250,
      message: 'all contacts on the server',
    });
    const pushDone = await waitUntil(async () => (/up to date/.test(await statusOf(pushed.page)) ? Date.now() : undefined), {
      timeout: PULL_TIMEOUT_MS,
      interval: 100,
      message: "A's status to be up to date",
    });
    const cpuAfterPush = cpuByChild();
    const push = {
      onServer: pushAll - pushed.started,
      upToDate: pushDone - pushed.started,
      docs: await server.docCount(),
      cpu: cpuAfterPush.map((value, index) => value - (cpuBeforePush[index] ?? 0)),
    };
    log(`Pushed: ${push.docs} documents on the server after ${seconds(push.onServer)}, up to date after ${seconds(push.upToDate)}.`);
    loads.push(`${load()} after the push`);

    if (builds.length > 1) {
      await comparePulls(server, profiles, loads);
      return;
    }
    log(`A fresh profile B connects and pulls (load ${load()})…`);
    const { b, samples, allHere, upToDate, pullCpu } = await pull(server, profiles);
    loads.push(`${load()} after the pull`);

    // Both profiles keep extension pages open (A's Sync section and the harness's options page, which lists the
    // contacts; B's Sync section and a contacts list): sync is live, and every change makes the lists read again.
    log('Edits in A until they are in B, both profiles open with contact lists…');
    const viewer = await b.context.newPage();
    await viewer.goto(b.extensionUrl('options.html'));
    const callIn = (page) => async (type, input) => {
      const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), { rapport: 1, type, input });
      if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no reply'}`);
    };
    await a.call('contact.update', { contactId: 'bench-contact-1', patch: { notes: 'warm-up' } });
    await arrivalIn(viewer, 'bench-contact-1', 'warm-up');
    const withLists = await timeEdits({ call: (type, input) => a.call(type, input), viewer, server, first: 0 });
    log('… and with only the Sync sections open (no list to read again)…');
    for (const page of a.context.pages()) if (page.url() === a.extensionUrl('options.html')) await page.close();
    await viewer.goto(b.extensionUrl('options.html#sync'));
    const withoutLists = await timeEdits({ call: callIn(pushed.page), viewer, server, first: EDITS });
    const edits = withLists.edits;

    log("Badge recompute in B's worker…");
    const worker = await b.currentWorker();
    await worker.evaluate(probe);
    const badge = await worker.evaluate(async (runs) => {
      const { openRapportDB, refreshBadge } = globalThis.rapportBench;
      const db = await openRapportDB();
      const figures = [];
      await refreshBadge(db); // warm-up, not counted
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        await refreshBadge(db);
        figures.push(performance.now() - started);
      }
      return { figures, shown: await chrome.action.getBadgeText({}) };
    }, RUNS);
    loads.push(`${load()} at the end`);

    const shown = [...new Set(samples.map((sample) => sample.status))].filter((status) => /\d/.test(status));
    const spread = (list, count) => (list.length <= count ? list : Array.from({ length: count }, (_, index) => list[Math.round((index * (list.length - 1)) / (count - 1))]));
    const progress = spread(
      samples.filter((sample) => /\d/.test(sample.status) || sample.replicated > 0),
      10,
    );
    const lines = [
      `Machine: ${cpus().length} CPUs, load average ${loads.join(', ')} (other work slows every figure).`,
      `Data: ${SIZE.contacts.toLocaleString('en')} contacts, ${SIZE.interactions.toLocaleString('en')} interactions, ${SIZE.agreements.toLocaleString('en')} agreements in profile A; ` +
        `${push.docs.toLocaleString('en')} documents on the server; badge in B "${badge.shown}".`,
      '',
      '| Measure | Figure | Goal |',
      '| --- | ---: | --- |',
      `| A pushes: Connect → all ${SIZE.contacts.toLocaleString('en')} bundles on the server | ${seconds(push.onServer)} | |`,
      `| A pushes: Connect → status "up to date" | ${seconds(push.upToDate)} | |`,
      `| … CPU time used meanwhile: server / browser A | ${push.cpu.map((value) => seconds(value * 1000)).join(' / ')} | |`,
      `| B pulls: Connect → all ${SIZE.contacts.toLocaleString('en')} contacts in its database | ${seconds(allHere ?? NaN)} | ≤ 60 s |`,
      `| B pulls: Connect → status "up to date" | ${seconds(upToDate)} | ≤ 60 s |`,
      `| … CPU time used meanwhile: server / browser A / browser B | ${pullCpu.map((value) => seconds(value * 1000)).join(' / ')} | |`,
      `| B pulls: distinct progress texts the options page showed (sampled every ~250 ms) | ${shown.length} | progress shown |`,
      `| One edit in A → in B's database, both with a contacts list open, median of ${edits.length} | ${ms(median(edits))} | ≤ 5 s |`,
      `| … max | ${ms(Math.max(...edits))} | |`,
      `| … of which A → on the server (polled every 20 ms), median | ${ms(median(withLists.toServer))} | |`,
      `| One edit in A → in B's database, only the Sync sections open, median of ${withoutLists.edits.length} | ${ms(median(withoutLists.edits))} | ≤ 5 s |`,
      `| … max | ${ms(Math.max(...withoutLists.edits))} | |`,
      `| … of which A → on the server, median | ${ms(median(withoutLists.toServer))} | |`,
      `| Badge recompute in B's worker after the pull, median of ${badge.figures.length} (min ${ms(Math.min(...badge.figures))}, max ${ms(Math.max(...badge.figures))}) | ${ms(median(badge.figures))} | < 50 ms, no regression |`,
      '',
      'Progress in B (time since Connect: status shown; documents in its PouchDB replica; contacts in its database):',
      '',
      ...progress.map((sample) => `- ${seconds(sample.at)}: "${sample.status.trim()}"; ${sample.replicated.toLocaleString('en')} documents; ${sample.count.toLocaleString('en')} contacts`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await Promise.all(profiles.map((profile) => profile.close()));
    await server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
