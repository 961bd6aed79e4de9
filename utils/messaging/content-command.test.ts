import { describe, expect, it } from 'vitest';
import { parseContentCommand } from './content-command';

const accepted = (message: unknown) => parseContentCommand(message) !== undefined;

const command = (draft: Record<string, unknown>) => ({ rapport: 1, command: 'draft.put', draft: { body: 'Hallo', ...draft } });

describe('The draft command', () => {
  it('carries who the draft is for: names and, when known, the LinkedIn slug', () => {
    const recipient = { names: ['Priya Raghunathan'], linkedinSlug: 'priya-raghunathan-8841b2' };
    expect(parseContentCommand(command({ recipient }))).toMatchObject({ draft: { recipient } });
    expect(accepted(command({ recipient: { names: [] } }))).toBe(true);
    expect(accepted(command({}))).toBe(true);
  });

  it.each([
    ['names that are not text', { names: [42] }],
    ['too many names', { names: ['a', 'b', 'c', 'd', 'e'] }],
    ['an over-long name', { names: ['x'.repeat(501)] }],
    ['an over-long slug', { names: [], linkedinSlug: 'x'.repeat(201) }],
    ['no names at all', { linkedinSlug: 'priya' }],
  ])('refuses a recipient with %s', (_, recipient) => {
    expect(accepted(command({ recipient }))).toBe(false);
  });
});

describe('The display places command', () => {
  const places = (value: unknown) => ({ rapport: 1, command: 'display.places', places: value });

  it('names a place for each site', () => {
    expect(accepted(places({ linkedin: 'panel', gmail: 'page' }))).toBe(true);
    expect(accepted(places({ linkedin: 'panel' }))).toBe(false);
    expect(accepted(places({ linkedin: 'window', gmail: 'page' }))).toBe(false);
  });

  it('is not a draft, and a draft is not it', () => {
    expect(accepted({ ...places({ linkedin: 'page', gmail: 'page' }), command: 'draft.put' })).toBe(false);
    expect(accepted({ ...command({}), command: 'display.places' })).toBe(false);
  });
});
