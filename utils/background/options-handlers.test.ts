import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readBackupData } from '../db/backup-read';
import { addContact } from '../db/contacts-repo';
import type { RapportDatabase } from '../db/open';
import { freshDatabase } from '../db/test-db';
import { MAX_IMPORT_PEOPLE } from '../messaging/requests/options';
import { readUserTemplates } from '../drafts-store';
import { exportBackup } from '../transfer/backup-json';
import { parseImportFile } from '../transfer/import-file';
import { createOptionsHandlers } from './options-handlers';
import { createRouter, type Handlers } from './router';

const OWN_ID = 'rapport-id';
const optionsPage = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` };
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

let db: RapportDatabase;
let changed: ReturnType<typeof vi.fn<() => Promise<void>>>;
let handlers: ReturnType<typeof createOptionsHandlers>;
beforeEach(async () => {
  db = await freshDatabase();
  changed = vi.fn(async () => undefined);
  handlers = createOptionsHandlers({ db: async () => db, changed });
  await addContact(db, { displayName: 'Anna Müller', emails: ['anna@example.org'], cadence: { unit: 'days', count: 30 } }, { language: 'de', formality: 'sie' });
});

const MALFORMED: Array<[file: string, message: RegExp]> = [
  ['malformed-linkedin-unclosed-quote.csv', /^Line 6: a quoted field starts here and is never closed/],
  ['malformed-google-unclosed-quote.csv', /^Line 4: a quoted field starts here and is never closed/],
  ['malformed-no-header.csv', /^Lines 1-20: no recognisable header row/],
  ['malformed-vcard-unsupported-version.vcf', /^Card 1 \(line 1\): not a valid vCard \(Unsupported version "5.0"\); none of the 2 cards/],
  ['malformed-backup-syntax.json', /^Line 4: not valid JSON/],
  ['malformed-backup-bad-field.json', /^contacts\[1\]\.emails\[0\]: Invalid type/],
  ['malformed-backup-dangling-reference.json', /^agreements\[1\]\.contactId: no contact with id "c-gone"/],
  ['malformed-backup-version.json', /^Backup version 2 was written by a newer Rapport/],
];

describe('malformed import files', () => {
  it.each(MALFORMED)('%s: a clear message naming the place, and the database is unchanged', async (file, message) => {
    const before = await readBackupData(db);
    const text = fixture(file);
    const parsed = parseImportFile(file, text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(message);
    if (file.endsWith('.json')) {
      // The background checks a backup again, even when a page skips the preview and asks to replace everything.
      await expect(handlers['backup.restore']({ text, mode: 'replace' }, {})).rejects.toThrow(message);
    }
    expect(await readBackupData(db)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('options requests', () => {
  const route = () => createRouter(handlers as unknown as Handlers, OWN_ID);
  const send = (type: string, input: unknown) => route()({ rapport: 1, type, input }, optionsPage);

  it('refuses an import plan that is too large or malformed before anything is written', async () => {
    const before = await readBackupData(db);
    const tooMany = Array.from({ length: MAX_IMPORT_PEOPLE + 1 }, (_, index) => ({ displayName: `P${index}`, emails: [] }));
    await expect(send('import.apply', { create: tooMany, merge: [] })).resolves.toMatchObject({ ok: false });
    await expect(send('import.apply', { create: [{ displayName: '', emails: [] }], merge: [] })).resolves.toMatchObject({ ok: false });
    expect(await readBackupData(db)).toEqual(before);
    expect(changed).not.toHaveBeenCalled();
  });

  it('applies an import and tells the badge and the pages', async () => {
    await expect(send('import.apply', { create: [{ displayName: 'Jonas', emails: ['jonas@example.org'] }], merge: [] })).resolves.toEqual({
      ok: true,
      value: { created: 1, merged: 0 },
    });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('turns the between-projects cadence off with null and keeps the rest', async () => {
    await handlers['settings.save']({ betweenProjectsCadence: { unit: 'months', count: 6 }, userName: 'Robin' }, {});
    const { settings } = await handlers['settings.save']({ betweenProjectsCadence: null }, {});
    expect(settings).not.toHaveProperty('betweenProjectsCadence');
    expect(settings.userName).toBe('Robin');
  });

  it('accepts requests from extension pages only', () => {
    expect(route()({ rapport: 1, type: 'contact.delete', input: { contactId: 'x' } }, { id: OWN_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 1 } })).toBeUndefined();
  });
});

describe('restoring a backup with draft templates', () => {
  const own = { id: 'own.1', kind: 'thank-you', language: 'de', formality: 'du', subject: 'Danke', body: '{greeting},\n\ndanke!' };

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('brings the templates back (one that would not load is left out), and an older backup leaves them alone', async () => {
    const backup = (templates?: object[]) => exportBackup({ ...(templates ? { templates } : {}), contacts: [], interactions: [], agreements: [] }, 0);
    await handlers['backup.restore']({ text: backup([own, { id: 'bad id!', kind: 'nope' }]), mode: 'replace' }, {});
    expect(await readUserTemplates()).toEqual([own]);

    await handlers['backup.restore']({ text: backup(), mode: 'replace' }, {});
    expect(await readUserTemplates()).toEqual([own]);
    expect(await readBackupData(db)).toMatchObject({ contacts: [] });
  });
});
