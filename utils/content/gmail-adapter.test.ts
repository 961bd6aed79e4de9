// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseGmailFixture } from '../../tests/fixtures/gmail/gmail-fixtures';
import { gmailAdapter } from './gmail-adapter';

/** Puts a fixture into the live test document (focus and selection need one), optionally with the new-message dialog. */
function loadPage(name: string, { withNewMessage = false } = {}): void {
  const parsed = parseGmailFixture(name);
  document.title = parsed.title;
  document.body.replaceWith(document.importNode(parsed.body, true));
  const dialog = parseGmailFixture('compose-new.html').querySelector('div[role="dialog"]');
  if (withNewMessage && dialog) document.body.append(document.importNode(dialog, true));
}

function fields(scope: ParentNode) {
  return {
    to: scope.querySelector<HTMLInputElement>('div[name="to"] input')?.value,
    chips: [...scope.querySelectorAll('div[name="to"] [role="option"]')].map((chip) => chip.getAttribute('data-hovercard-id')),
    subject: scope.querySelector<HTMLInputElement>('input[name="subjectbox"]')?.value,
    body: scope.querySelector('[g_editable="true"]')?.textContent,
  };
}

const inlineReply = () => document.querySelector('[role="region"][aria-label="Reply"]') as Element;
const newMessage = () => document.querySelector('div[role="dialog"]') as Element;
const draft = { to: 'jonas.berger@example.org', subject: 'Kurzer Gruß', body: 'Hallo Jonas, bis Montag.' };

afterEach(() => {
  document.body.replaceChildren();
});

describe('gmailAdapter.putDraft', () => {
  it('puts only the body into the inline reply: its "Re:" subject and recipients stay', () => {
    loadPage('thread-cc-several.html');
    expect(gmailAdapter.putDraft(document, draft)).toEqual({ inserted: true, where: 'inline' });
    expect(fields(inlineReply())).toEqual({
      to: '',
      chips: ['marta.kowalczyk@example.net', 'priya.raman@example.com', 'jonas.berger@example.org'],
      subject: 'Re: Q2 workshop dates',
      body: draft.body,
    });
  });

  it('prefers the reply in the open conversation over an empty new message, for a partner of that conversation', () => {
    loadPage('thread-cc-several.html', { withNewMessage: true });
    expect(gmailAdapter.putDraft(document, { ...draft, to: 'tomas.herrera@example.org' })).toEqual({ inserted: true, where: 'inline' });
    expect(fields(inlineReply()).body).toBe(draft.body);
    expect(fields(newMessage())).toMatchObject({ to: '', subject: '' });
  });

  it('fills an empty new message for someone outside the open conversation: To, Subject and body', () => {
    loadPage('thread-cc-several.html', { withNewMessage: true });
    expect(gmailAdapter.putDraft(document, { ...draft, to: 'klaus.weiss@example.de' })).toEqual({ inserted: true, where: 'dialog' });
    expect(fields(newMessage())).toMatchObject({ to: 'klaus.weiss@example.de', subject: 'Kurzer Gruß' });
    expect(fields(inlineReply()).body).toBe('');
  });

  it('puts nothing into a message addressed to someone else', () => {
    loadPage('compose-legacy-2020.html');
    expect(gmailAdapter.putDraft(document, { ...draft, to: 'marta.kowalczyk@example.net' })).toEqual({ inserted: false, reason: 'addressed-elsewhere' });
    expect(document.querySelector('[g_editable="true"]')?.textContent).toBe('');
  });

  it('says so when no message box is open', () => {
    loadPage('thread-1to1.html');
    expect(gmailAdapter.putDraft(document, draft)).toEqual({ inserted: false, reason: 'no-message-box' });
  });
});
