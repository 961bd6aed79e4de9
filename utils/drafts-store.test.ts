import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BUILT_IN_TEMPLATES, mergeTemplates, type DraftTemplate } from './drafts';
import {
  MAX_BODY_LENGTH,
  MAX_USER_TEMPLATES,
  parseUserTemplates,
  readUserTemplates,
  removeUserTemplate,
  saveUserTemplate,
  USER_TEMPLATES_KEY,
  watchUserTemplates,
} from './drafts-store';

const own: DraftTemplate = { id: 'own.1', kind: 'thank-you', language: 'en', subject: 'Thanks', body: '{greeting},\n\nthanks!\n\n{signature}' };
const firstBuiltIn = BUILT_IN_TEMPLATES[0] as DraftTemplate;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading stored templates', () => {
  it('reads nothing when nothing or something other than a list is stored', async () => {
    expect(await readUserTemplates()).toEqual([]);
    for (const stored of [null, 'templates', 42, { 0: own }, { length: 1, 0: own }]) {
      await fakeBrowser.storage.local.set({ [USER_TEMPLATES_KEY]: stored });
      expect(await readUserTemplates()).toEqual([]);
    }
  });

  it('drops malformed templates one by one and keeps the good ones', () => {
    const stored = [
      own,
      { ...own, id: 'bad kind', kind: 'spam' },
      { ...own, id: 'own.2', language: 'fr' },
      { ...own, id: 'own.3', formality: 'ihr' },
      { ...own, id: 'own.4', subject: 7 },
      { ...own, id: 'own.5', body: 'x'.repeat(MAX_BODY_LENGTH + 1) },
      { ...own, id: '../../etc' },
      { ...own, id: '' },
      { ...own, id: 'own.6', body: undefined },
      null,
      'own.7',
      [own],
      { ...own, id: 'own.8', formality: 'du' },
    ];
    expect(parseUserTemplates(stored).map((template) => template.id)).toEqual(['own.1', 'own.8']);
  });

  it('keeps hostile text as text and leaves unknown fields and prototype keys behind', () => {
    const hostile = JSON.parse(
      JSON.stringify({ ...own, body: '<img src=x onerror=alert(1)> {firstName} \u0000', extra: 'x' }).replace('{"id"', '{"__proto__":{"polluted":true},"id"'),
    ) as unknown;
    const [template] = parseUserTemplates([hostile]);
    expect(template).toEqual({ ...own, body: '<img src=x onerror=alert(1)> {firstName} \u0000' });
    expect(Object.keys(template ?? {}).sort()).toEqual(['body', 'id', 'kind', 'language', 'subject']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts an id once (the first wins) and stops at the limit', () => {
    expect(parseUserTemplates([own, { ...own, subject: 'Second' }])).toEqual([own]);
    const many = Array.from({ length: MAX_USER_TEMPLATES + 5 }, (_, i) => ({ ...own, id: `own.${i}` }));
    expect(parseUserTemplates(many)).toHaveLength(MAX_USER_TEMPLATES);
  });

  it('keeps the kind, language and formality of the built-in an edit replaces', () => {
    const edit = { ...firstBuiltIn, kind: 'handover', language: firstBuiltIn.language === 'de' ? 'en' : 'de', formality: undefined, subject: 'Edited' };
    expect(parseUserTemplates([edit])).toEqual([{ ...firstBuiltIn, subject: 'Edited' }]);
  });

  it('keeps templates with syntax errors for the editor (drafts skip them)', () => {
    const broken = { ...own, body: '{greeting' };
    expect(parseUserTemplates([broken])).toEqual([broken]);
  });
});

describe('writing templates', () => {
  it('adds, replaces and removes templates; removing an edit brings the built-in back', async () => {
    await saveUserTemplate(own);
    await saveUserTemplate({ ...firstBuiltIn, subject: 'Mine' });
    await saveUserTemplate({ ...own, subject: 'Thank you' });
    const stored = await readUserTemplates();
    expect(stored.map((template) => [template.id, template.subject])).toEqual([
      ['own.1', 'Thank you'],
      [firstBuiltIn.id, 'Mine'],
    ]);
    expect(mergeTemplates(stored).find((template) => template.id === firstBuiltIn.id)?.subject).toBe('Mine');

    await removeUserTemplate(firstBuiltIn.id);
    expect(mergeTemplates(await readUserTemplates()).find((template) => template.id === firstBuiltIn.id)).toEqual(firstBuiltIn);
  });

  it('refuses to store a template it could not read back', async () => {
    await expect(saveUserTemplate({ ...own, id: 'has space' })).rejects.toThrow();
    await expect(saveUserTemplate({ ...own, body: 'x'.repeat(MAX_BODY_LENGTH + 1) })).rejects.toThrow();
    expect(await readUserTemplates()).toEqual([]);
  });

  it('writes over hostile stored data with clean data', async () => {
    await fakeBrowser.storage.local.set({ [USER_TEMPLATES_KEY]: [{ id: 'x', kind: 'nope' }, own, own] });
    await saveUserTemplate({ ...own, id: 'own.2' });
    const raw = (await fakeBrowser.storage.local.get(USER_TEMPLATES_KEY))[USER_TEMPLATES_KEY];
    expect(raw).toEqual([own, { ...own, id: 'own.2' }]);
  });

  it('tells listeners about changes from any page, already validated', async () => {
    const seen: DraftTemplate[][] = [];
    const stop = watchUserTemplates((templates) => seen.push(templates));
    await saveUserTemplate(own);
    await fakeBrowser.storage.local.set({ [USER_TEMPLATES_KEY]: [{ ...own, kind: 'evil' }] });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await saveUserTemplate({ ...own, id: 'own.2' });
    expect(seen).toEqual([[own], []]);
  });
});
