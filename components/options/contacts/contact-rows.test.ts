import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../utils/domain/model';
import { filterRows, nextSort, searchableRows, sortRows } from './contact-rows';

const contact = (patch: Partial<Contact> & { id: string; displayName: string }): Contact => ({
  emails: [],
  language: 'de',
  formality: 'sie',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

const rows = searchableRows([
  { contact: contact({ id: 'a', displayName: 'Anna Müller', company: 'Müller & Partner', lastContactAt: 300, nextFollowUp: '2026-05-01' }), openAgreements: 2 },
  { contact: contact({ id: 'b', displayName: 'Björn Åström', emails: ['bjorn@astrom.example'], lastContactAt: 100 }), openAgreements: 0 },
  { contact: contact({ id: 'c', displayName: 'carla Straße', company: 'Acme', nextFollowUp: '2026-03-01', linkedinSlug: 'carla-s' }), openAgreements: 1 },
]);
const names = (list: readonly { contact: Contact }[]) => list.map((row) => row.contact.id).join('');

describe('contact list', () => {
  it('finds people regardless of case, accents and ß, in any field, by every word', () => {
    expect(names(filterRows(rows, 'muller'))).toBe('a');
    expect(names(filterRows(rows, 'ASTROM'))).toBe('b');
    expect(names(filterRows(rows, 'strasse'))).toBe('c');
    expect(names(filterRows(rows, 'astrom.example'))).toBe('b');
    expect(names(filterRows(rows, 'carla acme'))).toBe('c');
    expect(names(filterRows(rows, 'carla müller'))).toBe('');
    expect(names(filterRows(rows, '  '))).toBe('abc');
  });

  it('sorts by each column, and puts rows without a value last in both directions', () => {
    expect(names(sortRows(rows, { key: 'name', direction: 'ascending' }))).toBe('abc');
    expect(names(sortRows(rows, { key: 'name', direction: 'descending' }))).toBe('cba');
    expect(names(sortRows(rows, { key: 'company', direction: 'ascending' }))).toBe('cab');
    expect(names(sortRows(rows, { key: 'company', direction: 'descending' }))).toBe('acb');
    expect(names(sortRows(rows, { key: 'lastContact', direction: 'descending' }))).toBe('abc');
    expect(names(sortRows(rows, { key: 'nextFollowUp', direction: 'ascending' }))).toBe('cab');
    expect(names(sortRows(rows, { key: 'openAgreements', direction: 'descending' }))).toBe('acb');
  });

  it('flips the sorted column and starts another one at its most useful end', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'lastContact')).toEqual({ key: 'lastContact', direction: 'descending' });
  });
});
