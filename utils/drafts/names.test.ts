import { describe, expect, it } from 'vitest';
import { greetingFor, splitName } from './names';

describe('splitName', () => {
  it.each([
    ['Anna Müller', { first: 'Anna', last: 'Müller' }],
    ['  Anna   Müller ', { first: 'Anna', last: 'Müller' }],
    ['Anna', { first: 'Anna' }],
    ['Anna Maria Müller', { first: 'Anna', last: 'Müller' }],
    ['Anna-Lena Schmidt-Weber', { first: 'Anna-Lena', last: 'Schmidt-Weber' }],
    ['Ursula von der Leyen', { first: 'Ursula', last: 'von der Leyen' }],
    ['Ludwig van Beethoven', { first: 'Ludwig', last: 'van Beethoven' }],
    ['Maria De Luca', { first: 'Maria', last: 'De Luca' }],
    ['Müller, Anna', { first: 'Anna', last: 'Müller' }],
    ['von der Leyen, Ursula', { first: 'Ursula', last: 'von der Leyen' }],
    ['Anna Müller, MBA', { first: 'Anna', last: 'Müller' }],
    ['Anna Müller, Bäckerei Sonnenschein', { first: 'Anna', last: 'Müller' }],
    ['Anna Müller (sie/ihr)', { first: 'Anna', last: 'Müller' }],
    ['Anna Müller | Marketing', { first: 'Anna', last: 'Müller' }],
    ['Anna Müller 🚀', { first: 'Anna', last: 'Müller' }],
    ['Dr. Anna Müller', { first: 'Anna', last: 'Müller', title: 'Dr.' }],
    ['Prof. Dr. med. Anna Müller', { first: 'Anna', last: 'Müller', title: 'Prof. Dr.' }],
    ['Dr. Müller', { last: 'Müller', title: 'Dr.' }],
    ['Drew Barrymore', { first: 'Drew', last: 'Barrymore' }],
    ['Frau Anna Müller', { first: 'Anna', last: 'Müller' }],
    ['anna.mueller@example.com', {}],
    ['', {}],
    ['🚀 ✨', {}],
  ])('%s', (displayName, expected) => {
    expect(splitName(displayName)).toEqual(expected);
  });
});

describe('greetingFor', () => {
  const anna = { first: 'Anna', last: 'Müller' };

  it('German du: first name, else plain Hallo', () => {
    expect(greetingFor(anna, { language: 'de', formality: 'du', salutation: 'frau' })).toBe('Hallo Anna');
    expect(greetingFor({ last: 'Müller' }, { language: 'de', formality: 'du' })).toBe('Hallo');
    expect(greetingFor({}, { language: 'de', formality: 'du' })).toBe('Hallo');
  });

  it('German Sie: Frau/Herr with the surname, else the full name, else Guten Tag', () => {
    expect(greetingFor(anna, { language: 'de', formality: 'sie', salutation: 'frau' })).toBe('Guten Tag Frau Müller');
    expect(greetingFor({ first: 'Jonas', last: 'Weber' }, { language: 'de', formality: 'sie', salutation: 'herr' })).toBe('Guten Tag Herr Weber');
    expect(greetingFor(anna, { language: 'de', formality: 'sie', salutation: 'none' })).toBe('Guten Tag Anna Müller');
    expect(greetingFor(anna, { language: 'de', formality: 'sie' })).toBe('Guten Tag Anna Müller');
    expect(greetingFor({ first: 'Anna' }, { language: 'de', formality: 'sie', salutation: 'frau' })).toBe('Guten Tag');
    expect(greetingFor({}, { language: 'de', formality: 'sie', salutation: 'herr' })).toBe('Guten Tag');
  });

  it('German Sie with a title', () => {
    const dr = { first: 'Anna', last: 'Müller', title: 'Dr.' };
    expect(greetingFor(dr, { language: 'de', formality: 'sie', salutation: 'frau' })).toBe('Guten Tag Frau Dr. Müller');
    expect(greetingFor(dr, { language: 'de', formality: 'sie', salutation: 'none' })).toBe('Guten Tag Dr. Anna Müller');
    expect(greetingFor({ last: 'Müller', title: 'Dr.' }, { language: 'de', formality: 'sie' })).toBe('Guten Tag Dr. Müller');
  });

  it('English informal: Hi first name, else Hello', () => {
    expect(greetingFor(anna, { language: 'en', formality: 'du', salutation: 'frau' })).toBe('Hi Anna');
    expect(greetingFor({}, { language: 'en', formality: 'du' })).toBe('Hello');
  });

  it('English formal: Ms/Mr/Dr with the surname, else the full name', () => {
    expect(greetingFor(anna, { language: 'en', formality: 'sie', salutation: 'frau' })).toBe('Dear Ms Müller');
    expect(greetingFor(anna, { language: 'en', formality: 'sie', salutation: 'herr' })).toBe('Dear Mr Müller');
    expect(greetingFor(anna, { language: 'en', formality: 'sie', salutation: 'none' })).toBe('Dear Anna Müller');
    expect(greetingFor({ ...anna, title: 'Dr.' }, { language: 'en', formality: 'sie', salutation: 'frau' })).toBe('Dear Dr Müller');
    expect(greetingFor({ ...anna, title: 'Prof. Dr.' }, { language: 'en', formality: 'sie' })).toBe('Dear Professor Müller');
    expect(greetingFor({ first: 'Anna' }, { language: 'en', formality: 'sie', salutation: 'frau' })).toBe('Dear Anna');
    expect(greetingFor({}, { language: 'en', formality: 'sie', salutation: 'frau' })).toBe('Hello');
  });

  it('cleans the name parts', () => {
    expect(greetingFor({ first: ' An\u0000na\n' }, { language: 'de', formality: 'du' })).toBe('Hallo Anna');
  });
});
