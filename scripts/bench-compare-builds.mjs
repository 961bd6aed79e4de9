// Compares what several builds of Rapport cost a LinkedIn page load, loads taken in turns so every build sees the
// same machine load (on a shared 2-CPU machine the load average moves from 1 to 20 within minutes, and the
// script time with it). Prints per build the median and every run of CDP's ScriptDuration and the CPU time of Rapport's
// own script events (scripts/extension-script-cpu.mjs), which moves less with the load; asserts nothing.
//
//   node scripts/bench-compare-builds.mjs /tmp/before/chrome-mv3 .output/chrome-mv3
//
// Options (environment): PAGE=small|2024|2026|guest (default 2024: the real-size logged-in page), RUNS (default 9),
// PANEL=1 (Rapport set to the browser's side panel: nothing added to the page). A build named `none` is the same
// browser without an extension; `frame-only` is a copy of the first build named that only adds the sidebar's frame;
// `gather-only` a copy whose LinkedIn script gathers the top card's markup and reports, reading nothing (the floor of
// a content script that leaves the reading to the extension's side: scripts/gather-only-build.mjs).
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { answerFor } from '../tests/e2e/harness.mjs';
import { traceExtensionScriptCpu } from './extension-script-cpu.mjs';
import { frameOnlyBuild } from './frame-only-build.mjs';
import { gatherOnlyBuild } from './gather-only-build.mjs';
import { REAL_SIZE_PROFILES, realSizeProfile } from '../tests/fixtures/bench/real-size-profile.mjs';

const REAL_SIZE_LABELS = { 2024: 'logged in, 2024 layout', 2026: 'logged in, 2026 SDUI layout', guest: 'guest profile' };
const SMALL = 'https://www.linkedin.com/in/priya-raghunathan-8841b2/';
const choice = process.env.PAGE ?? '2024';
const label = REAL_SIZE_LABELS[choice];
if (choice !== 'small' && !label) throw new Error(`PAGE must be small, 2024, 2026 or guest, not ${choice}.`);
const url = label ? `${REAL_SIZE_PROFILES[label].url}?real-size` : SMALL;
const pages = new Map([[url, label ? { html: realSizeProfile(label) } : 'linkedin/profile-2024-logged-in.html']]);
const RUNS = Number(process.env.RUNS ?? 9);
const builds = process.argv.slice(2);
if (builds.length === 0) throw new Error('Name at least one build folder (…/chrome-mv3), or `none`.');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const COPIES = { 'frame-only': frameOnlyBuild, 'gather-only': gatherOnlyBuild };
const firstBuild = builds.find((build) => build !== 'none' && !(build in COPIES));

async function open(build) {
  if (build in COPIES && !firstBuild) throw new Error(`${build} needs a build to copy: name one too.`);
  const extensionDir = build === 'none' ? null : build in COPIES ? COPIES[build](path.resolve(firstBuild)) : path.resolve(build);
  const browser = await launchWithExtension({ extensionDir });
  await browser.context.route('**/*', (route) => {
    const answer = answerFor(route.request().url(), pages, { fromExtension: false });
    if (answer.kind === 'continue') return route.continue();
    if (answer.kind === 'fulfill') return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    return route.abort('blockedbyclient');
  });
  if (extensionDir && process.env.PANEL) {
    await browser.worker.evaluate(() => chrome.storage.local.set({ displayPlaces: { linkedin: 'panel', gmail: 'panel' } }));
  }
  return { build, browser, addsFrame: extensionDir !== null && !process.env.PANEL, script: [], cpu: [] };
}

/**
 * One page load: ScriptDuration until a second after the sidebar frame is there (or after load without one), and the
 * CPU time of Rapport's own script events in that time.
 */
async function loadOnce({ browser, addsFrame }) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const endTrace = await traceExtensionScriptCpu(cdp);
  await page.goto(url);
  for (let wait = 0; addsFrame && wait < 400 && !page.frames().some((frame) => frame.url().startsWith('chrome-extension://')); wait++) {
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpu = await endTrace();
  await page.close();
  return { script: metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000, cpu };
}

const runs = [];
for (const build of builds) runs.push(await open(build));
const loads = [];
try {
  for (let run = 0; run < RUNS; run++) {
    loads.push(loadavg()[0]);
    for (const each of runs) {
      const { script, cpu } = await loadOnce(each);
      each.script.push(script);
      each.cpu.push(cpu);
    }
  }
} finally {
  for (const each of runs) await each.browser.close();
}
console.log(`${label ?? 'small fixture'}${process.env.PANEL ? ', side panel' : ''}: ${RUNS} loads per build in turns, load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}\n`);
console.log('| build | script ms per load, median | min | every run | Rapport script CPU ms, median | min |\n|---|---:|---:|---|---:|---:|');
for (const { build, script, cpu } of runs) {
  const row = [median(script), Math.min(...script)].map((ms) => ms.toFixed(1));
  console.log(`| ${build} | ${row.join(' | ')} | ${script.map((ms) => ms.toFixed(0)).join(' ')} | ${median(cpu).toFixed(1)} | ${Math.min(...cpu).toFixed(1)} |`);
}
