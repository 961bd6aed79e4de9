import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, type DraftTemplate } from '../../../utils/drafts';
import { templateRows } from './template-rows';

const builtIn = BUILT_IN_TEMPLATES.find((template) => template.kind === 'call-summary' && template.language === 'de' && template.formality === 'sie') as DraftTemplate;

describe('templateRows', () => {
  it('lists every built-in of a language once, none of the other language', () => {
    const rows = templateRows([], 'de');
    expect(rows).toHaveLength(BUILT_IN_TEMPLATES.filter((template) => template.language === 'de').length);
    expect(rows.every((row) => row.origin === 'built-in' && row.template.language === 'de')).toBe(true);
  });

  it('marks edits and own templates; an own template is a further wording of its group', () => {
    const own: DraftTemplate = { id: 'own.1', kind: 'call-summary', language: 'de', formality: 'sie', subject: 'x', body: 'y' };
    const rows = templateRows([{ ...builtIn, subject: 'Mine' }, own], 'de', 'call-summary').filter((row) => row.template.formality === 'sie');
    const sieBuiltIns = BUILT_IN_TEMPLATES.filter((template) => template.kind === 'call-summary' && template.language === 'de' && template.formality === 'sie');
    expect(rows.map((row) => [row.template.id, row.origin, row.wording])).toEqual([
      ...sieBuiltIns.map((template, index) => [template.id, template.id === builtIn.id ? 'edited' : 'built-in', index + 1]),
      ['own.1', 'own', sieBuiltIns.length + 1],
    ]);
    expect(rows.find((row) => row.template.id === builtIn.id)?.template.subject).toBe('Mine');
  });

  it('orders by kind, then du, Sie, both', () => {
    const own: DraftTemplate = { id: 'own.any', kind: 'thank-you', language: 'de', subject: 'x', body: 'y' };
    const rows = templateRows([own], 'de', 'thank-you');
    expect(rows.map((row) => row.template.formality ?? 'any')).toEqual([...rows.map((row) => row.template.formality ?? 'any')].sort((a, b) => ['du', 'sie', 'any'].indexOf(a) - ['du', 'sie', 'any'].indexOf(b)));
    expect(rows.at(-1)?.template.id).toBe('own.any');
  });
});
