// The benchmark's data set, written straight into Rapport's IndexedDB from an extension page in a few
// transactions (raw IndexedDB, the records shaped as the repositories write them; `nextFollowUp` by the
// extension's own `withFollowUp`). Runs inside the page: it must not use anything from this module's scope.

/**
 * @param {{ contacts: number, interactions: number, agreements: number, seed: number, now: number }} size
 * Needs `globalThis.rapportBench` (scripts/bench-probe.mjs) in the page.
 */
export async function seedInPage({ contacts: contactCount, interactions: interactionCount, agreements: agreementCount, seed, now }) {
  const { DB_NAME, DEFAULT_SETTINGS, addDays, buildColdContactsShards, buildShards, calendarDateOf, toStoredContactTimes, withFollowUp } =
    globalThis.rapportBench;
  const DAY = 86_400_000;
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const FIRST = ['Anna', 'Jonas', 'Léa', 'Björn', 'Kenji', 'Maria', 'Tom', 'Zoë', 'Ólafur', 'Şeyma', 'Chloé', 'Lukas', 'Mia', 'Noah', 'Priya'];
  const LAST = ['Müller', 'Schneider', 'Dubois', 'Åström', 'Watanabe', 'Fischer', "O'Neil", 'Weber', 'Kowalski', 'García', 'Becker'];
  const COMPANIES = ['Müller & Partner GmbH', 'Nordlicht GmbH', 'Acme, Inc.', 'Studio Blau', 'Freelance', undefined];
  const CADENCES = [
    { unit: 'days', count: 14 },
    { unit: 'months', count: 1 },
    { unit: 'months', count: 3 },
    { unit: 'months', count: 6 },
    { unit: 'months', count: 12 },
    undefined,
  ];
  const CHANNELS = ['email', 'email', 'email', 'email', 'call', 'meeting', 'in-person', 'linkedin', 'note'];
  const KINDS = ['payment-terms', 'deadline', 'rescheduling-rule', 'scope-included', 'scope-excluded', 'promise', 'invoice', 'other'];
  const today = calendarDateOf(now);
  const tidy = (record) => {
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    return record;
  };

  const contacts = [];
  for (let index = 0; index < contactCount; index += 1) {
    const first = pick(FIRST);
    const last = pick(LAST);
    contacts.push(
      tidy({
        id: `bench-contact-${index}`,
        displayName: `${first} ${last} ${index}`,
        emails: [`${first}.${last}.${index}@example.com`.toLowerCase()],
        linkedinSlug: random() < 0.6 ? `bench-${index}` : undefined,
        company: pick(COMPANIES),
        language: random() < 0.7 ? 'de' : 'en',
        formality: random() < 0.5 ? 'sie' : 'du',
        cadence: pick(CADENCES),
        snoozedUntil: random() < 0.05 ? addDays(today, 1 + Math.floor(random() * 30)) : undefined,
        createdAt: now - 1000 * DAY,
        updatedAt: now - 10 * DAY,
      }),
    );
  }

  const interactions = [];
  for (let index = 0; index < interactionCount; index += 1) {
    const contact = contacts[Math.floor(random() * contacts.length)];
    const at = now - Math.floor(random() * 730 * DAY);
    const channel = pick(CHANNELS);
    const email = channel === 'email';
    interactions.push(
      tidy({
        id: `bench-interaction-${index}`,
        contactId: contact.id,
        at,
        channel,
        direction: pick(['inbound', 'outbound', 'mutual']),
        summary: email ? `Re: Project update ${index}` : undefined,
        sourceKey: email ? `gmail:bench-${index}:${contact.id}` : undefined,
        sourceUrl: email ? `https://mail.google.com/mail/u/0/#inbox/bench${index}` : undefined,
        createdAt: at,
      }),
    );
    if (contact.lastContactAt === undefined || contact.lastContactAt < at) {
      contact.lastContactAt = at;
      contact.lastContactChannel = channel;
    }
  }

  const agreements = [];
  const openAgreements = new Set();
  for (let index = 0; index < agreementCount; index += 1) {
    const contact = contacts[Math.floor(random() * contacts.length)];
    const roll = random();
    const status = roll < 0.35 ? 'open' : roll < 0.9 ? 'done' : 'cancelled';
    if (status === 'open') openAgreements.add(contact.id);
    agreements.push(
      tidy({
        id: `bench-agreement-${index}`,
        contactId: contact.id,
        kind: pick(KINDS),
        text: `Agreement ${index}: deliver the next milestone`,
        dueDate: random() < 0.7 ? addDays(today, Math.floor(random() * 360) - 180) : undefined,
        status,
        owner: pick(['us', 'them', 'both', undefined]),
        createdAt: now - 400 * DAY,
        updatedAt: now - 30 * DAY,
      }),
    );
  }

  const settings = { ...DEFAULT_SETTINGS, betweenProjectsCadence: { unit: 'months', count: 3 } };
  const scheduled = contacts.map((contact) => tidy(withFollowUp(contact, { hasOpenAgreements: openAgreements.has(contact.id), settings })));

  const database = await new Promise((resolve, reject) => {
    // The version the build in this browser made: builds of different schema versions compare on the same data.
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => reject(new Error('The extension has not created its database yet.'));
  });
  const write = (stores, fill) =>
    new Promise((resolve, reject) => {
      const tx = database.transaction(stores, 'readwrite', { durability: 'relaxed' });
      fill(tx);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  // Writes to what the going-cold view reads drop its stored first screen and renew its stamp, in the same transaction,
  // as the extension's writers do (schema 8 and later; utils/db/cold-first-screen.ts).
  const firstScreens = database.objectStoreNames.contains('firstScreens') ? ['firstScreens'] : [];
  const dropFirstScreen = (tx) => {
    if (firstScreens.length === 0) return;
    tx.objectStore('firstScreens').put({ key: 'going-cold:stamp', stamp: crypto.randomUUID() });
    tx.objectStore('firstScreens').delete('going-cold');
  };
  const started = performance.now();
  await write(['settings'], (tx) => tx.objectStore('settings').put(settings, 'app'));
  // With what the going-cold view reads of them, derived as every contact write keeps it.
  await write(['contacts', 'agreements', 'coldContacts', ...firstScreens], (tx) => {
    dropFirstScreen(tx);
    for (const contact of scheduled) tx.objectStore('contacts').put(contact);
    for (const agreement of agreements) tx.objectStore('agreements').put(agreement);
    for (const shard of buildColdContactsShards(scheduled)) tx.objectStore('coldContacts').put(shard);
  });
  // The times the going-cold view reads, derived from the interactions as every interaction write keeps them.
  await write(['contactTimes', ...firstScreens], (tx) => {
    dropFirstScreen(tx);
    for (const shard of buildShards(interactions, now)) tx.objectStore('contactTimes').put(toStoredContactTimes(shard));
  });
  const CHUNK = 25_000;
  for (let start = 0; start < interactions.length; start += CHUNK) {
    await write(['interactions'], (tx) => {
      for (const interaction of interactions.slice(start, start + CHUNK)) tx.objectStore('interactions').put(interaction);
    });
  }
  database.close();
  return {
    writeMs: performance.now() - started,
    dueFollowUps: scheduled.filter((contact) => contact.nextFollowUp !== undefined && contact.nextFollowUp <= today).length,
    overdueAgreements: agreements.filter((agreement) => agreement.status === 'open' && agreement.dueDate !== undefined && agreement.dueDate < today)
      .length,
  };
}
