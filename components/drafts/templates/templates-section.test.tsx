// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BUILT_IN_TEMPLATES, type DraftTemplate } from '../../../utils/drafts';
import { readUserTemplates, saveUserTemplate } from '../../../utils/drafts-store';
import { TemplatesSection } from '../../options/TemplatesSection';
import { button, byLabel, click, fromOutside, render, typeInto, useEnglishMessages } from '../../shared/test-dom';

// The background's handlers for templates are the store's own functions (utils/background/drafts-handlers.ts).
vi.mock('../../../utils/messaging/client', async () => {
  const store = await import('../../../utils/drafts-store');
  return {
    callBackground: vi.fn(async (type: string, input: { template?: DraftTemplate; id?: string }) => {
      if (type === 'templates.save' && input.template) return store.saveUserTemplate(input.template);
      if (type === 'templates.remove' && input.id) return store.removeUserTemplate(input.id);
      return { userName: 'Max Mustermann', signature: '' };
    }),
  };
});

const firstCallSummary = BUILT_IN_TEMPLATES.find((template) => template.id === 'call-summary.de.du.1');

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});
afterEach(() => {
  document.body.replaceChildren();
});

async function openGermanCallSummaries() {
  const { container } = await render(<TemplatesSection />);
  await typeInto(byLabel(container, 'Language'), 'de');
  await typeInto(byLabel(container, 'Type of note'), 'call-summary');
  return container;
}

describe('TemplatesSection', () => {
  it('lists the built-in templates of a language and kind', async () => {
    const container = await openGermanCallSummaries();
    const rows = container.querySelectorAll('[data-testid="template-row"]');
    expect(rows).toHaveLength(BUILT_IN_TEMPLATES.filter((template) => template.kind === 'call-summary' && template.language === 'de').length);
    expect(rows[0]?.textContent).toContain('Built-in');
    expect(rows[0]?.textContent).not.toContain('{callDate}');
  });

  it('shows syntax errors with their position and will not save them; the preview follows the text', async () => {
    const container = await openGermanCallSummaries();
    await click(button(container, 'Edit: Call summary · German · informal (du) · Wording 1'));
    const body = byLabel<HTMLTextAreaElement>(container, 'Message');
    await typeInto(body, 'Hallo {fristName},\n\n[[offen');

    const errors = container.querySelector('.template-errors')?.textContent ?? '';
    expect(errors).toContain('Message, line 1, column 7: there is no placeholder {fristName}');
    expect(errors).toContain('Message, line 3, column 1: [[ is not closed with ]]');
    expect(button(container, 'Save').disabled).toBe(true);
    expect(body.getAttribute('aria-invalid')).toBe('true');

    await click(button(container, 'Go to the error'));
    expect([body.selectionStart, body.selectionEnd]).toEqual([6, 17]);

    await typeInto(body, '{greeting},\n\nIch bin {userName}. <b>nicht fett</b>');
    expect(container.querySelector('.template-errors')).toBeNull();
    const preview = container.querySelector('[data-testid="template-preview"] .preview-body');
    expect(preview?.textContent).toBe('Hallo Anna,\n\nIch bin Max Mustermann. <b>nicht fett</b>');
    expect(preview?.querySelector('b')).toBeNull();
  });

  it('saves an edit of a built-in as the user\u2019s, and "Reset to default" brings the built-in back', async () => {
    const container = await openGermanCallSummaries();
    await click(button(container, 'Edit: Call summary · German · informal (du) · Wording 1'));
    await typeInto(byLabel(container, 'Subject'), 'Unser Gespräch');
    await click(button(container, 'Save'));
    expect(await readUserTemplates()).toEqual([{ ...firstCallSummary, subject: 'Unser Gespräch' }]);
    expect(container.textContent).toContain('Saved. New drafts use it.');
    expect(container.querySelector('[data-testid="template-row"]')?.textContent).toContain('Changed by you');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit: Call summary · German · informal (du) · Wording 1');

    await click(button(container, 'Edit: Call summary · German · informal (du) · Wording 1'));
    await click(button(container, 'Reset to default'));
    expect(await readUserTemplates()).toEqual([]);
    expect(container.querySelector('[data-testid="template-row"]')?.textContent).toContain('Built-in');
  });

  it('adds an own template as a further wording, and deletes it', async () => {
    const container = await openGermanCallSummaries();
    const before = container.querySelectorAll('[data-testid="template-row"]').length;
    await click(button(container, 'Add a template'));
    await typeInto(byLabel(container, 'Form of address'), 'sie');
    await typeInto(byLabel(container, 'Subject'), 'Kurz notiert');
    await click(button(container, 'Save'));
    const [own] = await readUserTemplates();
    expect(own).toMatchObject({ kind: 'call-summary', language: 'de', formality: 'sie', subject: 'Kurz notiert' });
    expect(own?.id).toMatch(/^own\./);
    const rows = container.querySelectorAll('[data-testid="template-row"]');
    expect(rows).toHaveLength(before + 1);

    await click(button(container, `Edit: Call summary · German · formal (Sie) · Wording ${BUILT_IN_TEMPLATES.filter((t) => t.id.startsWith('call-summary.de.sie')).length + 1}`));
    await click(button(container, 'Delete'));
    expect(await readUserTemplates()).toEqual([]);
  });

  it('follows changes made on another page', async () => {
    const container = await openGermanCallSummaries();
    await fromOutside(() => saveUserTemplate({ id: 'own.x', kind: 'call-summary', language: 'de', subject: 'Von woanders', body: '{greeting},' }));
    await typeInto(byLabel(container, 'Type of note'), 'call-summary');
    expect(container.textContent).toContain('Von woanders');
  });
});
