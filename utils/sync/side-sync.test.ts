import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { upgradeRapportDB } from '../db/migrations';
import type { RapportDatabase } from '../db/open';
import { saveSettings } from '../db/settings-apply';
import { readSettings } from '../db/settings-repo';
import { DB_VERSION, type RapportDB } from '../db/schema';
import type { DraftTemplate } from '../drafts';
import { readUserTemplates, removeUserTemplate, saveUserTemplate, USER_TEMPLATES_KEY, type TemplateStorage } from '../drafts-store';
import { exchange, memoryPouch } from './memory-pouch.test-support';
import type { BundleDocument } from './documents';
import { settingsDocId, settingsSource } from './side-settings';
import { sideStateStore } from './side-store';
import { syncSide, type SideReplica } from './side-sync';
import { templatesSource } from './side-templates';

function memoryArea(): TemplateStorage & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async get(key) {
      return items.has(key) ? { [key]: structuredClone(items.get(key)) } : {};
    },
    async set(values) {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
  };
}

let databases = 0;
async function database(): Promise<RapportDatabase> {
  databases += 1;
  return openDB<RapportDB>(`side-sync-${databases}-${Math.random()}`, DB_VERSION, { upgrade: upgradeRapportDB });
}

/** One browser profile: its storage, its database and its local replica; `pass` is one engine pass over side records. */
async function profile(device: string, user: string, clock: { now: number }) {
  const storage = memoryArea();
  const db = await database();
  const replica = await memoryPouch();
  return {
    storage,
    db,
    replica,
    pass: (store: TemplateStorage = storage) =>
      syncSide(replica, [templatesSource(store), settingsSource(db, user)], sideStateStore(storage), [(clock.now += 10), device, user]),
  };
}

const own = (id: string, subject: string): DraftTemplate => ({ id, kind: 'thank-you', language: 'en', subject, body: `Thanks, {firstName}. ${subject}` });

async function allDocs(replica: SideReplica) {
  const { rows } = await replica.allDocs({ startkey: '', endkey: '\ufff0', include_docs: true, conflicts: true });
  return rows.map((row) => row.doc).filter((doc): doc is BundleDocument => Boolean(doc));
}

describe('syncing templates and shared settings', () => {
  it('a template created on one profile appears on another user’s profile, and its removal travels back', async () => {
    const clock = { now: 1000 };
    const [laptop, desktop, server] = await Promise.all([profile('dev-a', 'anna', clock), profile('dev-b', 'ben', clock), memoryPouch()]);
    await saveUserTemplate(own('own.1', 'Thanks for the call'), laptop.storage);
    expect((await laptop.pass()).written).toBeGreaterThan(0);
    await exchange(laptop.replica, server);
    await exchange(server, desktop.replica);
    expect((await desktop.pass()).applied).toBe(true);
    expect(await readUserTemplates(desktop.storage)).toEqual([own('own.1', 'Thanks for the call')]);

    await removeUserTemplate('own.1', desktop.storage);
    await desktop.pass();
    await exchange(desktop.replica, server);
    await exchange(server, laptop.replica);
    await laptop.pass();
    expect(await readUserTemplates(laptop.storage)).toEqual([]);
    // A pass with nothing new changes nothing.
    expect(await laptop.pass()).toEqual({ written: 0, applied: false, retry: false });
  });

  it('the same template edited on two profiles offline: the later edit wins on both, the conflict is resolved, the earlier edit kept', async () => {
    const clock = { now: 1000 };
    const [laptop, desktop, server] = await Promise.all([profile('dev-a', 'anna', clock), profile('dev-b', 'ben', clock), memoryPouch()]);
    await saveUserTemplate(own('own.1', 'First'), laptop.storage);
    await laptop.pass();
    await exchange(laptop.replica, server);
    await exchange(server, desktop.replica);
    await desktop.pass();

    await saveUserTemplate(own('own.1', 'Laptop edit'), laptop.storage);
    await laptop.pass();
    await saveUserTemplate(own('own.1', 'Desktop edit, later'), desktop.storage);
    await desktop.pass();
    await exchange(laptop.replica, server);
    await exchange(desktop.replica, server);
    await exchange(server, laptop.replica);
    await laptop.pass();
    await exchange(laptop.replica, server);
    await exchange(server, desktop.replica);
    await desktop.pass();

    for (const side of [laptop, desktop]) expect(await readUserTemplates(side.storage)).toEqual([own('own.1', 'Desktop edit, later')]);
    const doc = (await allDocs(server)).find((found) => found._id === 'template:own.1');
    expect((doc as { _conflicts?: string[] })._conflicts).toBeUndefined();
    expect(doc?.records?.['template:own.1']?.m.lost).toEqual([
      { field: 'template', value: { kind: 'thank-you', language: 'en', subject: 'Laptop edit', body: 'Thanks, {firstName}. Laptop edit' }, stamp: expect.arrayContaining(['dev-a', 'anna']) },
    ]);
  });

  it('shared settings follow the user to another device; per-device settings and other users’ settings stay put', async () => {
    const clock = { now: 1000 };
    const [laptop, tablet, colleague, server] = await Promise.all([profile('dev-a', 'anna', clock), profile('dev-t', 'anna', clock), profile('dev-b', 'ben', clock), memoryPouch()]);
    await saveSettings(laptop.db, { signature: 'Anna, Berlin', userName: 'Anna', dailyNotification: true, autoLogGmail: false });
    await saveSettings(tablet.db, { autoLogLinkedIn: false });
    await laptop.pass();
    await exchange(laptop.replica, server);
    await exchange(server, tablet.replica);
    await exchange(server, colleague.replica);
    await tablet.pass();
    await colleague.pass();
    await exchange(colleague.replica, server);

    const onTablet = await readSettings(tablet.db);
    expect(onTablet).toMatchObject({ signature: 'Anna, Berlin', userName: 'Anna', dailyNotification: false, autoLogGmail: true, autoLogLinkedIn: false });
    expect(await readSettings(colleague.db)).toMatchObject({ signature: '', userName: '' });
    // The tablet's untouched defaults did not overwrite the laptop's choices.
    await exchange(tablet.replica, server);
    await exchange(server, laptop.replica);
    await laptop.pass();
    expect(await readSettings(laptop.db)).toMatchObject({ signature: 'Anna, Berlin', userName: 'Anna', dailyNotification: true, autoLogGmail: false });
    const ids = (await allDocs(server)).map((doc) => doc._id);
    expect(ids).toContain(settingsDocId('anna'));
    // Ben chose nothing: defaults are not worth a document.
    expect(ids).not.toContain(settingsDocId('ben'));
    expect(JSON.stringify(await allDocs(server))).not.toMatch(/dailyNotification|autoLog/);
  });

  it('a template saved while a pass merges waits for the merge, and both are kept', async () => {
    const { desktop } = await laptopTemplateOnDesktopReplica();
    // A page's save reaches the background while the pass is between reading and writing the templates.
    let saving: Promise<unknown> | undefined;
    const racing = onSecondRead(desktop.storage, async () => {
      saving = saveUserTemplate(own('own.2', 'Typed meanwhile'), desktop.storage);
    });
    expect((await desktop.pass(racing)).retry).toBe(false);
    await saving;
    expect((await readUserTemplates(desktop.storage)).map((template) => template.id)).toEqual(['own.1', 'own.2']);
  });

  it('a template written around the background meanwhile is not overwritten: the pass stands back and the next one merges it', async () => {
    const { desktop } = await laptopTemplateOnDesktopReplica();
    const racing = onSecondRead(desktop.storage, () => desktop.storage.set({ [USER_TEMPLATES_KEY]: [own('own.2', 'Typed meanwhile')] }));
    expect((await desktop.pass(racing)).retry).toBe(true);
    expect(await readUserTemplates(desktop.storage)).toEqual([own('own.2', 'Typed meanwhile')]);
    await desktop.pass();
    expect((await readUserTemplates(desktop.storage)).map((template) => template.id)).toEqual(['own.2', 'own.1']);
  });

  it('a template this version cannot read is neither taken nor removed, and the rest still arrives', async () => {
    const clock = { now: 1000 };
    const [laptop, server] = await Promise.all([profile('dev-a', 'anna', clock), memoryPouch()]);
    const stamp = { stamp: [5000, 'dev-z', 'zoe'] };
    await server.bulkDocs([
      { _id: 'template:own.future', format: 1, records: { 'template:own.future': { v: { template: { kind: 'not-a-kind-yet', language: 'en', subject: 's', body: 'b' } }, m: stamp } } } as unknown as BundleDocument,
      { _id: 'template:own.2', format: 1, records: { 'template:own.2': { v: { template: { kind: 'thank-you', language: 'en', subject: 'Hi', body: 'Hello' } }, m: stamp } } } as unknown as BundleDocument,
    ]);
    await exchange(server, laptop.replica);
    await laptop.pass();
    await laptop.pass();
    expect((await readUserTemplates(laptop.storage)).map((template) => template.id)).toEqual(['own.2']);
    await exchange(laptop.replica, server);
    const future = (await allDocs(server)).find((doc) => doc._id === 'template:own.future');
    expect(future?.records?.['template:own.future']?.v).toMatchObject({ template: { kind: 'not-a-kind-yet' } });
    expect(laptop.storage.items.get(USER_TEMPLATES_KEY)).toHaveLength(1);
  });
});

/** The laptop saved a template and sent it; the desktop's replica has it, the desktop itself not yet. */
async function laptopTemplateOnDesktopReplica() {
  const clock = { now: 1000 };
  const [laptop, desktop, server] = await Promise.all([profile('dev-a', 'anna', clock), profile('dev-b', 'ben', clock), memoryPouch()]);
  await saveUserTemplate(own('own.1', 'From the laptop'), laptop.storage);
  await laptop.pass();
  await exchange(laptop.replica, server);
  await exchange(server, desktop.replica);
  return { desktop };
}

/** `storage`, running `meanwhile` when a pass reads the templates the second time (between its read and write). */
function onSecondRead(storage: TemplateStorage, meanwhile: () => Promise<unknown>): TemplateStorage {
  let reads = 0;
  return {
    get: async (key) => {
      reads += 1;
      if (reads === 2) await meanwhile();
      return storage.get(key);
    },
    set: (values) => storage.set(values),
  };
}
