import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement } from './agreements-repo';
import { addContact } from './contacts-repo';
import type { RapportDatabase } from './open';
import { saveSettings } from './settings-apply';
import { readSettings } from './settings-repo';
import { freshDatabase } from './test-db';

const CREATED = Date.UTC(2026, 0, 10, 12);
const defaults = { language: 'de', formality: 'sie' } as const;
let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('saveSettings', () => {
  it('reschedules every contact in the same write when the between-projects cadence changes', async () => {
    const idle = await addContact(db, { displayName: 'Idle', cadence: { unit: 'days', count: 14 } }, defaults, CREATED);
    const busy = await addContact(db, { displayName: 'Busy', cadence: { unit: 'days', count: 14 } }, defaults, CREATED);
    await addAgreement(db, { contactId: busy.id, kind: 'deadline', text: 'Ship' });
    expect(idle.nextFollowUp).toBe('2026-01-24');

    const quieter = await saveSettings(db, { betweenProjectsCadence: { unit: 'months', count: 3 } });
    expect(quieter.rescheduled).toBe(1);
    expect((await db.get('contacts', idle.id))?.nextFollowUp).toBe('2026-04-10');
    expect((await db.get('contacts', busy.id))?.nextFollowUp).toBe('2026-01-24');

    const off = await saveSettings(db, { betweenProjectsCadence: undefined });
    expect(off.settings).not.toHaveProperty('betweenProjectsCadence');
    expect((await db.get('contacts', idle.id))?.nextFollowUp).toBe('2026-01-24');
  });

  it('keeps other settings, normalises own addresses and reschedules nothing for a name change', async () => {
    await addContact(db, { displayName: 'Someone', cadence: { unit: 'days', count: 14 } }, defaults, CREATED);
    const saved = await saveSettings(db, { userName: 'Robin', ownEmails: ['Robin@Example.com', 'robin@example.com', 'nonsense'] });
    expect(saved.rescheduled).toBe(0);
    expect(await readSettings(db)).toMatchObject({ userName: 'Robin', ownEmails: ['robin@example.com'], autoLogGmail: true });
  });
});
