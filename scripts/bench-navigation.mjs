// Time from a single-page navigation to the sidebar showing the new person (LinkedIn profile to profile,
// Gmail thread to thread), and the content script's script time during a burst of 1,000 DOM mutations.
// Prints a markdown table. Run after a build: `npm run build && node scripts/bench-navigation.mjs`.
import { fixture, navigateLikeTheSite, sidebarOf, startRapport } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 20);
const PRIYA = 'https://www.linkedin.com/in/priya-raghunathan-8841b2/';
const ZEYNEP = 'https://www.linkedin.com/in/zeynep-yildiz/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREADS = [
  ['#inbox/FMfcgzQZSwvKxmGqRlBtlNcVwTxPqHkd', 'gmail/thread-1to1.html', 'Jonas Berger'],
  ['#inbox/FMfcgzQbgRnJhvXxKqLwPmTsCdFbNkHz', 'gmail/thread-german.html', 'Klaus Weiß'],
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Starts watching the sidebar for `name`, then navigates; resolves with the milliseconds in between. */
async function timeToName(page, sidebar, name, navigate) {
  await sidebar.evaluate((expected) => {
    window.__shown = new Promise((resolve) => {
      const check = () => {
        if (document.querySelector('h1')?.textContent === expected) {
          observer.disconnect();
          resolve(Date.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, name);
  const started = await page.evaluate(navigate.script, navigate.arg);
  const shown = await sidebar.evaluate(() => window.__shown);
  return shown - started;
}

async function linkedinNavigation(rapport) {
  const page = await rapport.context.newPage();
  await page.goto(PRIYA);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: 'Priya Raghunathan' }).waitFor();
  const times = [];
  const targets = [[ZEYNEP, 'profile-2026-02-variant.html', 'Zeynep Yıldız'], [PRIYA, 'profile-2024-logged-in.html', 'Priya Raghunathan']];
  for (let i = 0; i < RUNS; i++) {
    const [url, file, name] = targets[i % 2];
    times.push(await timeToName(page, sidebar, name, { script: navigateLikeTheSite, arg: { url, html: fixture(`linkedin/${file}`), delayMs: 50 } }));
  }
  await page.close();
  return times;
}

async function gmailNavigation(rapport) {
  const page = await rapport.context.newPage();
  await page.goto(GMAIL + THREADS[0][0]);
  const sidebar = await sidebarOf(page);
  await sidebar.getByRole('heading', { name: THREADS[0][2] }).waitFor();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const [hash, file, name] = THREADS[(i + 1) % 2];
    times.push(await timeToName(page, sidebar, name, { script: navigateLikeTheSite, arg: { hash, html: fixture(file), delayMs: 50 } }));
  }
  await page.close();
  return times;
}

/** Script time on the Gmail page during 1,000 mutations inside the thread, with and without Rapport. */
async function mutationBurst(context, withRapport) {
  const page = await context.newPage();
  await page.goto(GMAIL + THREADS[0][0]);
  if (withRapport) await (await sidebarOf(page)).getByRole('heading', { name: THREADS[0][2] }).waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptDuration = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  const before = await scriptDuration();
  await page.evaluate(async () => {
    const main = document.querySelector('div[role=main]');
    for (let i = 0; i < 1000; i++) {
      const span = document.createElement('span');
      span.textContent = `mutation ${i}`;
      main.append(span);
      if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  await page.waitForTimeout(1500);
  const after = await scriptDuration();
  await page.close();
  return (after - before) * 1000;
}

const pages = { [PRIYA]: 'linkedin/profile-2024-logged-in.html', [ZEYNEP]: 'linkedin/profile-2026-02-variant.html', [GMAIL]: THREADS[0][1] };
const rapport = await startRapport({ pages });
const rows = [];
try {
  const linkedin = await linkedinNavigation(rapport);
  const gmail = await gmailNavigation(rapport);
  rows.push(['LinkedIn profile → profile, to the new name in the sidebar', percentile(linkedin, 50), percentile(linkedin, 95), 'ms']);
  rows.push(['Gmail thread → thread, to the partner in the sidebar', percentile(gmail, 50), percentile(gmail, 95), 'ms']);
  const burstWith = [];
  for (let i = 0; i < 5; i++) burstWith.push(await mutationBurst(rapport.context, true));
  const plain = await startRapport({ pages, extension: false });
  const burstWithout = [];
  try {
    for (let i = 0; i < 5; i++) burstWithout.push(await mutationBurst(plain.context, false));
  } finally {
    await plain.close();
  }
  rows.push(['Gmail page script time during 1,000 mutations, with Rapport', percentile(burstWith, 50), Math.max(...burstWith), 'ms']);
  rows.push(['… the same page without Rapport', percentile(burstWithout, 50), Math.max(...burstWithout), 'ms']);
} finally {
  await rapport.close();
}

console.log(`\n| measure (${RUNS} navigations, 5 bursts) | median | p95 / max | unit |\n|---|---:|---:|---|`);
for (const [what, median, high, unit] of rows) console.log(`| ${what} | ${median.toFixed(1)} | ${high.toFixed(1)} | ${unit} |`);
