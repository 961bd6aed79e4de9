import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../utils/domain/model';
import { agreementRows, filterAgreements, organisationsOf } from './agreement-rows';

const agreement = (patch: Partial<Agreement> & { id: string }): Agreement => ({
  contactId: 'anna',
  kind: 'deadline',
  text: patch.id,
  status: 'open',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

const rows = agreementRows({
  agreements: [
    agreement({ id: 'late-invoice', kind: 'invoice', dueDate: '2026-03-01' }),
    agreement({ id: 'soon', dueDate: '2026-03-12' }),
    agreement({ id: 'later', dueDate: '2026-06-01', contactId: 'jonas' }),
    agreement({ id: 'undated', kind: 'scope-excluded', organisation: 'Studio Nord' }),
    agreement({ id: 'done', status: 'done', dueDate: '2026-03-01' }),
    agreement({ id: 'today', dueDate: '2026-03-10', contactId: 'jonas' }),
  ],
  contacts: new Map([
    ['anna', { id: 'anna', displayName: 'Anna', company: 'Müller GmbH' }],
    ['jonas', { id: 'jonas', displayName: 'Jonas' }],
  ]),
});
const ids = (list: ReturnType<typeof filterAgreements>) => list.map((row) => row.agreement.id);
const today = '2026-03-10';

describe('agreements across contacts', () => {
  it('lists open agreements by due date, undated last; overdue; and due within two weeks', () => {
    expect(ids(filterAgreements(rows, { view: 'open', today }))).toEqual(['late-invoice', 'today', 'soon', 'later', 'undated']);
    expect(ids(filterAgreements(rows, { view: 'overdue', today }))).toEqual(['late-invoice']);
    expect(ids(filterAgreements(rows, { view: 'due-soon', today }))).toEqual(['today', 'soon']);
  });

  it('filters by kind and by organisation (the agreement’s own, else the contact’s company)', () => {
    expect(ids(filterAgreements(rows, { view: 'open', kind: 'invoice', today }))).toEqual(['late-invoice']);
    expect(ids(filterAgreements(rows, { view: 'open', organisation: 'Studio Nord', today }))).toEqual(['undated']);
    expect(ids(filterAgreements(rows, { view: 'open', organisation: 'Müller GmbH', today }))).toEqual(['late-invoice', 'soon']);
    expect(organisationsOf(rows)).toEqual(['Müller GmbH', 'Studio Nord']);
  });
});
