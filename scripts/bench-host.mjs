// What Rapport costs the host page: main-thread script time and long tasks with and without the extension,
// during page load and during 20 single-page navigations; time to the sidebar against a blank extension frame;
// and the size of what ships. Prints markdown tables. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { EXTENSION_DIR } from '../tests/e2e/browser.mjs';
import { fixture, navigateLikeTheSite, sidebarOf, startRapport } from '../tests/e2e/harness.mjs';
import { REAL_SIZE_PROFILES, realSizeProfile } from '../tests/fixtures/bench/real-size-profile.mjs';

const NAVIGATIONS = 20;
const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan-8841b2/';
const ZEYNEP = 'https://www.linkedin.com/in/zeynep-yildiz/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const SITES = {
  LinkedIn: {
    start: PRIYA,
    steps: [
      { url: ZEYNEP, html: fixture('linkedin/profile-2026-02-variant.html'), name: 'Zeynep Yıldız' },
      { url: PRIYA, html: fixture('linkedin/profile-2024-logged-in.html'), name: 'Priya Raghunathan' },
    ],
  },
  Gmail: {
    start: `${GMAIL}#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd`,
    steps: [
      { hash: '#inbox/FMfcgzQbgRnJhvXxKqLwPmTsCdFbNkHz', html: fixture('gmail/thread-german.html'), name: 'Klaus Weiß' },
      { hash: '#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd', html: fixture('gmail/thread-1to1.html'), name: 'Jonas Berger' },
    ],
  },
};
const pages = { [PRIYA]: 'linkedin/profile-2024-logged-in.html', [ZEYNEP]: 'linkedin/profile-2026-02-variant.html', [GMAIL]: 'gmail/thread-1to1.html' };

// Real-size pages (about 1.4 MB, generated from our fixtures by tests/fixtures/bench/real-size-profile.mjs), served at
// addresses of their own so the small fixtures above keep theirs.
const REAL_SIZE = Object.entries(REAL_SIZE_PROFILES).map(([label, spec]) => ({
  label,
  url: `${spec.url}?real-size`,
  html: realSizeProfile(label),
  name: spec.name,
}));
for (const page of REAL_SIZE) pages[page.url] = { html: page.html };
const [loggedIn2024, sdui2026] = REAL_SIZE;
SITES['LinkedIn real-size (1.4 MB)'] = {
  start: loggedIn2024.url,
  steps: [
    { url: sdui2026.url, html: sdui2026.html, name: sdui2026.name },
    { url: loggedIn2024.url, html: loggedIn2024.html, name: loggedIn2024.name },
  ],
};
/** Load-only measurements: each real-size page on its own. */
const LOAD_ONLY = Object.fromEntries(REAL_SIZE.map((page) => [`LinkedIn real-size, ${page.label}`, { start: page.url, steps: [] }]));

function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
}

async function hostCost(context, site, withRapport) {
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
  await page.goto(site.start);
  if (withRapport) await (await sidebarFrameOf(page)).locator('h1').first().waitFor();
  await page.waitForTimeout(1000);
  const load = { script: await scriptMs(), longTasks: await page.evaluate(() => window.__longTasks.length) };
  for (let i = 0; i < (site.steps.length > 0 ? NAVIGATIONS : 0); i++) {
    await page.evaluate(navigateLikeTheSite, { ...site.steps[i % site.steps.length], delayMs: 50 });
    await page.waitForTimeout(400);
  }
  const total = { script: await scriptMs(), longTasks: await page.evaluate(() => window.__longTasks.length) };
  await page.close();
  return { load, navigations: { script: total.script - load.script, longTasks: total.longTasks - load.longTasks } };
}

const LOADS = Number(process.env.LOADS ?? 7);

/**
 * Median script time and total long tasks over several page loads with and without Rapport, taken in turns so
 * both see the same load on a shared machine (the first ones are in a cold browser).
 */
async function pairedHostCost(site) {
  const runs = { with: [], without: [] };
  for (let i = 0; i < LOADS; i++) {
    runs.with.push(await hostCost(withRapport.context, site, true));
    runs.without.push(await hostCost(without.context, site, false));
    loads.push(loadavg()[0]);
  }
  const phase = (list, name) => ({
    script: median(list.map((run) => run[name].script)),
    longTasks: list.reduce((sum, run) => sum + run[name].longTasks, 0),
  });
  const summary = (list) => ({ load: phase(list, 'load'), navigations: phase(list, 'navigations') });
  return [summary(runs.with), summary(runs.without)];
}

/**
 * The sidebar frame, found from the frame tree Playwright already has: a locator on the host page would run
 * Playwright's own script there and count it as the page's script time.
 */
async function sidebarFrameOf(page) {
  for (let attempt = 0; attempt < 400; attempt++) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith('chrome-extension://'));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('no sidebar frame');
}

/** `navigateLikeTheSite`, noting in the page when the new content is in (a task after the swap). */
function navigateAndNoteReplaced({ url, hash, html, delayMs }) {
  // As the sites do: LinkedIn pushes a path, Gmail changes the hash.
  if (url) history.pushState({}, '', url);
  else location.hash = hash;
  const started = Date.now();
  setTimeout(() => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    for (const child of [...document.body.children]) if (child.localName !== 'rapport-sidebar') child.remove();
    document.body.prepend(...next.body.childNodes);
    window.__replacedAt = Date.now();
  }, delayMs);
  return started;
}

/** Navigation to the person in the sidebar, against a blank extension frame added at the same moment. */
async function timeToSidebar(context, site) {
  const page = await context.newPage();
  await page.goto(site.start);
  const sidebar = await sidebarOf(page);
  await sidebar.locator('h1').first().waitFor();
  const frameUrl = await page.locator('rapport-sidebar iframe').getAttribute('src');
  const toSidebar = [];
  const toBlankFrame = [];
  /** When the site had put the new profile into the page: on real-size pages its own parsing takes a while. */
  const replaced = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const step = site.steps[i % site.steps.length];
    await sidebar.evaluate((expected) => {
      window.__shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent !== expected) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, step.name);
    const blankFrame = page.evaluate(
      (frameUrl) =>
        new Promise((resolve) => {
          const blank = document.createElement('iframe');
          blank.style.display = 'none';
          blank.onload = () => {
            blank.remove();
            resolve(Date.now());
          };
          blank.src = frameUrl;
          document.documentElement.append(blank);
        }),
      frameUrl,
    );
    const started = await page.evaluate(navigateAndNoteReplaced, { ...step, delayMs: 50 });
    const blankLoaded = await blankFrame;
    const shown = await sidebar.evaluate(() => window.__shown);
    toSidebar.push(shown - started);
    toBlankFrame.push(blankLoaded - started);
    replaced.push((await page.evaluate(() => window.__replacedAt)) - started);
  }
  await page.close();
  return { toSidebar, toBlankFrame, replaced };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes() {
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const content = path.join(EXTENSION_DIR, 'content-scripts');
  const rows = readdirSync(content).map((file) => [`content script ${file}`, kb(gz(path.join(content, file)))]);
  const html = readFileSync(path.join(EXTENSION_DIR, 'sidebar.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => path.join(EXTENSION_DIR, match[1]));
  rows.push(['sidebar page (html + scripts + styles it loads)', kb(gz(path.join(EXTENSION_DIR, 'sidebar.html')) + assets.reduce((sum, file) => sum + gz(file), 0))]);
  execFileSync('npx', ['wxt', 'zip'], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'ignore' });
  const outDir = path.dirname(EXTENSION_DIR);
  const zip = readdirSync(outDir).find((file) => file.endsWith('-chrome.zip'));
  if (zip) rows.push([`store zip ${zip}`, kb(statSync(path.join(outDir, zip)).size)]);
  return rows;
}

const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
for (const table of [SITES, LOAD_ONLY]) for (const name of Object.keys(table)) if (ONLY && !ONLY.test(name)) delete table[name];
const withRapport = await startRapport({ pages });
const without = await startRapport({ pages, extension: false });
const hostRows = [];
const loads = [loadavg()[0]];
const sidebarRows = [];
try {
  for (const [name, site] of Object.entries(SITES)) {
    const [a, b] = await pairedHostCost(site);
    for (const phase of ['load', 'navigations']) {
      hostRows.push([`${name}, ${phase === 'load' ? 'page load' : `${NAVIGATIONS} navigations`}`, a[phase].script, b[phase].script, a[phase].longTasks, b[phase].longTasks]);
    }
    const timing = await timeToSidebar(withRapport.context, site);
    sidebarRows.push([name, median(timing.toSidebar), p95(timing.toSidebar), median(timing.toBlankFrame), p95(timing.toBlankFrame), median(timing.replaced)]);
  }
  for (const [name, site] of Object.entries(LOAD_ONLY)) {
    const [a, b] = await pairedHostCost(site);
    hostRows.push([`${name}, page load`, a.load.script, b.load.script, a.load.longTasks, b.load.longTasks]);
  }
} finally {
  await withRapport.close();
  await without.close();
}

console.log(`\nLoad average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} (${cpus().length} CPUs): script time grows with it.`);
console.log(`\n| host page (median of ${LOADS} loads, taken in turns; long tasks summed) | script ms with Rapport | without | extra (goal ≤ 10 ms per load) | long tasks with | without |\n|---|---:|---:|---:|---:|---:|`);
for (const [what, a, b, la, lb] of hostRows) console.log(`| ${what} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a - b).toFixed(1)} | ${la} | ${lb} |`);
console.log(`\n| time to sidebar (${NAVIGATIONS} navigations) | median ms | p95 ms | blank extension frame median | p95 | median / floor (goal ≤ 1.5) | site's new content in (median) |\n|---|---:|---:|---:|---:|---:|---:|`);
for (const [name, m, p, bm, bp, r] of sidebarRows) console.log(`| ${name} | ${m} | ${p} | ${bm} | ${bp} | ${(m / bm).toFixed(2)} | ${r} |`);
console.log('\n| what ships | gzip |\n|---|---:|');
for (const [what, size] of sizes()) console.log(`| ${what} | ${size} |`);
