import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, longHostileString } from './arbitraries.test-support';
import { CRLF, escapeText, foldLine, MAX_LINE_OCTETS } from './content-lines';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    expect(escapeText('a\\b,c;d\r\ne\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  it('drops control characters and replaces lone surrogates', () => {
    expect(escapeText('a\u0000b\u0007c\tD\uD800')).toBe('abc\tD\uFFFD');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}${CRLF} x`);
  });

  it('never splits a multi-octet character', () => {
    const folded = foldLine(`NOTE:${'ü'.repeat(60)}`);
    for (const line of folded.split(CRLF)) expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(folded).not.toContain('\uFFFD');
    expect(unfold(folded)).toBe(`NOTE:${'ü'.repeat(60)}`);
  });

  it('property: every physical line fits in 75 octets and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, longHostileString, fc.string({ unit: 'grapheme', minLength: 50, maxLength: 200 })), (value) => {
        const line = `SUMMARY:${escapeText(value)}`;
        const folded = foldLine(line);
        for (const physical of folded.split(CRLF)) expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
