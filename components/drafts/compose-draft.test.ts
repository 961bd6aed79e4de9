import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, mergeTemplates, templatesFor, type DraftTemplate } from '../../utils/drafts';
import { composeDraft, type DraftRequest } from './compose-draft';
import { agreement, contextData, interaction, TIME_ZONE, TODAY } from './draft-fixtures';

const CALL = 'call-1';
const data = contextData({
  interactions: [interaction(CALL, '2027-01-12', 'call', 'Relaunch: Zeitplan')],
  agreements: [
    agreement('a', 'deadline', 'Entwurf Startseite', { interactionId: CALL, dueDate: '2027-01-22' }),
    agreement('b', 'promise', 'Bildrechte klären', { interactionId: CALL, status: 'done' }),
    agreement('c', 'promise', 'Nicht aus dem Gespräch'),
  ],
});
const request: DraftRequest = {
  kind: 'call-summary',
  data,
  user: { name: 'Max Mustermann' },
  templates: BUILT_IN_TEMPLATES,
  today: TODAY,
  timeZone: TIME_ZONE,
};

describe('composeDraft', () => {
  it('summarises the call with the agreements made in it, done ones too', () => {
    const { draft } = composeDraft({ ...request, focus: { interactionId: CALL } });
    expect(draft.kind).toBe('call-summary');
    expect(draft.language).toBe('de');
    expect(draft.body).toContain('Entwurf Startseite');
    expect(draft.body).toContain('Bildrechte klären');
    expect(draft.body).not.toContain('Nicht aus dem Gespräch');
    expect(draft.body.startsWith('Hallo Anna,')).toBe(true);
  });

  it('steps through every wording and comes back to the first', () => {
    const wordings = templatesFor('call-summary', { language: 'de', formality: 'du' }).length;
    const first = composeDraft(request);
    expect(first.wordings).toBe(wordings);
    const seen = new Set(Array.from({ length: wordings }, (_, step) => composeDraft({ ...request, step }).draft.templateId));
    expect(seen.size).toBe(wordings);
    expect(composeDraft({ ...request, step: wordings }).draft).toEqual(first.draft);
  });

  it('writes in the contact\u2019s language and formality', () => {
    const english = contextData({ ...data, contact: { ...data.contact, language: 'en', formality: 'sie' } });
    const { draft } = composeDraft({ ...request, data: english });
    expect(draft.language).toBe('en');
    expect(draft.body.startsWith('Dear Ms Müller,')).toBe(true);
  });

  it('offers the user’s own wording among the others, never one with syntax errors', () => {
    const own: DraftTemplate = { id: 'own.1', kind: 'call-summary', language: 'de', subject: 'Kurz', body: '{greeting},\n\nMEIN TEXT\n\n{signature}' };
    const broken: DraftTemplate = { ...own, id: 'own.2', body: '{greeting' };
    const templates = mergeTemplates([own, broken]);
    const { wordings } = composeDraft({ ...request, templates });
    expect(wordings).toBe(templatesFor('call-summary', { language: 'de', formality: 'du' }).length + 1);
    const ids = Array.from({ length: wordings }, (_, step) => composeDraft({ ...request, templates, step }).draft.templateId);
    expect(ids).toContain('own.1');
    expect(ids).not.toContain('own.2');
  });

  it('hands over what colleagues at the company had agreed, naming the predecessor', () => {
    const handover = contextData({
      colleagues: [{ displayName: 'Jonas Weber', agreements: [agreement('t', 'payment-terms', '14 Tage netto', { contactId: 'jonas' })] }],
    });
    const { draft } = composeDraft({ ...request, kind: 'handover', data: handover, focus: { predecessorName: 'Jonas Weber' } });
    expect(draft.body).toContain('14 Tage netto');
    expect(draft.body).toContain('Jonas Weber');
  });
});
