import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, Contact, Interaction } from '../domain/model';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../domain/model';
import { buildDraftContext } from './context';
import { renderDraft } from './draft';
import { PLACEHOLDER_NAMES, type DraftValues } from './placeholders';
import { renderTemplateText } from './render';
import { parseTemplate } from './syntax';
import { DRAFT_KINDS } from './templates';
import { cleanLines } from './text';

/** Strings as they come from pages, files and users, and some chosen to break things. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<b onmouseover=x>',
    '__proto__',
    'constructor',
    '{firstName}',
    '{{greeting}}',
    '[[x || y]]',
    '\\{',
    'undefined',
    'null',
    'NaN',
    '\u0000\u0007\u001b[31m',
    '\u202Eevil\u202C',
    '  ',
    '\r\n\r\n',
    '\uD800',
  ),
);

/** Strings without anything that looks like syntax, markup or the words a bug would leave. */
const plain = fc
  .string({ unit: 'binary', maxLength: 40 })
  .filter((value) => !/[{}[\]<>|\\]|undefined|null|NaN/u.test(cleanLines(value, 100, 1000)));

const date = fc.oneof(fc.constantFrom('2026-12-15', '2027-01-22', '2027-02-29', '2027-13-01', ''), fc.string());
const timestamp = fc.oneof(
  fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e20, -1e20, 0),
);

function inputs(text: fc.Arbitrary<string>) {
  const optional = fc.option(text, { nil: undefined });
  return fc.record({
    contact: fc.record({
      displayName: text,
      company: optional,
      role: optional,
      firstName: optional,
      lastName: optional,
      language: fc.constantFrom('de' as const, 'en' as const),
      formality: fc.constantFrom('du' as const, 'sie' as const),
      salutation: fc.constantFrom('frau' as const, 'herr' as const, 'none' as const, undefined),
      lastContactAt: fc.option(timestamp, { nil: undefined }),
    }),
    interactions: fc.array(
      fc.record({
        id: fc.constantFrom('i1', 'i2', '__proto__'),
        at: timestamp,
        channel: fc.constantFrom('call' as const, 'email' as const, 'meeting' as const),
        summary: optional,
      }),
      { maxLength: 4 },
    ),
    agreements: fc.array(
      fc.record({
        id: fc.constantFrom('a1', 'a2', 'constructor'),
        kind: fc.constantFrom(...AGREEMENT_KINDS),
        status: fc.constantFrom(...AGREEMENT_STATUSES),
        text,
        dueDate: fc.option(date, { nil: undefined }),
        interactionId: fc.option(fc.constantFrom('i1', 'i2', '__proto__'), { nil: undefined }),
        updatedAt: timestamp,
      }),
      { maxLength: 5 },
    ),
    user: fc.record({ name: optional, signature: optional }),
    today: fc.oneof(fc.constantFrom('2027-01-12', '2026-12-24', '2027-07-15'), date),
    focus: fc.record({ previousDate: fc.option(date, { nil: undefined }), predecessorName: optional, agreementId: fc.option(fc.constantFrom('a1', 'a2'), { nil: undefined }) }),
    kind: fc.constantFrom(...DRAFT_KINDS),
    seed: fc.oneof(fc.string(), fc.integer()),
  });
}

type Generated = ReturnType<typeof inputs> extends fc.Arbitrary<infer T> ? T : never;

function draftOf(generated: Generated) {
  const contact: Contact = { id: 'c', emails: [], createdAt: 0, updatedAt: 0, ...generated.contact };
  const interactions: Interaction[] = generated.interactions.map((i) => ({ ...i, contactId: 'c', direction: 'mutual', createdAt: 0 }));
  const agreements: Agreement[] = generated.agreements.map((a) => ({ ...a, contactId: 'c', createdAt: 0 }));
  const context = buildDraftContext({ contact, interactions, agreements, user: generated.user, today: generated.today, focus: generated.focus, timeZone: 'Europe/Berlin' });
  return renderDraft(generated.kind, context, { variantSeed: generated.seed });
}

/** Everything a user could have typed, cleaned as values are, to tell what came from the input. */
function inputText(generated: Generated): string {
  const strings: unknown[] = [
    ...Object.values(generated.contact),
    ...generated.interactions.map((i) => i.summary),
    ...generated.agreements.map((a) => a.text),
    generated.user.name,
    generated.user.signature,
    generated.focus.predecessorName,
  ];
  return strings.map((value) => cleanLines(value, 100, 10_000)).join('\n');
}

const SUSPICIOUS = ['{', '}', '[', ']', '<', '>', '|', 'undefined', 'null', 'NaN', '[object'];

describe('drafts from arbitrary data', () => {
  it('never throw, and contain syntax, markup or "undefined" only where the input literally had it', () => {
    fc.assert(
      fc.property(inputs(hostile), (generated) => {
        const draft = draftOf(generated);
        const text = `${draft.subject}\n${draft.body}`;
        const input = inputText(generated);
        for (const suspicious of SUSPICIOUS) {
          if (text.includes(suspicious)) expect(input, `"${suspicious}" in\n${text}`).toContain(suspicious);
        }
        expect([...text].some((char) => char !== '\n' && char < ' ')).toBe(false);
        expect(draft.subject).not.toContain('\n');
        expect(draft.body.split('\n')[0]).toMatch(/^(?:Hallo|Guten Tag|Hi|Dear|Hello)\b.*,$/u);
      }),
      { numRuns: 400 },
    );
  });

  it('never contain syntax, markup, "undefined" or doubled spaces when the input has none', () => {
    fc.assert(
      fc.property(inputs(plain), (generated) => {
        const draft = draftOf(generated);
        const text = `${draft.subject}\n${draft.body}`;
        for (const suspicious of SUSPICIOUS) expect(text).not.toContain(suspicious);
        expect(text).not.toContain('  ');
        expect(text).not.toMatch(/\n\n\n/u);
        // A comma before a space or at the end is the template's only if no value the user typed put it there.
        const input = inputText(generated);
        if (!input.includes(' ,')) expect(draft.body).not.toMatch(/ ,/u);
        if (!/,$/mu.test(input)) expect(draft.body).not.toMatch(/,$/u);
      }),
      { numRuns: 300 },
    );
  });
});

describe('templates from arbitrary text', () => {
  const values = fc.dictionary(fc.constantFrom(...PLACEHOLDER_NAMES, '__proto__', 'constructor'), fc.oneof(fc.string(), fc.string({ unit: 'binary' })), {
    maxKeys: 8,
  }) as fc.Arbitrary<DraftValues>;
  const source = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.constantFrom('[[', ']]', '||', '{', '}', '{firstName}', '{company}', '{nope}', '\\', '\n', ' ', 'a', ',', '.'), { maxLength: 30 })
      .map((parts) => parts.join('')),
  );

  it('never throw, report errors inside the source, and leave no control characters', () => {
    fc.assert(
      fc.property(source, values, (template, vals) => {
        const parsed = parseTemplate(template);
        for (const error of parsed.errors) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset + error.length).toBeLessThanOrEqual(template.length);
          expect(error.line).toBeGreaterThanOrEqual(1);
        }
        const { text } = renderTemplateText(parsed, vals);
        expect([...text].some((char) => char !== '\n' && char < ' ')).toBe(false);
        expect(text).not.toContain('undefined');
      }),
      { numRuns: 500 },
    );
  });

  it('render a template without syntax characters as its own text, tidied', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Zäöü.,!? ]{0,40}$/u), (template) => {
        const { text, errors } = renderTemplateText(template, {});
        expect(errors).toEqual([]);
        expect(text.replace(/[ ,.!?]/gu, '')).toBe(template.replace(/[ ,.!?]/gu, ''));
      }),
    );
  });
});
