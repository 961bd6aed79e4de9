import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Contact } from '../domain/model';
import { freshDatabase, seedRecords } from '../db/test-db';
import { badgeView, refreshBadge } from './badge';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) =>
    [key, ...[substitutions ?? []].flat()].join(' '),
  );
});

describe('badgeView', () => {
  it('is empty at zero and says nothing is due', () => {
    expect(badgeView({ followUpsOverdue: 0, followUpsDueToday: 0, agreementsOverdue: 0 })).toMatchObject({ text: '', title: 'badgeNothingDue' });
  });

  it('tells due today from overdue by colour and says what it counts', () => {
    const today = badgeView({ followUpsOverdue: 0, followUpsDueToday: 2, agreementsOverdue: 0 });
    const overdue = badgeView({ followUpsOverdue: 1, followUpsDueToday: 2, agreementsOverdue: 1 });
    expect(today).toMatchObject({ text: '2', title: 'badgeTooltip 2 0' });
    expect(overdue).toMatchObject({ text: '4', title: 'badgeTooltip 3 1' });
    expect(today.colour).not.toBe(overdue.colour);
  });

  it('counts important dates as due today and names them in the tooltip', () => {
    const view = badgeView({ followUpsOverdue: 0, followUpsDueToday: 0, agreementsOverdue: 0, datesDue: 2 });
    expect(view).toMatchObject({ text: '2', title: 'datesBadgeTooltip 0 0 2' });
    expect(view.colour).toBe(badgeView({ followUpsOverdue: 0, followUpsDueToday: 1, agreementsOverdue: 0 }).colour);
  });

  it('reads 99+ above 99, in the tooltip too', () => {
    expect(badgeView({ followUpsOverdue: 100, followUpsDueToday: 3, agreementsOverdue: 99 })).toMatchObject({
      text: '99+',
      title: 'badgeTooltip 99+ 99',
    });
  });
});

describe('refreshBadge', () => {
  it('shows 99+ for a large database while reading at most 100 keys per count', async () => {
    const db = await freshDatabase();
    const contacts: Contact[] = [];
    for (let index = 0; index < 250; index += 1) {
      contacts.push({ id: `c${index}`, displayName: `C ${index}`, emails: [], language: 'de', formality: 'sie', createdAt: 0, updatedAt: 0, nextFollowUp: '2000-01-01' });
    }
    await seedRecords(db, { contacts });
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const view = await refreshBadge(db);
    expect(count).not.toHaveBeenCalled();
    // Follow-ups overdue, due today, agreements overdue, important dates showing: at most 100 keys each;
    // one key tells whether a date's day passed without its reminders being brought forward.
    expect(getAllKeys.mock.calls.map((call) => call[1])).toEqual([100, 100, 100, 100, 1]);
    expect(view.text).toBe('99+');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('99+');
    expect(await fakeBrowser.action.getTitle({})).toBe('badgeTooltip 99+ 0');
  });
});
