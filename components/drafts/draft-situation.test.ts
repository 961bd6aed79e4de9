import { describe, expect, it } from 'vitest';
import { suggestDraftKind } from '../../utils/drafts';
import { agreement, at, contact, contextData, interaction, TIME_ZONE, TODAY } from './draft-fixtures';
import { draftOccasionOf } from './draft-situation';

const occasion = (data: Parameters<typeof draftOccasionOf>[0]) => draftOccasionOf(data, TODAY, TIME_ZONE);

describe('draftOccasionOf', () => {
  it('suggests nothing for a quiet contact', () => {
    const { situation } = occasion(contextData());
    expect(situation).toEqual({});
    expect(suggestDraftKind(situation)).toBeUndefined();
  });

  it('sees a call logged in the last days as just happened, and the summary is about that call', () => {
    const data = contextData({ interactions: [interaction('old', '2026-12-01', 'email'), interaction('call', '2027-01-10', 'call')] });
    const { situation, focus } = occasion(data);
    expect(suggestDraftKind(situation)).toBe('call-summary');
    expect(focus['call-summary']).toEqual({ interactionId: 'call' });
  });

  it('does not see a call as just happened when it is older or something came after it', () => {
    expect(occasion(contextData({ interactions: [interaction('call', '2027-01-09', 'call')] })).situation.callLogged).toBeUndefined();
    const answered = contextData({ interactions: [interaction('call', '2027-01-12', 'meeting'), interaction('mail', '2027-01-12', 'email')] });
    answered.interactions[1] = { ...answered.interactions[1]!, at: at('2027-01-12', '13:00') };
    expect(occasion(answered).situation.callLogged).toBeUndefined();
  });

  it('sees an overdue invoice (the oldest first), a recently completed agreement and a due follow-up', () => {
    const data = contextData({
      contact: contact({ nextFollowUp: '2027-01-12' }),
      agreements: [
        agreement('late', 'invoice', 'Rechnung 2', { dueDate: '2027-01-05' }),
        agreement('later', 'invoice', 'Rechnung 1', { dueDate: '2026-12-15' }),
        agreement('today', 'invoice', 'Rechnung 3', { dueDate: '2027-01-12' }),
        agreement('logo', 'deadline', 'Logo', { status: 'done', updatedAt: at('2027-01-11') }),
        agreement('old', 'deadline', 'Alt', { status: 'done', updatedAt: at('2026-11-11') }),
        agreement('terms', 'payment-terms', '14 Tage', { status: 'done', updatedAt: at('2027-01-12') }),
      ],
    });
    const { situation, focus } = occasion(data);
    expect(situation).toEqual({ agreementCompleted: true, invoiceOverdue: true, followUpDue: true });
    expect(focus['payment-reminder-first']).toEqual({ agreementId: 'later' });
    expect(focus['thank-you']).toEqual({ agreementId: 'logo' });
    expect(suggestDraftKind(situation)).toBe('thank-you');
    expect(suggestDraftKind({ ...situation, agreementCompleted: false })).toBe('payment-reminder-first');
  });

  it('sees an open agreement whose date moved in the last days as a reschedule, with the date it had before', () => {
    const moved = (id: string, movedOn: string, overrides = {}) =>
      agreement(id, 'deadline', id, { dueDate: '2027-02-01', previousDueDate: '2027-01-20', dueDateMovedAt: at(movedOn), ...overrides });
    const { situation, focus } = occasion(contextData({ agreements: [moved('earlier', '2027-01-10'), moved('latest', '2027-01-11')] }));
    expect(situation).toEqual({ dateMoved: true });
    expect(suggestDraftKind(situation)).toBe('reschedule');
    expect(focus.reschedule).toEqual({ agreementId: 'latest', previousDate: '2027-01-20' });

    for (const quiet of [moved('long ago', '2027-01-09'), moved('finished', '2027-01-11', { status: 'done' }), agreement('new', 'deadline', 'x', { dueDate: '2027-02-01' })]) {
      expect(occasion(contextData({ agreements: [quiet] })).situation.dateMoved).toBeUndefined();
    }
  });

  it('names the colleague last in touch as the predecessor of a handover', () => {
    const data = contextData({ colleagues: [{ displayName: 'Jonas Weber', agreements: [] }, { displayName: 'Lena', agreements: [] }] });
    expect(occasion(data).focus.handover).toEqual({ predecessorName: 'Jonas Weber' });
  });
});
