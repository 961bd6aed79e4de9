// `node scripts/bench-history.mjs [--no-build] [--messages=100000] [--events=5000] [--skip-mbox] [--skip-ics]`
// History imports through the options page of the built extension in headless Chromium: a generated mbox of
// 100,000 messages (about 1 GB, Takeout-style headers, bodies with attachments) and an ICS of 5,000 events.
// Prints time from choosing the file to the preview and to the written import, and the importing page's peak
// JavaScript heap (sampled through DevTools every 100 ms). It asserts nothing; the goals are printed beside.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
const option = (name, fallback) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const MESSAGES = option('messages', 100_000);
const EVENTS = option('events', 5000);
const CORRESPONDENTS = 3000;
const CONTACTS = 500;
const ME = 'mara@becker-design.example';
process.env.RAPPORT_OUT_DIR ??= '.cache/out-bench-history';

const FIRST = ['Anna', 'Jonas', 'Léa', 'Björn', 'Kenji', 'Maria', 'Tom', 'Zoë', 'Ólafur', 'Şeyma', 'Chloé', 'Lukas', 'Mia', 'Jörg', 'Noah'];
const LAST = ['Müller', 'Schneider', 'Dubois', 'Åström', 'Watanabe', 'Fischer', "O'Neil", 'Weber', 'Weiß', 'Kowalski', 'García', 'Becker'];
const person = (index) => {
  const name = `${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]}`;
  return { name, email: `${name.split(' ')[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${index}@firm${index % 97}.example` };
};
const people = Array.from({ length: CORRESPONDENTS }, (_, index) => person(index));
const encodedName = (name) => `=?UTF-8?B?${Buffer.from(name).toString('base64')}?=`;
const address = (who, index) => (index % 5 === 0 ? `${encodedName(who.name)} <${who.email}>` : `"${who.name}" <${who.email}>`);

let randomState = 42;
const random = () => ((randomState = (randomState * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

/** Bodies of varied size: text, sometimes a quoted reply, often a base64 attachment (76-character lines). */
const BODIES = Array.from({ length: 40 }, (_, index) => {
  const text = `Hallo,\n\nanbei wie besprochen die Unterlagen.\nFrom our side everything is fine.\n>From the last call: ok.\n\nViele Grüße\n`;
  const attachmentBytes = index % 4 === 0 ? 0 : Math.floor(1500 + index * 360);
  const base64 = Buffer.alloc(attachmentBytes, index).toString('base64').replace(/.{76}/g, '$&\n');
  return Buffer.from(
    `--b${index}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n${text.repeat(1 + (index % 5))}\n` +
      (attachmentBytes ? `--b${index}\nContent-Type: application/pdf; name="Angebot-${index}.pdf"\nContent-Transfer-Encoding: base64\n\n${base64}\n` : '') +
      `--b${index}--\n`,
  );
});

async function writeMbox(file, count) {
  const out = createWriteStream(file);
  const now = Date.now();
  const span = 3 * 365 * 86_400_000;
  let batch = [];
  let size = 0;
  for (let index = 0; index < count; index += 1) {
    const at = new Date(now - span + Math.floor((span * index) / count));
    const kind = random();
    const other = pick(people);
    const second = pick(people);
    const fromMe = kind < 0.45;
    const list = kind >= 0.9;
    const from = fromMe ? `Mara Becker <${ME}>` : list ? `Newsletter <news@list${index % 7}.example>` : address(other, index);
    const to = fromMe ? `${address(other, index)}${index % 3 === 0 ? `, ${address(second, index + 1)}` : ''}` : list ? 'undisclosed-recipients:;' : `Mara Becker <${ME}>`;
    const cc = !fromMe && !list && index % 4 === 0 ? `Cc: ${address(second, index + 2)}\n` : '';
    const body = BODIES[index % BODIES.length];
    const header =
      `From 17${String(index).padStart(17, '0')}@xxx ${at.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5 +0000 $4')}\n` +
      `X-GM-THRID: 17${String(Math.floor(index / 3)).padStart(17, '0')}\nX-Gmail-Labels: ${fromMe ? 'Sent' : 'Inbox,Important'}\n` +
      `Delivered-To: ${ME}\nReceived: by 2002:a05:6a10:1234:b0:5a1:${index.toString(16)} with SMTP id x${index};\n        ${at.toUTCString()}\n` +
      `Received: from mail.firm${index % 97}.example (mail.firm${index % 97}.example. [203.0.113.${index % 250}])\n        by mx.google.com with ESMTPS id y${index}\n        for <${ME}>; ${at.toUTCString()}\n` +
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=firm${index % 97}.example; s=20230601; t=${Math.floor(at / 1000)};\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id;\n        bh=${Buffer.from(String(index)).toString('base64')}; b=${'A'.repeat(340)}\n` +
      `MIME-Version: 1.0\nFrom: ${from}\nTo: ${to}\n${cc}Date: ${at.toUTCString().replace('GMT', '+0000')}\n` +
      `Message-ID: <CA+bench-${index}@mail.gmail.example>\nSubject: ${index % 6 === 0 ? `=?UTF-8?Q?Angebot_f=C3=BCr_Projekt_${index}?=` : `Re: Projekt ${index % 500}`}\n` +
      `Content-Type: multipart/mixed; boundary="b${index % BODIES.length}"\n\n`;
    const chunk = Buffer.concat([Buffer.from(header), body, Buffer.from('\n')]);
    batch.push(chunk);
    size += chunk.length;
    if (size > 8 * 1024 * 1024) {
      if (!out.write(Buffer.concat(batch))) await once(out, 'drain');
      batch = [];
      size = 0;
    }
  }
  out.end(Buffer.concat(batch));
  await once(out, 'finish');
}

function icsText(count) {
  const now = Date.now();
  const stamp = (ms) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport bench//EN'];
  for (let index = 0; index < count; index += 1) {
    const start = now - 2 * 365 * 86_400_000 + Math.floor((2 * 365 * 86_400_000 * index) / count);
    const attendees = Array.from({ length: 1 + (index % 4) }, (_, n) => people[(index * 13 + n * 101) % CORRESPONDENTS]);
    lines.push(
      'BEGIN:VEVENT',
      `UID:bench-${index}@calendar.example`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${stamp(start)}`,
      `DTEND:${stamp(start + 3_600_000)}`,
      ...(index % 50 === 0 ? ['RRULE:FREQ=WEEKLY;COUNT=52'] : []),
      `SUMMARY:Termin ${index}`,
      `ORGANIZER;CN=Mara Becker:mailto:${ME}`,
      `ATTENDEE;CN=Mara Becker;PARTSTAT=${index % 20 === 0 ? 'DECLINED' : 'ACCEPTED'}:mailto:${ME}`,
      ...attendees.map((who) => `ATTENDEE;CN="${who.name}";PARTSTAT=ACCEPTED:mailto:${who.email}`),
      ...(index % 33 === 0 ? ['STATUS:CANCELLED'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function importThroughPage(rapport, file) {
  const page = await rapport.context.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(rapport.extensionUrl('options.html#import'));
  await page.getByLabel('Choose a history file').waitFor();
  const cdp = await rapport.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  let peakUsed = 0;
  let peakTotal = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      peakUsed = Math.max(peakUsed, value('JSHeapUsedSize'));
      peakTotal = Math.max(peakTotal, value('JSHeapTotalSize'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const t0 = performance.now();
  await page.getByLabel('Choose a history file').setInputFiles(file);
  const importButton = page.getByRole('button', { name: /^Import now \(/ });
  await importButton.waitFor();
  const t1 = performance.now();
  const counts = (await page.getByTestId('history-counts').innerText()).replace(/\s+/g, ' ');
  await importButton.click();
  const done = page.getByTestId('history-done');
  await done.waitFor();
  const t2 = performance.now();
  sampling = false;
  await sampler;
  const result = await done.innerText();
  await page.close();
  return { preview: t1 - t0, write: t2 - t1, total: t2 - t0, peakUsed, peakTotal, counts, result };
}

async function seed(rapport) {
  await rapport.call('settings.save', { ownEmails: [ME] });
  await rapport.call('import.apply', {
    create: people.slice(0, CONTACTS).map((who) => ({ displayName: who.name, emails: [who.email] })),
    merge: [],
  });
}

if (!process.argv.includes('--no-build')) {
  console.log(`Building into ${process.env.RAPPORT_OUT_DIR}…`);
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: process.env });
}
const folder = mkdtempSync(path.join(tmpdir(), 'rapport-bench-history-'));
const { startRapport } = await import('../tests/e2e/harness.mjs');
try {
  if (!process.argv.includes('--skip-mbox')) {
    const file = path.join(folder, 'All mail Including Spam and Trash.mbox');
    const g0 = performance.now();
    await writeMbox(file, MESSAGES);
    console.log(`mbox: ${MESSAGES.toLocaleString('en')} messages, ${mb(statSync(file).size)} (generated in ${ms(performance.now() - g0)}); ${CONTACTS} of ${CORRESPONDENTS} correspondents are contacts`);
    const rapport = await startRapport();
    try {
      await seed(rapport);
      const figures = await importThroughPage(rapport, file);
      console.log(`mbox through the options page: file -> preview ${ms(figures.preview)}, import click -> written ${ms(figures.write)}, total ${ms(figures.total)} (goal: under 60,000 ms)`);
      console.log(`mbox importing page, peak JS heap: used ${mb(figures.peakUsed)}, allocated ${mb(figures.peakTotal)} (goal: under 300 MB)`);
      console.log(`mbox preview: ${figures.counts}`);
      console.log(`mbox result: ${figures.result}`);
    } finally {
      await rapport.close();
    }
    rmSync(file, { force: true });
  }
  if (!process.argv.includes('--skip-ics')) {
    const file = path.join(folder, 'calendar.ics');
    writeFileSync(file, icsText(EVENTS));
    console.log(`ics: ${EVENTS.toLocaleString('en')} events (every 50th weekly for a year), ${mb(statSync(file).size)}`);
    const rapport = await startRapport();
    try {
      await seed(rapport);
      const figures = await importThroughPage(rapport, file);
      console.log(`ics through the options page: file -> preview ${ms(figures.preview)}, import click -> written ${ms(figures.write)}, total ${ms(figures.total)} (goal: under 3,000 ms)`);
      console.log(`ics importing page, peak JS heap: used ${mb(figures.peakUsed)}, allocated ${mb(figures.peakTotal)}`);
      console.log(`ics preview: ${figures.counts}`);
    } finally {
      await rapport.close();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
