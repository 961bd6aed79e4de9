import { describe, expect, it } from 'vitest';
import type { DraftValues } from './placeholders';
import { renderTemplate, renderTemplateText, validateTemplate } from './render';

const render = (source: string, values: DraftValues) => renderTemplateText(source, values).text;

describe('renderTemplateText', () => {
  it('fills placeholders', () => {
    expect(render('Hallo {firstName}, wie geht es dir?', { firstName: 'Anna' })).toBe('Hallo Anna, wie geht es dir?');
  });

  it('drops a block whose placeholder has no value, with its space', () => {
    const source = 'Wie geht es dir?[[ Und wie läuft es bei {company}?]] Bis bald.';
    expect(render(source, { company: 'Acme' })).toBe('Wie geht es dir? Und wie läuft es bei Acme? Bis bald.');
    expect(render(source, {})).toBe('Wie geht es dir? Bis bald.');
  });

  it('treats a blank value as missing', () => {
    expect(render('a[[ {company}]] b', { company: '  \n\t ' })).toBe('a b');
  });

  it('needs every placeholder of a block', () => {
    const source = 'x[[ {firstName} {lastName}]]';
    expect(render(source, { firstName: 'Anna' })).toBe('x');
    expect(render(source, { firstName: 'Anna', lastName: 'Müller' })).toBe('x Anna Müller');
  });

  it('takes the first alternative that fits', () => {
    const source = 'Danke für[[ „{invoice}“ || die {year} Rechnung || die Rechnung]].';
    expect(render(source, { invoice: 'Rechnung 7', year: '2027' })).toBe('Danke für „Rechnung 7“.');
    expect(render(source, { year: '2027' })).toBe('Danke für die 2027 Rechnung.');
    expect(render(source, {})).toBe('Danke für die Rechnung.');
  });

  it('renders nothing when no alternative fits', () => {
    expect(render('a[[ {company} || {role}]] b', {})).toBe('a b');
  });

  it('keeps a block whose nested block vanished', () => {
    const source = '[[Ich bin {userName}[[ und arbeite seit {relationshipSince} mit {company} zusammen]].]]';
    expect(render(source, { userName: 'Max', company: 'Acme' })).toBe('Ich bin Max.');
    expect(render(source, { userName: 'Max', company: 'Acme', relationshipSince: 'März 2025' })).toBe(
      'Ich bin Max und arbeite seit März 2025 mit Acme zusammen.',
    );
    expect(render(source, { company: 'Acme', relationshipSince: 'März 2025' })).toBe('');
  });

  it('drops a top-level line whose placeholder has no value, and only that line', () => {
    const source = 'Viele Grüße\n{signature}\nPS';
    expect(render(source, {})).toBe('Viele Grüße\nPS');
    expect(render(source, { signature: 'Max\nMustermann Design' })).toBe('Viele Grüße\nMax\nMustermann Design\nPS');
  });

  it('does not turn a vanished line into a blank line, but keeps blank lines of the template', () => {
    expect(render('A\n[[{company}]]\nB', {})).toBe('A\nB');
    expect(render('A\n\n[[{company}]]\n\nB', {})).toBe('A\n\nB');
    expect(render('A\n\n\n\nB', {})).toBe('A\n\nB');
    expect(render('\n\nA\n\n', {})).toBe('A');
  });

  it('tidies the template text left around a vanished block', () => {
    expect(render('Danke[[ {callWhen}]] !', {})).toBe('Danke!');
    expect(render('erinnern[[: {invoice}]].', {})).toBe('erinnern.');
    expect(render('erinnern: [[{invoice}]].', {})).toBe('erinnern.');
    expect(render('a,[[ {company},]] b', {})).toBe('a, b');
    expect(render('a  [[{company}]]  b', {})).toBe('a b');
    expect(render('[[{company}]].', {})).toBe('');
  });

  it('inserts values verbatim: never parsed, never tidied', () => {
    const company = '{firstName} [[x || y]] <script>alert(1)</script> \\{ ,. a , b';
    expect(render('Bei {company}.', { company, firstName: 'Anna' })).toBe(`Bei ${company}.`);
  });

  it('cleans values of control characters and collapses their whitespace', () => {
    expect(render('[{company}]', { company: ' A\u0000c\u0007me \u202Eltd\t  GmbH\r\n' })).toBe('[Acme ltd GmbH]');
    expect(render('{signature}', { signature: 'Max\r\n\r\n  Design \u0085Studio' })).toBe('Max\nDesign\nStudio');
  });

  it('keeps multi-line values on single-line placeholders on one line', () => {
    expect(render('{company}', { company: 'A\nB' })).toBe('A B');
  });

  it('ignores values that are not own string properties', () => {
    const values = Object.create({ company: 'inherited' }) as DraftValues;
    expect(render('x[[ {company}]]', values)).toBe('x');
    expect(render('x[[ {company}]]', { company: 42 } as unknown as DraftValues)).toBe('x');
  });

  it('removes control characters from template text too', () => {
    expect(render('a\u0000b\r\nc\td', {})).toBe('ab\nc d');
  });

  it('renders as best it can despite errors, and returns them', () => {
    const result = renderTemplateText('Hallo {vorname}\nWie geht es dir?[[ {company}', { company: 'Acme' });
    expect(result.text).toBe('Wie geht es dir? Acme');
    expect(result.errors.map((error) => error.code)).toEqual(['unknown-placeholder', 'unclosed-block']);
  });

  it('puts a subject on one line', () => {
    expect(renderTemplateText('A\n{signature}', { signature: 'Max\nDesign' }, { singleLine: true }).text).toBe('A Max Design');
  });
});

describe('renderTemplate', () => {
  it('renders subject and body and tags errors with their field', () => {
    const result = renderTemplate({ subject: 'Hallo {x}', body: '{greeting},\n\n]]' }, { values: { greeting: 'Hallo Anna' } });
    expect(result.subject).toBe('');
    expect(result.body).toBe('Hallo Anna,');
    expect(result.errors.map((error) => [error.field, error.code])).toEqual([
      ['subject', 'unknown-placeholder'],
      ['body', 'unexpected-block-end'],
    ]);
  });

  it('validateTemplate finds the same errors without rendering', () => {
    expect(validateTemplate({ subject: 'ok', body: '[[{firstName}' }).map((error) => [error.field, error.code])).toEqual([
      ['body', 'unclosed-block'],
    ]);
    expect(validateTemplate({ subject: 'ok', body: '{firstName}' })).toEqual([]);
  });
});
