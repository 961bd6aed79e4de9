// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseGmailFixture } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { findComposeWindows, type GmailCompose } from './compose';
import { composeForDraft } from './compose-choice';

const CC_PARTNERS = ['jonas.berger@example.org', 'priya.raman@example.com', 'marta.kowalczyk@example.net', 'tomas.herrera@example.org'];

/** The CC thread with its inline reply, and a new-message dialog addressed to `dialogTo` (nobody when absent). */
function replyAndNewMessage(dialogTo?: string): { inline: GmailCompose; dialog: GmailCompose; all: GmailCompose[] } {
  const doc = parseGmailFixture('thread-cc-several.html');
  const dialog = parseGmailFixture('compose-new.html').querySelector('div[role="dialog"]');
  if (!dialog) throw new Error('compose-new.html has no dialog');
  if (dialogTo) dialog.querySelector('div[name="to"]')?.insertAdjacentHTML('afterbegin', `<div role="option" data-hovercard-id="${dialogTo}">x</div>`);
  doc.body.append(doc.importNode(dialog, true));
  const all = findComposeWindows(doc);
  const inline = all.find((compose) => compose.kind === 'inline');
  const newMessage = all.find((compose) => compose.kind === 'dialog');
  if (!inline || !newMessage) throw new Error('expected an inline reply and a dialog');
  return { inline, dialog: newMessage, all };
}

describe('composeForDraft', () => {
  it('prefers the open conversation’s reply for someone it is addressed to, over an empty new message', () => {
    const { inline, all } = replyAndNewMessage();
    expect(composeForDraft(all, 'Jonas.Berger@example.org', CC_PARTNERS)).toBe(inline);
  });

  it('prefers the reply for a partner of the conversation the reply is not addressed to (yet)', () => {
    const { inline, all } = replyAndNewMessage();
    expect(composeForDraft(all, 'tomas.herrera@example.org', CC_PARTNERS)).toBe(inline);
  });

  it('takes a new message the user has already addressed to the person over the reply', () => {
    const { dialog, all } = replyAndNewMessage('tomas.herrera@example.org');
    expect(composeForDraft(all, 'tomas.herrera@example.org', CC_PARTNERS)).toBe(dialog);
  });

  it('takes the empty new message for someone outside the conversation', () => {
    const { dialog, all } = replyAndNewMessage();
    expect(composeForDraft(all, 'klaus.weiss@example.de', CC_PARTNERS)).toBe(dialog);
  });

  it('never chooses a compose addressed only to others', () => {
    const { all } = replyAndNewMessage('anna.mueller@example.de');
    expect(composeForDraft(all, 'klaus.weiss@example.de', CC_PARTNERS)).toBeUndefined();
  });

  it('without an address, takes only a new message addressed to nobody', () => {
    expect(composeForDraft(replyAndNewMessage().all, undefined, CC_PARTNERS)?.kind).toBe('dialog');
    expect(composeForDraft(replyAndNewMessage('anna.mueller@example.de').all, undefined, CC_PARTNERS)).toBeUndefined();
  });
});
