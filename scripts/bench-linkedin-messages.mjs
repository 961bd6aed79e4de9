// What logging LinkedIn messages costs the page: main-thread script time per conversation update (one new message
// arriving in the open thread), with Rapport against the same page without it, on the messaging page with a thread
// of 20, 200 and 1,000 messages. Prints a markdown table. Run after `npm run build`.
import { fixture, startRapport } from '../tests/e2e/harness.mjs';

const UPDATES = 20;
const SIZES = [20, 200, 1000];
const THREAD = 'https://www.linkedin.com/messaging/thread/2-YmVuY2gtcHJpeWE=/';
const SENDERS = [
  { name: 'Priya Raghunathan', link: '/in/ACoAABpriyaRAGHUNATHANxxxxxxxxxxxxx' },
  { name: 'Lena Vogt', link: '/in/ACoAAB1lenaVOGTxxxxxxxxxxxxxxxxxx' },
];
const DAYS = ['Jun 10, 2024', 'Aug 2, 2024', 'Jan 7, 2025', 'Mar 4', 'Tuesday', 'Yesterday'];

/** One message as the 2023-2025 layout renders it; every third one starts a new group with name and time. */
function messageItem(index, { day, time } = {}) {
  const sender = SENDERS[Math.floor(index / 3) % 2];
  const heading = day ? `<time class="msg-s-message-list__time-heading">${day}</time>` : '';
  const meta = index % 3 === 0 || time
    ? `<div class="msg-s-message-group__meta"><a href="${sender.link}"><span class="msg-s-message-group__name">${sender.name}</span></a><time class="msg-s-message-group__timestamp">${time ?? `${(index % 12) + 1}:${String(index % 60).padStart(2, '0')} PM`}</time></div>`
    : '';
  return `<li class="msg-s-message-list__event">${heading}<div class="msg-s-event-listitem" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:ACoAAB1lenaVOGTxxxxxxxxxxxxxxxxxx,2-bench${index})">${meta}<div class="msg-s-event-listitem__message-bubble"><p class="msg-s-event-listitem__body">Message number ${index} with a few words of text, as people write them.</p></div></div></li>`;
}

function threadPage(size) {
  const items = Array.from({ length: size }, (_, index) => messageItem(index, index % Math.ceil(size / DAYS.length) === 0 ? { day: DAYS[Math.floor(index / Math.ceil(size / DAYS.length))] } : {}));
  return fixture('linkedin/messaging/page-2024-msg-s-en.html').replace(
    /<ul class="msg-s-message-list-content[^"]*">[\s\S]*?<\/ul>/,
    `<ul class="msg-s-message-list-content list-style-none full-width">${items.join('')}</ul>`,
  );
}

/** Runs in the page: a new message arrives at the end of the open thread, as LinkedIn renders it. */
function receive(html) {
  const list = document.querySelector('.msg-s-message-list-content');
  list.insertAdjacentHTML('beforeend', html);
}

async function scriptPerUpdate(rapport, size) {
  const url = `${THREAD}?size=${size}`;
  rapport.serve(url, { html: threadPage(size) });
  const page = await rapport.context.newPage();
  const cdp = await rapport.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration').value * 1000;
  await page.goto(url);
  await page.waitForTimeout(1500);
  const costs = [];
  for (let i = 0; i < UPDATES; i++) {
    const before = await scriptMs();
    await page.evaluate(receive, messageItem(size + i, { day: i === 0 ? 'Today' : undefined, time: `9:${String(i).padStart(2, '0')} AM` }));
    await page.waitForTimeout(700); // past the 300 ms debounce: the reading and the report to the background are done
    costs.push((await scriptMs()) - before);
  }
  await page.close();
  return costs;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);

const withRapport = await startRapport({ pages: {} });
await withRapport.call('contact.add', { displayName: 'Priya Raghunathan', linkedinSlug: 'priya-raghunathan-8841b2' });
const without = await startRapport({ pages: {}, extension: false });
const rows = [];
for (const size of SIZES) {
  const on = await scriptPerUpdate(withRapport, size);
  const off = await scriptPerUpdate(without, size);
  rows.push({ size, on, off });
}
const logged = await withRapport.call('contact.lookup', { linkedinSlug: 'priya-raghunathan-8841b2' });
await withRapport.close();
await without.close();

console.log(`\n### LinkedIn message logging: page script per conversation update (${UPDATES} updates per thread, goal <= 5 ms)\n`);
console.log('| thread | with Rapport median | max | without median | max | Rapport\'s share (median difference) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { size, on, off } of rows) {
  const share = median(on) - median(off);
  console.log(`| ${size} messages | ${median(on).toFixed(2)} ms | ${max(on).toFixed(2)} ms | ${median(off).toFixed(2)} ms | ${max(off).toFixed(2)} ms | ${share.toFixed(2)} ms |`);
}
console.log(`\nThe contact's last contact after the run: ${new Date(logged?.contact.lastContactAt ?? 0).toISOString()} (${logged?.contact.lastContactChannel}).`);
