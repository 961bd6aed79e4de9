// A CPU profile of a fresh profile's service worker while it pulls N bundles (N=2000 by default) from PouchDB
// Server in memory, the server filled directly (10 interactions with source keys and 2 agreements per contact).
// Prints the worker's busy time and the functions with the most self time; writes the profile to
// $PROFILE_OUT (default: a temp file) for DevTools. Not part of npm run bench: a tool for finding where time goes.
// Function names: profile a build made with RAPPORT_NO_MINIFY=1 (and RAPPORT_OUT_DIR to keep it apart).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { ADMIN, MEMBERS, startSyncServer } from '../tests/e2e/sync-server.mjs';
import { EXTENSION_DIR, findChromium } from '../tests/e2e/browser.mjs';

const N = Number(process.env.N ?? 2000);
const now = Date.now();
const stamp = [now - 86_400_000, 'dev000000001', 'anna'];
const COMPANIES = ['Acme, Inc.', 'Studio Blau', undefined];
const docs = [];
let interaction = 0;
for (let index = 0; index < N; index += 1) {
  const id = `p-${index}`;
  const contact = {
    displayName: `Person ${index}`,
    emails: [`p${index}@example.com`],
    company: COMPANIES[index % 3],
    language: 'de',
    formality: 'sie',
    cadence: { unit: 'months', count: 3 },
    createdAt: now - 1e9,
  };
  const records = { [`contact:${id}`]: { v: contact, m: { stamp } } };
  for (let count = 0; count < 10; count += 1, interaction += 1) {
    const at = now - interaction * 60_000;
    const value = { contactId: id, at, channel: 'email', direction: 'inbound', summary: `Re: ${interaction}`, sourceKey: `gmail:${interaction}`, createdAt: at };
    records[`interaction:i-${interaction}`] = { v: value, m: { stamp } };
  }
  for (let count = 0; count < 2; count += 1) {
    const value = { contactId: id, kind: 'invoice', text: `Agreement ${index}`, status: 'open', createdAt: now - 1e8 };
    records[`agreement:a-${index}-${count}`] = { v: value, m: { stamp } };
  }
  docs.push({ _id: `contact:${id}`, format: 1, records: JSON.parse(JSON.stringify(records)) });
}
/**
 * CPU seconds (user + system) used so far by the browser's processes (the one started with this profile's folder
 * and all below it), by kind: the browser process (which runs IndexedDB), renderers (pages and the extension's
 * worker), utilities (network, storage).
 */
function cpuOfBrowser(profileDir) {
  const processes = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(name), { command, ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // gone meanwhile
    }
  }
  const roots = [...processes].filter(([, p]) => p.command.includes(`--user-data-dir=${profileDir}`) && !p.command.includes('--type=')).map(([pid]) => pid);
  const ours = (pid) => {
    for (let current = pid; current !== undefined && processes.has(current); current = processes.get(current).ppid) if (roots.includes(current)) return true;
    return false;
  };
  const byKind = {};
  for (const [pid, p] of processes) {
    if (!ours(pid)) continue;
    const kind = /--type=(\S+)/.exec(p.command)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=(\S+)/.exec(p.command)?.[1];
    const key = sub ? `${kind}:${sub.split('.').pop()}` : kind;
    byKind[key] = (byKind[key] ?? 0) + p.seconds;
  }
  return byKind;
}

const server = await startSyncServer();
const auth = { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`, 'Content-Type': 'application/json' };
for (let s = 0; s < docs.length; s += 500) {
  const r = await fetch(`${server.databaseUrl}/_bulk_docs`, { method: 'POST', headers: auth, body: JSON.stringify({ docs: docs.slice(s, s + 500) }) });
  if (!r.ok) throw new Error(await r.text());
}
console.error(`server holds ${await server.docCount()} docs`);
const dir = mkdtempSync(path.join(tmpdir(), 'rapport-prof-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: findChromium(),
  headless: true,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // For puppeteer: Playwright cannot open a DevTools session on a service worker.
    '--remote-debugging-port=0',
  ],
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const port = readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(id));
  const cdp = await target.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html#sync`);
  await page.getByLabel('Server address').fill(server.databaseUrl);
  await page.getByLabel('User name').fill(MEMBERS[1].name);
  await page.getByLabel('Password').fill(MEMBERS[1].password);
  await cdp.send('Profiler.start');
  const cpuBefore = cpuOfBrowser(dir);
  const loadBefore = loadavg()[0];
  const started = Date.now();
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByText('Connected, up to date.').waitFor({ timeout: 900_000 });
  const wall = Date.now() - started;
  const cpuAfter = cpuOfBrowser(dir);
  const cpu = Object.entries(cpuAfter).map(([kind, seconds]) => `${kind} ${(seconds - (cpuBefore[kind] ?? 0)).toFixed(1)} s`);
  console.log(`Load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after; browser CPU: ${cpu.join(', ')}`);
  const { profile } = await cdp.send('Profiler.stop');
  const out = process.env.PROFILE_OUT ?? path.join(tmpdir(), `rapport-sync-pull-${N}.cpuprofile`);
  writeFileSync(out, JSON.stringify(profile));
  console.log(`Profile: ${out}`);
  const dt = new Map();
  profile.timeDeltas.forEach((d, k) => dt.set(profile.samples[k], (dt.get(profile.samples[k]) ?? 0) + d));
  const self = new Map();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const t = (dt.get(node.id) ?? 0) / 1000;
    const f = node.callFrame;
    if (f.functionName === '(idle)') {
      idle += t;
      continue;
    }
    total += t;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  console.log(`N=${N}: wall ${wall} ms, worker busy ${Math.round(total)} ms, idle ${Math.round(idle)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  await browser.disconnect();
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  await server.close();
}
