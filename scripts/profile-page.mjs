// Where the time of opening an extension page goes, at the benchmark's size (10,000 contacts, 100,000
// interactions, 20,000 agreements, organisations filled): opens each page RUNS times (3 by default) under a Chrome
// trace with the V8 sampling profiler and prints, per open, the page's own marks and loading events from navigation
// start, the renderer main thread's busy time, and the functions with the most self time up to the page's "shown"
// mark. PAGES=cold,popup-cold,org-largest,org-small picks the pages; TRACE_OUT=<dir> keeps the traces (open them in
// DevTools' Performance panel). Not part of npm run bench: a tool for finding where time goes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { buildProbe } from './bench-probe.mjs';
import { seedInPage } from './bench-seed.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const SIZE = { contacts: 10_000, interactions: 100_000, agreements: 20_000, seed: 20_261_127, now: Date.now() };
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
].join(',');
const PAGES = {
  cold: { url: () => 'options.html#cold', shown: 'rapport:going-cold-shown', ready: '[data-testid="cold-row"]' },
  'popup-cold': { url: () => 'popup.html#cold', shown: 'rapport:going-cold-shown', ready: '[data-testid="cold-row"]' },
  'org-largest': { url: (ids) => `options.html#organisation/${encodeURIComponent(ids.largest)}`, shown: 'rapport:organisation-shown', ready: '[data-testid="organisation-page"]' },
  'org-small': { url: (ids) => `options.html#organisation/${encodeURIComponent(ids.small)}`, shown: 'rapport:organisation-shown', ready: '[data-testid="organisation-page"]' },
};
const log = (message) => process.stderr.write(`${message}\n`);

const probe = await buildProbe();
const browser = await launchWithExtension(process.env.EXTENSION_DIR ? { extensionDir: path.resolve(process.env.EXTENSION_DIR) } : {});
const { context, extensionId } = browser;
const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;
await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension:') ? route.continue() : route.abort()));
try {
  log('Seeding…');
  const seeder = await context.newPage();
  await seeder.goto(pageUrl('popup.html'));
  await seeder.locator('.due-empty').waitFor({ timeout: 10_000 });
  await seeder.evaluate(probe);
  await seeder.evaluate(seedInPage, SIZE);
  const ids = await seeder.evaluate(async () => {
    const { fillOrganisations, openRapportDB } = globalThis.rapportBench;
    const db = await openRapportDB();
    const tx = db.transaction(['contacts', 'agreements', 'organisations'], 'readwrite');
    await fillOrganisations(tx, Date.now());
    await tx.done;
    const organisations = await db.getAll('organisations');
    const sized = await Promise.all(organisations.map(async ({ id }) => ({ id, people: await db.countFromIndex('contacts', 'byOrganisation', id) })));
    sized.sort((a, b) => b.people - a.people);
    return { largest: sized[0].id, small: sized.at(-1).id };
  });
  await seeder.close();

  const chosen = (process.env.PAGES ?? 'cold,popup-cold,org-largest,org-small').split(',');
  for (const name of chosen) {
    const spec = PAGES[name];
    await openTraced(spec, ids, undefined); // warm-up
    for (let run = 0; run < RUNS; run += 1) {
      const events = await openTraced(spec, ids, name);
      if (process.env.TRACE_OUT) {
        mkdirSync(process.env.TRACE_OUT, { recursive: true });
        writeFileSync(path.join(process.env.TRACE_OUT, `${name}-${run}.json`), JSON.stringify({ traceEvents: events }));
      }
      log(`\n## ${name}, run ${run + 1} (load ${loadavg()[0].toFixed(1)})`);
      log(summary(events, spec.shown));
    }
  }
} finally {
  await browser.close();
}

async function openTraced(spec, ids, name) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  const cdp = await context.newCDPSession(page);
  const events = [];
  if (name) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  }
  await page.goto(pageUrl(spec.url(ids)));
  await page.locator(spec.ready).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(200);
  if (name) {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  }
  await page.close();
  return events;
}

function summary(events, shownMark) {
  const threads = new Map(events.filter((event) => event.name === 'thread_name').map((event) => [`${event.pid}:${event.tid}`, event.args.name]));
  const marks = events.filter((event) => event.cat.includes('blink.user_timing') || event.cat === 'loading' || event.name === 'MarkDOMContent' || event.name === 'MarkLoad');
  const shown = marks.find((event) => event.name === shownMark);
  if (!shown) return 'no shown mark in the trace';
  const pid = shown.pid;
  const navigation = events.find((event) => event.pid === pid && event.name === 'navigationStart') ?? marks.find((event) => event.pid === pid && event.name === 'navigationStart');
  const origin = navigation?.ts ?? Math.min(...events.filter((event) => event.pid === pid && event.ts > 0).map((event) => event.ts));
  const at = (ts) => ((ts - origin) / 1000).toFixed(1);
  const lines = [];
  const seen = new Set();
  for (const event of events.filter((each) => each.pid === pid && each.ts >= origin && each.ts <= shown.ts + 1000).sort((a, b) => a.ts - b.ts)) {
    const interesting =
      event.cat.includes('blink.user_timing') ||
      ['MarkDOMContent', 'MarkLoad', 'firstContentfulPaint', 'ResourceSendRequest', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'ParseHTML', 'Commit'].includes(event.name);
    if (!interesting) continue;
    const label = `${event.name}${event.args?.data?.url ? ` ${event.args.data.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}` : ''}`;
    const key = `${label}@${event.ts}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${at(event.ts).padStart(7)} ms  ${label}${event.dur ? ` (${(event.dur / 1000).toFixed(1)} ms)` : ''}`);
  }
  const main = [...threads].find(([key, value]) => key.startsWith(`${pid}:`) && value === 'CrRendererMain')?.[0];
  const tasks = events.filter((event) => `${event.pid}:${event.tid}` === main && event.name === 'RunTask' && event.ph === 'X' && event.ts >= origin && event.ts <= shown.ts);
  const busy = tasks.reduce((total, event) => total + event.dur, 0) / 1000;
  lines.push(`  main thread busy ${busy.toFixed(1)} ms of ${at(shown.ts)} ms to the mark; ${tasks.filter((event) => event.dur > 5000).length} tasks over 5 ms:`);
  for (const task of tasks.filter((event) => event.dur > 5000)) lines.push(`    at ${at(task.ts)} ms: ${(task.dur / 1000).toFixed(1)} ms`);
  lines.push(...selfTimes(events, pid, origin, shown.ts));
  return lines.join('\n');
}

/** Self time per function in the renderer's samples between `from` and `to` (trace clock), the top 25. */
function selfTimes(events, pid, from, to) {
  const profiles = new Map();
  for (const event of events.filter((each) => each.pid === pid && (each.name === 'Profile' || each.name === 'ProfileChunk'))) {
    const key = `${event.pid}:${event.id}`;
    let profile = profiles.get(key);
    if (!profile) profiles.set(key, (profile = { start: 0, nodes: new Map(), samples: [], deltas: [] }));
    if (event.name === 'Profile') profile.start = event.args.data.startTime;
    const data = event.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const profile of profiles.values()) {
    let time = profile.start;
    profile.samples.forEach((nodeId, index) => {
      const delta = profile.deltas[index] ?? 0;
      time += delta;
      if (time < from || time > to) return;
      const node = profile.nodes.get(nodeId);
      const frame = node?.callFrame ?? {};
      const where = frame.url ? `${frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${frame.lineNumber}` : '';
      const label = `${frame.functionName || '(anonymous)'} ${where}`.trim();
      const next = (profile.deltas[index + 1] ?? 0) / 1000;
      self.set(label, (self.get(label) ?? 0) + next);
      total += next;
      const stack = new Set();
      for (let current = node; current; current = profile.nodes.get(parents(profile).get(current.id))) {
        const { functionName, url } = current.callFrame;
        if (url?.startsWith('chrome-extension:') && functionName) stack.add(functionName);
      }
      for (const name of stack) inclusive.set(name, (inclusive.get(name) ?? 0) + next);
    });
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const topInclusive = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40);
  return [
    `  samples ${total.toFixed(1)} ms; self time, top 25:`,
    ...top.map(([label, ms]) => `    ${ms.toFixed(1).padStart(6)} ms  ${label}`),
    '  inclusive time of Rapport\'s (and bundled) named functions, top 40:',
    ...topInclusive.map(([label, ms]) => `    ${ms.toFixed(1).padStart(6)} ms  ${label}`),
  ];
}

/** Node id → parent node id of a profile (nodes list their children). */
function parents(profile) {
  if (!profile.parents) {
    profile.parents = new Map();
    for (const node of profile.nodes.values()) for (const child of node.children ?? []) profile.parents.set(child, node.id);
  }
  return profile.parents;
}
