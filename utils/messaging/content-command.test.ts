import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentCommandSchema } from './content-command';

const ContentCommandSchema = contentCommandSchema();

const command = (draft: Record<string, unknown>) => ({ rapport: 1, command: 'draft.put', draft: { body: 'Hallo', ...draft } });

describe('ContentCommandSchema', () => {
  it('carries who the draft is for: names and, when known, the LinkedIn slug', () => {
    const recipient = { names: ['Priya Raghunathan'], linkedinSlug: 'priya-raghunathan-8841b2' };
    expect(v.parse(ContentCommandSchema, command({ recipient }))).toMatchObject({ draft: { recipient } });
    expect(v.is(ContentCommandSchema, command({ recipient: { names: [] } }))).toBe(true);
    expect(v.is(ContentCommandSchema, command({}))).toBe(true);
  });

  it.each([
    ['names that are not text', { names: [42] }],
    ['too many names', { names: ['a', 'b', 'c', 'd', 'e'] }],
    ['an over-long name', { names: ['x'.repeat(501)] }],
    ['an over-long slug', { names: [], linkedinSlug: 'x'.repeat(201) }],
    ['no names at all', { linkedinSlug: 'priya' }],
  ])('refuses a recipient with %s', (_, recipient) => {
    expect(v.is(ContentCommandSchema, command({ recipient }))).toBe(false);
  });
});

describe('The display places command', () => {
  const places = (value: unknown) => ({ rapport: 1, command: 'display.places', places: value });

  it('names a place for each site', () => {
    expect(v.is(ContentCommandSchema, places({ linkedin: 'panel', gmail: 'page' }))).toBe(true);
    expect(v.is(ContentCommandSchema, places({ linkedin: 'panel' }))).toBe(false);
    expect(v.is(ContentCommandSchema, places({ linkedin: 'window', gmail: 'page' }))).toBe(false);
  });

  it('is not a draft, and a draft is not it', () => {
    expect(v.is(ContentCommandSchema, { ...places({ linkedin: 'page', gmail: 'page' }), command: 'draft.put' })).toBe(false);
    expect(v.is(ContentCommandSchema, { ...command({}), command: 'display.places' })).toBe(false);
  });
});
