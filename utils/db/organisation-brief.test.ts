import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAgreement } from './agreements-repo';
import { addContact } from './contacts-repo';
import { BRIEF_AGREEMENTS, readOrganisationBrief } from './organisation-brief';
import { freshDatabase } from './test-db';

const defaults = { language: 'de', formality: 'sie' } as const;

describe('the organisation brief on the card', () => {
  it('carries the most pressing of what others agreed and how many there are, not all of them', async () => {
    const db = await freshDatabase();
    const now = Date.parse('2026-06-15T10:00:00Z');
    const others = [];
    for (let index = 0; index < 12; index += 1) {
      others.push(await addContact(db, { displayName: `Person ${index}`, company: 'Müller & Partner GmbH' }, defaults));
    }
    const lena = await addContact(db, { displayName: 'Lena', company: 'Müller & Partner GmbH' }, defaults);
    for (const [index, person] of others.entries()) {
      await addAgreement(db, { contactId: person.id, kind: 'deadline', text: `Lieferung ${index}`, dueDate: `2026-07-${String(10 + index).padStart(2, '0')}` });
    }
    await addAgreement(db, { contactId: others[5]!.id, kind: 'payment-terms', text: '14 Tage netto' });
    await addAgreement(db, { contactId: others[7]!.id, kind: 'invoice', text: 'Rechnung 2026-031', dueDate: '2026-05-01', amount: 900 });

    const contact = await db.get('contacts', lena.id);
    const brief = await readOrganisationBrief(db, { contact }, now);
    expect(brief?.people).toBe(13);
    expect(brief?.agreedByOthersCount).toBe(14);
    expect(brief?.agreedByOthers.map((agreement) => agreement.text)).toEqual([
      'Rechnung 2026-031', // overdue
      '14 Tage netto', // standing terms
      ...Array.from({ length: BRIEF_AGREEMENTS - 2 }, (_, index) => `Lieferung ${index}`), // by due date
    ]);
    const shownMakers = new Set(brief?.agreedByOthers.map((agreement) => agreement.contactId));
    expect(Object.keys(brief?.names ?? {}).sort()).toEqual([...shownMakers].sort());
    expect(brief?.names[others[7]!.id]).toBe('Person 7');
    expect(brief?.newContactPerson).toBe(true);
  });
});
