import { describe, expect, it } from 'vitest';
import type { Formality, ImportantDate, Language } from '../domain/model';
import { buildDraftContext } from './context';
import { renderDraft, suggestDraftKind, templatesFor } from './draft';
import { contact, draftProblems, TODAY } from './test-fixtures';
import { yearsWords } from './words';

const dates: ImportantDate[] = [
  { id: 'b', kind: 'birthday', date: '--01-12', remindDaysBefore: 0 },
  { id: 'w', kind: 'anniversary', date: '2024-01-14', remindDaysBefore: 3 },
  { id: 'p', kind: 'project', date: '2027-01-10', label: 'Relaunch der Website', remindDaysBefore: 0 },
];
const input = (language: Language, formality: Formality) => ({
  contact: contact({ language, formality, importantDates: dates }),
  agreements: [],
  interactions: [],
  user: { name: 'Max Mustermann' },
  today: TODAY,
  language,
});

describe('drafts for important dates', () => {
  it.each([
    ['de', 'du', 'drei Jahre'],
    ['de', 'sie', 'drei Jahre'],
    ['en', 'sie', 'three years'],
  ] as const)('%s %s: "years of working together" names the years, the thank-you card the project', (language, formality, years) => {
    const context = buildDraftContext(input(language, formality));
    expect(context.values.yearsTogether).toBe(years);
    expect(context.values.projectName).toBe('Relaunch der Website');
    for (const seed of [0, 1, 2, 3]) {
      const anniversary = renderDraft('work-anniversary', context, { variantSeed: seed });
      expect(`${anniversary.subject}\n${anniversary.body}`).toContain(years);
      expect(draftProblems(anniversary)).toEqual([]);
      const card = renderDraft('project-thank-you', context, { variantSeed: seed });
      expect(card.body).toContain('Relaunch der Website');
      expect(draftProblems(card)).toEqual([]);
      const birthday = renderDraft('birthday', context, { variantSeed: seed });
      expect(`${birthday.subject}\n${birthday.body}`).toMatch(language === 'de' ? /Geburtstag/u : /birthday|happy returns/iu);
    }
  });

  it('without the project name or the years the sentences that need them go, and the draft still reads', () => {
    const context = buildDraftContext({ ...input('de', 'sie'), contact: contact({ formality: 'sie' }) });
    for (const template of [...templatesFor('project-thank-you', context), ...templatesFor('work-anniversary', context)]) {
      const draft = renderDraft(template.kind, context, { templates: [template], variantSeed: 0 });
      expect(draftProblems(draft), template.id).toEqual([]);
      expect(draft.body).not.toMatch(/„“|\{/u);
    }
  });

  it('an important date today suggests its draft, after what the user just did', () => {
    expect(suggestDraftKind({ importantDate: 'birthday', followUpDue: true, invoiceOverdue: true })).toBe('birthday');
    expect(suggestDraftKind({ importantDate: 'birthday', callLogged: true })).toBe('call-summary');
  });

  it('counts years in words', () => {
    expect(yearsWords(1, 'de')).toBe('ein Jahr');
    expect(yearsWords(12, 'en')).toBe('twelve years');
    expect(yearsWords(25, 'de')).toBe('25 Jahre');
    expect(yearsWords(0, 'de')).toBeUndefined();
  });
});
