import { describe, expect, it } from 'vitest';
import { buildDraftContext } from './context';
import { renderDraft, suggestDraftKind } from './draft';
import type { DraftTemplate } from './templates';
import { fullInput } from './test-fixtures';

describe('suggestDraftKind', () => {
  it.each([
    [{ followUpDue: true }, 'thinking-of-you'],
    [{ callLogged: true }, 'call-summary'],
    [{ invoiceOverdue: true }, 'payment-reminder-first'],
    [{ invoiceOverdue: true, paymentRemindersSent: 0 }, 'payment-reminder-first'],
    [{ invoiceOverdue: true, paymentRemindersSent: 1 }, 'payment-reminder-second'],
    [{ invoiceOverdue: true, paymentRemindersSent: 3 }, 'payment-reminder-second'],
    [{ companyChanged: true }, 'handover'],
    [{ newContactPerson: true }, 'handover'],
    [{ agreementCompleted: true }, 'thank-you'],
    [{ dateMoved: true }, 'reschedule'],
    [{}, undefined],
  ] as const)('%o → %s', (situation, kind) => {
    expect(suggestDraftKind(situation)).toBe(kind);
  });

  it('puts what the user just did before what is standing', () => {
    expect(suggestDraftKind({ followUpDue: true, invoiceOverdue: true, callLogged: true })).toBe('call-summary');
    expect(suggestDraftKind({ followUpDue: true, invoiceOverdue: true })).toBe('payment-reminder-first');
    expect(suggestDraftKind({ followUpDue: true, companyChanged: true })).toBe('handover');
  });
});

describe('renderDraft', () => {
  const context = buildDraftContext(fullInput('de', 'du'));

  it('is deterministic for a seed', () => {
    const a = renderDraft('thinking-of-you', context, { variantSeed: 'contact-anna:2027-01-12' });
    const b = renderDraft('thinking-of-you', context, { variantSeed: 'contact-anna:2027-01-12' });
    expect(b).toEqual(a);
    expect(a).toMatchObject({ kind: 'thinking-of-you', language: 'de' });
    expect(a.templateId).toBe(`thinking-of-you.de.du.${a.variant + 1}`);
  });

  it('varies with the seed, over all variants', () => {
    const seen = new Set<number>();
    const bodies = new Set<string>();
    for (let day = 1; day <= 30; day++) {
      const draft = renderDraft('thinking-of-you', context, { variantSeed: `contact-anna:2027-01-${String(day).padStart(2, '0')}` });
      seen.add(draft.variant);
      bodies.add(draft.body);
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(bodies.size).toBe(3);
  });

  it('uses the given templates for their kind, language and formality', () => {
    const mine: DraftTemplate = { id: 'mine', kind: 'thank-you', language: 'de', formality: 'du', subject: 'Merci', body: '{greeting},\n\ndanke dir!' };
    const draft = renderDraft('thank-you', context, { variantSeed: 1, templates: [mine] });
    expect(draft).toMatchObject({ subject: 'Merci', body: 'Hallo Anna,\n\ndanke dir!', templateId: 'mine', variant: 0 });
  });

  it('falls back to the built-ins when the given templates have none that fits', () => {
    const sie: DraftTemplate = { id: 'mine', kind: 'thank-you', language: 'de', formality: 'sie', subject: 'Merci', body: '{greeting}' };
    expect(renderDraft('thank-you', context, { variantSeed: 1, templates: [sie] }).templateId).toMatch(/^thank-you\.de\.du\./u);
    expect(renderDraft('thank-you', context, { variantSeed: 1, templates: [] }).templateId).toMatch(/^thank-you\.de\.du\./u);
  });

  it('never renders a template with syntax errors', () => {
    const broken: DraftTemplate = { id: 'broken', kind: 'thank-you', language: 'de', subject: 'Hi', body: '{greeting}, [[danke' };
    const fine: DraftTemplate = { id: 'fine', kind: 'thank-you', language: 'de', subject: 'Hi', body: '{greeting},\n\ndanke!' };
    for (let seed = 0; seed < 10; seed++) {
      expect(renderDraft('thank-you', context, { variantSeed: seed, templates: [broken, fine] }).templateId).toBe('fine');
    }
    expect(renderDraft('thank-you', context, { variantSeed: 0, templates: [broken] }).templateId).toMatch(/^thank-you\.de\.du\./u);
  });
});
