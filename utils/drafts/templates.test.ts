import { describe, expect, it } from 'vitest';
import type { Formality, Language } from '../domain/model';
import { buildDraftContext, type DraftInput } from './context';
import { renderDraft, templatesFor } from './draft';
import { parseTemplate } from './syntax';
import { BUILT_IN_TEMPLATES, builtInTemplate, DRAFT_KINDS, mergeTemplates, type DraftTemplate } from './templates';
import { draftProblems, fullInput, partialInput, sparseInput } from './test-fixtures';

const LANGUAGES: Language[] = ['de', 'en'];
const FORMALITIES: Formality[] = ['du', 'sie'];
const FIXTURES: Record<string, (language: Language, formality: Formality) => DraftInput> = {
  full: fullInput,
  partial: partialInput,
  sparse: sparseInput,
};

/** Every variant of a kind for this context, rendered. */
function renderAll(kind: (typeof DRAFT_KINDS)[number], input: DraftInput) {
  const context = buildDraftContext(input);
  return templatesFor(kind, context).map((template) => ({
    template,
    draft: renderDraft(kind, context, { variantSeed: 0, templates: [template] }),
  }));
}

const DU_FORMS = /\b(?:du|dir|dich|dein\w*)\b/iu;
const SIE_FORMS = /\b(?:Sie|Ihnen|Ihr\w*)\b/u;

describe('built-in templates', () => {
  it('parse without errors', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(parseTemplate(template.subject).errors, `${template.id} subject`).toEqual([]);
      expect(parseTemplate(template.body).errors, `${template.id} body`).toEqual([]);
    }
  });

  it('have unique ids', () => {
    const ids = BUILT_IN_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offer 2–3 different variants for every kind, language and formality', () => {
    for (const kind of DRAFT_KINDS) {
      for (const language of LANGUAGES) {
        for (const formality of FORMALITIES) {
          const variants = templatesFor(kind, { language, formality });
          expect(variants.length, `${kind} ${language} ${formality}`).toBeGreaterThanOrEqual(2);
          expect(variants.length).toBeLessThanOrEqual(3);
          expect(new Set(variants.map((template) => template.body)).size).toBe(variants.length);
          expect(variants.every((template) => template.kind === kind && template.language === language)).toBe(true);
        }
      }
    }
  });

  it('have German wording per formality', () => {
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.language === 'de')) {
      expect(template.formality, template.id).toBeDefined();
    }
  });
});

describe.each(DRAFT_KINDS)('%s', (kind) => {
  describe.each(LANGUAGES)('%s', (language) => {
    describe.each(FORMALITIES)('%s', (formality) => {
      it.each(Object.keys(FIXTURES))('renders a clean draft for a %s contact', (fixture) => {
        const input = (FIXTURES[fixture] as (typeof FIXTURES)[string])(language, formality);
        for (const { template, draft } of renderAll(kind, input)) {
          expect(draftProblems(draft), `${template.id}\n${draft.subject}\n${draft.body}`).toEqual([]);
          expect(draft.kind).toBe(kind);
          expect(draft.language).toBe(language);

          const text = `${draft.subject}\n${draft.body}`;
          if (language === 'de' && formality === 'du') {
            expect(text, template.id).toMatch(DU_FORMS);
            expect(text, template.id).not.toMatch(SIE_FORMS);
            expect(draft.body).toMatch(/^Hallo\b/u);
          }
          if (language === 'de' && formality === 'sie') {
            expect(text, template.id).toMatch(SIE_FORMS);
            expect(text, template.id).not.toMatch(DU_FORMS);
            expect(draft.body).toMatch(/^Guten Tag\b/u);
          }
          if (language === 'de') {
            // German continues lower-case after the greeting's comma; the first sentence never vanishes.
            expect(draft.body.split('\n')[2], template.id).toMatch(/^\p{Ll}/u);
          } else {
            expect(draft.body.split('\n')[2], template.id).toMatch(/^\p{Lu}/u);
            // No German wording in English drafts (the fixture's values are German, so only template words count).
            expect(text, template.id).not.toMatch(/„|Grüße|Hallo|Guten Tag/u);
          }
        }
      });
    });
  });
});

describe('greetings in drafts', () => {
  const first = (input: DraftInput) => renderDraft('thinking-of-you', buildDraftContext(input), { variantSeed: 1 }).body.split('\n')[0];

  it.each([
    ['de', 'sie', 'frau', 'Guten Tag Frau Müller,'],
    ['de', 'sie', 'herr', 'Guten Tag Herr Müller,'],
    ['de', 'sie', 'none', 'Guten Tag Anna Müller,'],
    ['de', 'du', 'frau', 'Hallo Anna,'],
    ['en', 'sie', 'frau', 'Dear Ms Müller,'],
    ['en', 'sie', 'herr', 'Dear Mr Müller,'],
    ['en', 'sie', 'none', 'Dear Anna Müller,'],
    ['en', 'du', 'herr', 'Hi Anna,'],
  ] as const)('%s %s %s → %s', (language, formality, salutation, greeting) => {
    expect(first(fullInput(language, formality, salutation))).toBe(greeting);
  });

  it.each([
    ['de', 'du', 'Hallo,'],
    ['de', 'sie', 'Guten Tag,'],
    ['en', 'du', 'Hello,'],
    ['en', 'sie', 'Hello,'],
  ] as const)('%s %s without a name → %s', (language, formality, greeting) => {
    expect(first(sparseInput(language, formality))).toBe(greeting);
  });
});

describe('call-summary', () => {
  it.each(LANGUAGES.flatMap((language) => FORMALITIES.map((formality) => [language, formality] as const)))(
    '%s %s names the summary and both agreements of the call, and asks to confirm',
    (language, formality) => {
      for (const { template, draft } of renderAll('call-summary', fullInput(language, formality))) {
        expect(draft.body, template.id).toContain('Relaunch der Website: Zeitplan und Budget.');
        expect(draft.body, template.id).toContain('- Entwurf Startseite (');
        expect(draft.body, template.id).toContain('- Bildrechte klären');
        expect(draft.body, template.id).toMatch(/\?/u);
      }
    },
  );
});

describe('the other kinds carry their facts', () => {
  const bodies = (kind: (typeof DRAFT_KINDS)[number], language: Language) =>
    renderAll(kind, fullInput(language, 'sie')).map(({ template, draft }) => ({ id: template.id, text: `${draft.subject}\n${draft.body}` }));

  it('payment reminders name the invoice', () => {
    for (const kind of ['payment-reminder-first', 'payment-reminder-second'] as const) {
      for (const { id, text } of [...bodies(kind, 'de'), ...bodies(kind, 'en')]) {
        expect(text, id).toContain('Rechnung 2026-031 über 2.400 €');
        expect(text, id).toMatch(/15\.? December 2026|15\. Dezember 2026/u);
      }
    }
  });

  it('the second reminder is firmer: it sets a time to pay', () => {
    for (const { id, text } of bodies('payment-reminder-second', 'de')) expect(text, id).toMatch(/sieben Tage|Ende nächster Woche/u);
    for (const { id, text } of bodies('payment-reminder-second', 'en')) expect(text, id).toMatch(/seven days|end of next week/u);
  });

  it('a reschedule restates the rule and the new date', () => {
    for (const { id, text } of [...bodies('reschedule', 'de'), ...bodies('reschedule', 'en')]) {
      expect(text, id).toContain('Verschiebungen bis 48 Stunden vorher sind kostenfrei');
      expect(text, id).toMatch(/22\. Januar 2027|22 January 2027/u);
    }
  });

  it('a handover says who we are and lists terms, open points and dates', () => {
    for (const { id, text } of [...bodies('handover', 'de'), ...bodies('handover', 'en')]) {
      expect(text, id).toContain('Max Mustermann');
      expect(text, id).toContain('Jonas Weber');
      expect(text, id).toContain('14 Tage netto');
      expect(text, id).toContain('- Bildrechte klären');
      expect(text, id).toMatch(/22\. Januar 2027: Entwurf Startseite|22 January 2027: Entwurf Startseite/u);
    }
  });

  it('a thank-you names what was completed', () => {
    for (const { id, text } of [...bodies('thank-you', 'de'), ...bodies('thank-you', 'en')]) expect(text, id).toContain('Logo-Überarbeitung');
  });

  it('a thinking-of-you adds the season in season, and nothing about it otherwise', () => {
    const january = renderAll('thinking-of-you', fullInput('de', 'du'));
    expect(january.every(({ draft }) => draft.body.includes('Ich wünsche dir ein gutes und erfolgreiches Jahr 2027!'))).toBe(true);
    const march = renderAll('thinking-of-you', { ...fullInput('de', 'du'), today: '2027-03-12' });
    expect(march.some(({ draft }) => draft.body.includes('wünsche'))).toBe(false);
  });
});

describe('mergeTemplates', () => {
  it('replaces a built-in by id and appends the user’s own', () => {
    const edited: DraftTemplate = { ...(builtInTemplate('thank-you.de.du.1') as DraftTemplate), body: '{greeting},\n\ndanke dir!' };
    const own: DraftTemplate = { id: 'mine-1', kind: 'thank-you', language: 'de', formality: 'du', subject: 'Danke', body: '{greeting},\n\ndu bist toll.' };
    const merged = mergeTemplates([edited, own]);
    expect(merged).toHaveLength(BUILT_IN_TEMPLATES.length + 1);
    expect(merged.find((t) => t.id === 'thank-you.de.du.1')?.body).toBe(edited.body);
    expect(merged[merged.length - 1]).toBe(own);
    expect(builtInTemplate('thank-you.de.du.1')?.body).not.toBe(edited.body);
  });
});
