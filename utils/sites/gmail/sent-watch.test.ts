// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { gmailFixtureHtml } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { watchSentMail, type SentMessage } from './sent-watch';

const windows: Window[] = [];
const controllers: AbortController[] = [];
afterEach(async () => {
  for (const controller of controllers.splice(0)) controller.abort();
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

/** The fixture with its script running: Send closes the compose and shows Gmail's confirmation. */
async function openInbox(): Promise<{ document: Document; sent: SentMessage[] }> {
  const window = new Window({
    url: 'https://mail.google.com/mail/u/0/#inbox',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  (window as unknown as { __undoMs: number }).__undoMs = 300;
  window.document.write(gmailFixtureHtml('sent-confirmation.html'));
  await window.happyDOM.waitUntilComplete();
  const document = window.document as unknown as Document;
  const sent: SentMessage[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  watchSentMail(document, (message) => sent.push(message), controller.signal);
  return { document, sent };
}

const click = (document: Document, selector: string) => (document.querySelector(selector) as HTMLElement).click();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchSentMail', () => {
  it('reports a message once Gmail confirmed it and the undo window passed: recipients, subject, message id', async () => {
    const { document, sent } = await openInbox();
    const before = Date.now();
    click(document, '.aoO');
    await pause(200);
    expect(sent).toEqual([]); // Undo is still possible
    await pause(1200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      key: '#msg-a:r-4462019372918204117',
      to: ['jonas.berger@example.org', 'klaus.weiss@example.de', 'marta.kowalczyk@example.net'],
      subject: 'Workshop follow-up',
      messageId: 'msg-f:1851234567890123458',
    });
    expect(sent[0]?.at).toBeGreaterThanOrEqual(before);
    expect(JSON.stringify(sent)).not.toContain('notes from Tuesday');
  });

  it('reports nothing when the user undoes the send', async () => {
    const { document, sent } = await openInbox();
    click(document, '.aoO');
    await pause(150);
    click(document, '#link_undo');
    await pause(1500);
    expect(sent).toEqual([]);
    expect(document.querySelector('#compose-window')).not.toBeNull();
  });

  it('reports nothing for a compose that closes without a confirmation, or for clicks outside any compose', async () => {
    const { document, sent } = await openInbox();
    click(document, 'tr.zA');
    click(document, '[g_editable="true"]');
    document.querySelector('#compose-window')?.remove(); // "Save & close": a draft, not a sent message
    await pause(1000);
    expect(sent).toEqual([]);
  });
});
