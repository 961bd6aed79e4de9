// `node scripts/bench-import.mjs [--no-build] [--people=10000] [--runs=3]`
// How long importing a LinkedIn network takes: the pure parse + plan in Node, and the whole import
// through the options page of the built extension (choose file -> preview -> one write -> listed).
// Prints figures; it asserts nothing (the goal for 10,000 connections is under 3 s end to end).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
const option = (name, fallback) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const PEOPLE = option('people', 10_000);
const RUNS = option('runs', 3);
process.env.RAPPORT_OUT_DIR ??= '.cache/out-bench-import';

const FIRST = ['Anna', 'Jonas', 'Léa', 'Björn', 'Kenji', 'Maria', 'Tom', 'Zoë', 'Ólafur', 'Şeyma', 'Chloé', 'Lukas', 'Mia', 'Ana-Lucía', 'Noah'];
const LAST = ['Müller', 'Schneider', 'Dubois', 'Åström', 'Watanabe', 'Fischer', "O'Neil", 'Weber', 'Nakamura-Schmidt', 'Kowalski', 'García', 'Becker'];
const COMPANIES = ['Müller & Partner, Steuerberatung', 'Nordlicht GmbH', 'Acme, Inc.', 'Studio "Blau"', 'Freelance', ''];

/** A LinkedIn Connections.csv (2025 layout) with `count` people: a third share their email, 1 % appear twice. */
function linkedinExport(count) {
  const rows = [];
  for (let index = 0; index < count; index += 1) {
    const first = FIRST[index % FIRST.length];
    const last = LAST[(index * 7) % LAST.length];
    const slugIndex = index % 100 === 99 ? index - 1 : index;
    const url = `https://www.linkedin.com/in/${slugIndex % 2 ? 'Person' : 'person'}-${slugIndex}-${(slugIndex * 2654435761) % 1e6}`;
    const email = index % 3 === 0 ? `${first}.${index}@example.org`.toLowerCase() : '';
    const company = COMPANIES[index % COMPANIES.length];
    const quote = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    rows.push([first, last, url, email, company, 'Consultant', `${(index % 28) + 1} Mar 2024`].map(quote).join(','));
  }
  return [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
    '',
  ].join('\n');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;

async function pureFigures(text) {
  const { createServer } = await import('vite');
  const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const { parseImportFile, planImport } = await server.ssrLoadModule('/utils/transfer/index.ts');
    const parse = [];
    const plan = [];
    let planned;
    for (let run = 0; run <= RUNS; run += 1) {
      const t0 = performance.now();
      const parsed = parseImportFile('Connections.csv', text);
      const t1 = performance.now();
      if (!parsed.ok) throw new Error(parsed.error.message);
      planned = planImport(parsed.people, []);
      const t2 = performance.now();
      if (run > 0) {
        parse.push(t1 - t0);
        plan.push(t2 - t1);
      }
    }
    return { parse: median(parse), plan: median(plan), created: planned.create.length };
  } finally {
    await server.close();
  }
}

async function extensionRun(file) {
  const { startRapport } = await import('../tests/e2e/harness.mjs');
  const rapport = await startRapport();
  try {
    const page = await rapport.context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(rapport.extensionUrl('options.html#import'));
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    const t0 = performance.now();
    await page.getByLabel('Choose a file').setInputFiles(file);
    const importButton = page.getByRole('button', { name: /^Import now \(/ });
    await importButton.waitFor();
    const t1 = performance.now();
    await importButton.click();
    await page.getByText(/^Imported\. /).waitFor();
    const t2 = performance.now();
    await page.goto(rapport.extensionUrl('options.html#contacts'));
    const count = (await page.getByText(/^Contacts: [\d,]+$/).innerText()).replace('Contacts: ', '');
    const t3 = performance.now();
    await page.getByLabel('Search by name, company, email or LinkedIn').fill('müller consult');
    await page.getByText(/^Shown: [\d,]+ of /).waitFor();
    const t4 = performance.now();
    const rowsInDom = await page.getByTestId('contact-row').count();
    return { preview: t1 - t0, write: t2 - t1, total: t2 - t0, list: t3 - t2, search: t4 - t3, rowsInDom, count };
  } finally {
    await rapport.close();
  }
}

if (!process.argv.includes('--no-build')) {
  console.log(`Building into ${process.env.RAPPORT_OUT_DIR}…`);
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: process.env });
}
const text = linkedinExport(PEOPLE);
const folder = mkdtempSync(path.join(tmpdir(), 'rapport-bench-'));
const file = path.join(folder, 'Connections.csv');
writeFileSync(file, text);
try {
  console.log(`LinkedIn Connections.csv: ${PEOPLE} rows, ${(text.length / 1e6).toFixed(2)} MB`);
  const pure = await pureFigures(text);
  console.log(`Node, pure (median of ${RUNS}): parse ${ms(pure.parse)}, plan ${ms(pure.plan)} -> ${pure.created} new contacts`);
  const runs = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const figures = await extensionRun(file);
    runs.push(figures);
    console.log(
      `Extension run ${run}: file -> preview ${ms(figures.preview)}, import click -> written ${ms(figures.write)}, total ${ms(figures.total)}; list of ${figures.count} contacts shown ${ms(figures.list)} later (${figures.rowsInDom} rows in the page), search ${ms(figures.search)}`,
    );
  }
  const total = median(runs.map((figures) => figures.total));
  console.log(`Median total (choose file to written, ${PEOPLE} connections): ${ms(total)} (goal: under 3000 ms)`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
