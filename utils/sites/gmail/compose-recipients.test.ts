// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseGmailFixture } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { findComposeWindows } from './compose';
import { composeRecipients } from './compose-recipients';

function composeRoot(name: string): Element {
  const [compose] = findComposeWindows(parseGmailFixture(name));
  if (!compose) throw new Error(`${name} has no compose`);
  return compose.root;
}

describe('composeRecipients', () => {
  it('reads the chips of an inline reply', () => {
    expect(composeRecipients(composeRoot('thread-cc-several.html'))).toEqual({
      addresses: ['marta.kowalczyk@example.net', 'priya.raman@example.com', 'jonas.berger@example.org'],
      empty: false,
    });
  });

  it('finds a new message addressed to nobody', () => {
    expect(composeRecipients(composeRoot('compose-new.html'))).toEqual({ addresses: [], empty: true });
  });

  it('reads the pre-2021 chips, which sit beside the To textarea', () => {
    expect(composeRecipients(composeRoot('compose-legacy-2020.html'))).toEqual({ addresses: ['jonas.berger@example.org'], empty: false });
  });

  it('counts typed text as a recipient, and reads addresses from it', () => {
    const root = composeRoot('compose-new.html');
    const input = root.querySelector<HTMLInputElement>('div[name="to"] input');
    if (!input) throw new Error('no To input');
    input.value = 'pri';
    expect(composeRecipients(root)).toEqual({ addresses: [], empty: false });
    input.value = 'Priya Raman <Priya.Raman@example.com>, jonas.berger@example.org';
    expect(composeRecipients(root)).toEqual({ addresses: ['priya.raman@example.com', 'jonas.berger@example.org'], empty: false });
  });

  it('takes Cc and Bcc chips as recipients too', () => {
    const root = composeRoot('compose-new.html');
    root.querySelector('form')?.insertAdjacentHTML(
      'beforeend',
      '<div name="cc"><div role="option" data-hovercard-id="tomas.herrera@example.org">Tomás</div><input value=""></div>',
    );
    expect(composeRecipients(root)).toEqual({ addresses: ['tomas.herrera@example.org'], empty: false });
  });

  it('treats recipients it cannot read as someone’s', () => {
    const broken = { querySelectorAll: () => { throw new Error('detached'); } } as unknown as Element;
    expect(composeRecipients(broken)).toEqual({ addresses: [], empty: false });
  });
});
