import { describe, expect, it } from 'vitest';
import { parseTemplate } from './syntax';

describe('parseTemplate', () => {
  it('reads text, placeholders, blocks and alternatives', () => {
    const parsed = parseTemplate('Hallo {firstName}[[ bei {company} || !]]');
    expect(parsed.errors).toEqual([]);
    expect(parsed.placeholders).toEqual(['firstName', 'company']);
    expect(parsed.nodes).toEqual([
      { type: 'text', value: 'Hallo ' },
      { type: 'placeholder', name: 'firstName', known: true, offset: 6 },
      {
        type: 'block',
        offset: 17,
        alternatives: [
          [
            { type: 'text', value: ' bei ' },
            { type: 'placeholder', name: 'company', known: true, offset: 24 },
            { type: 'text', value: ' ' },
          ],
          [{ type: 'text', value: ' !' }],
        ],
      },
    ]);
  });

  it('accepts spaces inside braces', () => {
    const parsed = parseTemplate('{ firstName }');
    expect(parsed.errors).toEqual([]);
    expect(parsed.placeholders).toEqual(['firstName']);
  });

  it('nests blocks', () => {
    const parsed = parseTemplate('[[a {userName}[[ b {company}]].]]');
    expect(parsed.errors).toEqual([]);
    const outer = parsed.nodes[0];
    expect(outer?.type).toBe('block');
    if (outer?.type !== 'block') return;
    expect(outer.alternatives[0]?.map((node) => node.type)).toEqual(['text', 'placeholder', 'block', 'text']);
  });

  it('turns backslash escapes into literal characters', () => {
    const parsed = parseTemplate('\\{firstName\\} \\[\\[x\\]\\] a \\|\\| b \\\\ \\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.nodes).toEqual([{ type: 'text', value: '{firstName} [[x]] a || b \\ \\n' }]);
  });

  it('keeps || outside a block as text', () => {
    expect(parseTemplate('a || b').nodes).toEqual([{ type: 'text', value: 'a || b' }]);
  });

  it('reports an unknown placeholder with its position, line and column', () => {
    const source = 'Hallo,\n\nwie geht es {vorname}?';
    const { errors } = parseTemplate(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-placeholder', name: 'vorname', offset: source.indexOf('{'), length: 9, line: 3, column: 13 });
  });

  it('suggests the placeholder a wrongly cased name means', () => {
    const { errors } = parseTemplate('{firstname}');
    expect(errors[0]).toMatchObject({ code: 'unknown-placeholder', suggestion: 'firstName' });
    expect(errors[0]?.message).toContain('{firstName}');
  });

  it('rejects names that are not identifiers, including prototype keys', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'first-name', '1st']) {
      const { errors, placeholders } = parseTemplate(`{${name}}`);
      expect(errors.map((error) => error.code)).toEqual(['unknown-placeholder']);
      expect(placeholders).toEqual([]);
    }
  });

  it('reports an empty placeholder', () => {
    expect(parseTemplate('a {} b').errors[0]).toMatchObject({ code: 'empty-placeholder', offset: 2, length: 2 });
  });

  it('reports an unclosed block at its opening and still closes it', () => {
    const source = 'Hallo[[ {company}\nmehr';
    const parsed = parseTemplate(source);
    expect(parsed.errors).toEqual([expect.objectContaining({ code: 'unclosed-block', offset: 5, line: 1, column: 6 })]);
    expect(parsed.nodes[1]?.type).toBe('block');
  });

  it('reports each unclosed block of a nest', () => {
    const { errors } = parseTemplate('[[a [[b');
    expect(errors.map((error) => [error.code, error.offset])).toEqual([
      ['unclosed-block', 0],
      ['unclosed-block', 4],
    ]);
  });

  it('reports a stray ]] and a stray }', () => {
    const { errors } = parseTemplate('a ]] b } c');
    expect(errors.map((error) => [error.code, error.offset])).toEqual([
      ['unexpected-block-end', 2],
      ['unexpected-brace', 7],
    ]);
  });

  it('reports { without } on the same line', () => {
    const { errors } = parseTemplate('a {firstName\n}');
    expect(errors.map((error) => error.code)).toEqual(['unclosed-placeholder', 'unexpected-brace']);
    expect(errors[0]).toMatchObject({ offset: 2, line: 1, column: 3 });
  });

  it('reports Mustache-style double braces instead of guessing', () => {
    expect(parseTemplate('{{firstName}}').errors.length).toBeGreaterThan(0);
  });

  it('never throws, whatever the input', () => {
    for (const source of ['', '[[', ']]', '{', '}', '\\', '[[||]]', '{'.repeat(1000), '[['.repeat(500), '\u0000{\u0000}']) {
      expect(() => parseTemplate(source)).not.toThrow();
    }
  });
});
