// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_FIXTURES, expectedFor, parseGmailFixture } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { composeUrl, fillCompose, findComposeWindows } from './compose';
import type { GmailCompose } from './compose';

type Flags = { __sent?: boolean; __submitted?: boolean };

/** Puts a fixture into the live test document (focus and selection need one); handlers never compile. */
function loadIntoDocument(name: string): void {
  const parsed = parseGmailFixture(name);
  document.title = parsed.title;
  document.body.replaceWith(document.importNode(parsed.body, true));
}

let clicks: EventTarget[];
let submits: EventTarget[];
const recordClick = (event: Event) => clicks.push(event.target as EventTarget);
const recordSubmit = (event: Event) => submits.push(event.target as EventTarget);

beforeEach(() => {
  clicks = [];
  submits = [];
  document.addEventListener('click', recordClick, true);
  document.addEventListener('submit', recordSubmit, true);
});

afterEach(() => {
  document.removeEventListener('click', recordClick, true);
  document.removeEventListener('submit', recordSubmit, true);
  Reflect.deleteProperty(document, 'execCommand');
  const flags = window as unknown as Flags;
  delete flags.__sent;
  delete flags.__submitted;
});

function expectNothingSent(): void {
  expect(clicks).toEqual([]);
  expect(submits).toEqual([]);
  const flags = window as unknown as Flags;
  expect(flags.__sent).toBeUndefined();
  expect(flags.__submitted).toBeUndefined();
}

function onlyCompose(): GmailCompose {
  const [compose, ...others] = findComposeWindows(document);
  expect(others).toEqual([]);
  if (!compose) throw new Error('no compose found');
  return compose;
}

/** Opens the fixture's new-message dialog over the page in the test document, as Gmail does. */
function openNewMessageDialog(): void {
  const dialog = parseGmailFixture('compose-new.html').querySelector('div[role="dialog"]');
  if (!dialog) throw new Error('compose-new.html has no dialog');
  document.body.append(document.importNode(dialog, true));
}

/** Makes the fixture's new-message dialog into a popped-out reply, marked the way `how` says. */
function popOutReply(how: 'reply-target' | 'reply-type-menu'): GmailCompose {
  loadIntoDocument('compose-new.html');
  const dialog = document.querySelector('div[role="dialog"]');
  const form = dialog?.querySelector('form');
  if (!dialog || !form) throw new Error('compose-new.html has no compose form');
  if (how === 'reply-target') form.insertAdjacentHTML('beforeend', '<input type="hidden" name="rm" value="1962c5d6e7f8091a">');
  else dialog.querySelector('div[name="to"]')?.insertAdjacentHTML('beforebegin', '<div class="HQ" role="button" aria-label="Type of response"></div>');
  dialog
    .querySelector('div[name="to"]')
    ?.insertAdjacentHTML('afterbegin', '<div role="option" data-hovercard-id="jonas.berger@example.org"><div>Jonas Berger</div></div>');
  const subject = dialog.querySelector<HTMLInputElement>('input[name="subjectbox"]');
  if (subject) subject.value = 'Re: Project kickoff';
  return onlyCompose();
}

function events(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

describe('findComposeWindows on the fixtures', () => {
  it.each(GMAIL_FIXTURES)('%s', (name) => {
    const found = findComposeWindows(parseGmailFixture(name)).map((compose) => ({
      kind: compose.kind,
      fields: [compose.to && 'to', compose.subject && 'subject', 'body'].filter(Boolean),
      to: compose.to?.tagName.toLowerCase(),
    }));
    expect(found).toEqual(expectedFor(name).compose);
  });

  it('ties each field to its own compose when a dialog and an inline reply are open together', () => {
    loadIntoDocument('thread-cc-several.html');
    openNewMessageDialog();
    const [inline, newMessage] = findComposeWindows(document);
    expect(inline?.kind).toBe('inline');
    expect(newMessage?.kind).toBe('dialog');
    expect(inline?.reply).toBe(true);
    expect(newMessage?.reply).toBe(false);
    expect(inline?.subject?.value).toBe('Re: Q2 workshop dates');
    expect(newMessage?.subject?.value).toBe('');
    expect(inline?.root.contains(newMessage?.body ?? null)).toBe(false);
  });
});

describe('fillCompose', () => {
  it('fills a new message (2021+ To input) without sending anything', () => {
    loadIntoDocument('compose-new.html');
    const compose = onlyCompose();
    const toEvents = events(compose.to as EventTarget, 'input', 'change');
    const subjectEvents = events(compose.subject as EventTarget, 'input', 'change');
    const bodyEvents = events(document, 'input');

    const result = fillCompose(compose, {
      to: 'jonas.berger@example.org',
      subject: 'Follow-up: kickoff',
      body: 'Hi Jonas,\n\nthanks for Tuesday.\nLena',
    });

    expect(result).toEqual({ filled: ['to', 'subject', 'body'] });
    expect(compose.to?.value).toBe('jonas.berger@example.org');
    expect(compose.subject?.value).toBe('Follow-up: kickoff');
    expect(toEvents.map((e) => [e.type, e.bubbles])).toEqual([['input', true], ['change', true]]);
    expect(subjectEvents.map((e) => e.type)).toEqual(['input', 'change']);
    const bodyInput = bodyEvents.find((e) => e.target === compose.body);
    expect(bodyInput).toBeInstanceOf(InputEvent);
    expect(bodyInput?.bubbles).toBe(true);

    const lines = [...compose.body.children].slice(0, 4);
    expect(lines.map((line) => [line.tagName, line.textContent, line.innerHTML])).toEqual([
      ['DIV', 'Hi Jonas,', 'Hi Jonas,'],
      ['DIV', '', '<br>'],
      ['DIV', 'thanks for Tuesday.', 'thanks for Tuesday.'],
      ['DIV', 'Lena', 'Lena'],
    ]);
    expect(compose.body.querySelector('.gmail_signature')?.textContent).toBe('Lena VogtVogt Design');
    expectNothingSent();
  });

  it('tells a popped-out reply from a new message, by the message it answers or by its reply-type menu', () => {
    expect(popOutReply('reply-target')).toMatchObject({ kind: 'dialog', reply: true });
    expect(popOutReply('reply-type-menu')).toMatchObject({ kind: 'dialog', reply: true });
    loadIntoDocument('compose-new.html');
    document.querySelector('form')?.insertAdjacentHTML('beforeend', '<input type="hidden" name="rm" value="undefined">');
    expect(onlyCompose()).toMatchObject({ kind: 'dialog', reply: false });
  });

  it('fills the pre-2021 textarea To field', () => {
    loadIntoDocument('compose-legacy-2020.html');
    document.querySelector('span.vN[email]')?.remove();
    const compose = onlyCompose();
    expect(fillCompose(compose, { to: 'marta.kowalczyk@example.net', body: 'Hello Marta' })).toEqual({
      filled: ['to', 'body'],
    });
    expect(compose.to?.tagName).toBe('TEXTAREA');
    expect(compose.to?.value).toBe('marta.kowalczyk@example.net');
    expect(compose.subject?.value).toBe('');
    expect(compose.body.textContent).toBe('Hello Marta');
    expectNothingSent();
  });

  it('puts only the body into an inline reply, whatever the draft names: subject and recipients stay', () => {
    loadIntoDocument('thread-cc-several.html');
    const compose = onlyCompose();
    const chips = () => [...compose.root.querySelectorAll('div[name="to"] [role="option"]')].map((chip) => chip.getAttribute('data-hovercard-id'));
    const before = chips();
    const fieldEvents = [...events(compose.to as EventTarget, 'input', 'change'), ...events(compose.subject as EventTarget, 'input', 'change')];

    const result = fillCompose(compose, { to: 'tomas.herrera@example.org', subject: 'Kurzer Gruß', body: 'Hi Tomás, the 19th it is.' });

    expect(result).toEqual({ filled: ['body'] });
    expect(compose.subject?.value).toBe('Re: Q2 workshop dates');
    expect(compose.to?.value).toBe('');
    expect(chips()).toEqual(before);
    expect(before).toHaveLength(3);
    expect(fieldEvents).toEqual([]);
    expect(compose.body.textContent).toBe('Hi Tomás, the 19th it is.');
    expectNothingSent();
  });

  it.each(['reply-target', 'reply-type-menu'] as const)('puts only the body into a popped-out reply (%s)', (how) => {
    const compose = popOutReply(how);
    expect(fillCompose(compose, { to: 'priya.raman@example.com', subject: 'Kurzer Gruß', body: 'Hallo Jonas' })).toEqual({ filled: ['body'] });
    expect(compose.subject?.value).toBe('Re: Project kickoff');
    expect(compose.to?.value).toBe('');
    expect(compose.body.textContent).toContain('Hallo Jonas');
    expectNothingSent();
  });

  it('never overwrites what the user typed into a new message, nor adds a second recipient', () => {
    loadIntoDocument('compose-new.html');
    const compose = onlyCompose();
    if (!compose.to || !compose.subject) throw new Error('compose-new.html lacks To or Subject');
    compose.to.value = 'pri';
    compose.subject.value = 'Fotos';
    expect(fillCompose(compose, { to: 'jonas.berger@example.org', subject: 'Kurzer Gruß', body: 'Hallo' })).toEqual({ filled: ['body'] });
    expect([compose.to.value, compose.subject.value]).toEqual(['pri', 'Fotos']);

    loadIntoDocument('compose-legacy-2020.html');
    const legacy = onlyCompose();
    expect(fillCompose(legacy, { to: 'marta.kowalczyk@example.net', subject: 'Rechnung', body: 'Hallo' })).toEqual({ filled: ['subject', 'body'] });
    expect(legacy.to?.value).toBe('');
    expect(legacy.subject?.value).toBe('Rechnung');
    expectNothingSent();
  });

  it('fills only the body of an inline reply and leaves its recipients alone', () => {
    loadIntoDocument('thread-cc-several.html');
    const compose = onlyCompose();
    expect(compose.kind).toBe('inline');
    expect(fillCompose(compose, { body: 'Thanks all, the 19th it is.' })).toEqual({ filled: ['body'] });
    expect(compose.to?.value).toBe('');
    expect(compose.root.querySelectorAll('div[name="to"] [role="option"]')).toHaveLength(3);
    expect(compose.body.textContent).toBe('Thanks all, the 19th it is.');
    expectNothingSent();
  });

  it('writes markup in the draft as text, never as HTML', () => {
    loadIntoDocument('compose-legacy-2020.html');
    const compose = onlyCompose();
    fillCompose(compose, { body: '<img src=x onerror="window.__sent = true"><b>bold</b>' });
    expect(compose.body.querySelector('img, b')).toBeNull();
    expect(compose.body.textContent).toBe('<img src=x onerror="window.__sent = true"><b>bold</b>');
    expectNothingSent();
  });

  it('uses the native value setter past a page-installed instance setter', () => {
    loadIntoDocument('compose-new.html');
    const compose = onlyCompose();
    const input = compose.to as HTMLInputElement;
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input) as object, 'value');
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return native?.get?.call(input) as string;
      },
      set() {
        // A framework's tracker that swallows direct assignments.
      },
    });
    expect(fillCompose(compose, { to: 'priya.raman@example.com', body: 'x' }).filled).toContain('to');
    expect(input.value).toBe('priya.raman@example.com');
  });

  describe('with a browser execCommand', () => {
    function installExecCommand(behaviour: (text: string) => boolean): string[] {
      const calls: string[] = [];
      Object.defineProperty(document, 'execCommand', {
        configurable: true,
        value: (command: string, _ui: boolean, text: string) => {
          calls.push(command);
          return behaviour(text);
        },
      });
      return calls;
    }

    function insertAtSelection(text: string): boolean {
      const range = document.getSelection()?.getRangeAt(0);
      range?.insertNode(document.createTextNode(text));
      return true;
    }

    it('inserts as typing at the start of the body and does not write twice', () => {
      loadIntoDocument('compose-new.html');
      const calls = installExecCommand(insertAtSelection);
      const compose = onlyCompose();
      expect(fillCompose(compose, { body: 'Hi Jonas' }).filled).toEqual(['body']);
      expect(calls).toEqual(['insertText']);
      expect(compose.body.firstChild?.textContent).toBe('Hi Jonas');
      expect(compose.body.textContent?.match(/Hi Jonas/g)).toHaveLength(1);
    });

    it('falls back to lines when execCommand claims success but inserts nothing', () => {
      loadIntoDocument('compose-new.html');
      installExecCommand(() => true);
      const compose = onlyCompose();
      expect(fillCompose(compose, { body: 'Hi Jonas' }).filled).toEqual(['body']);
      expect(compose.body.firstElementChild?.textContent).toBe('Hi Jonas');
    });

    it('reports failure rather than doubling text when execCommand inserted something else', () => {
      loadIntoDocument('compose-new.html');
      installExecCommand(() => insertAtSelection('Hi Jo'));
      const compose = onlyCompose();
      expect(fillCompose(compose, { body: 'Hi Jonas' }).filled).toEqual([]);
      expect(compose.body.textContent?.includes('Hi Jonas')).toBe(false);
    });
  });

  it('never throws and reports what it could fill', () => {
    loadIntoDocument('compose-new.html');
    const compose = onlyCompose();
    compose.body.focus = () => {
      throw new Error('detached');
    };
    expect(fillCompose(compose, { subject: 'Still filled', body: 'x' })).toEqual({ filled: ['subject'] });
    expect(findComposeWindows({ querySelectorAll: () => { throw new Error('boom'); } } as unknown as Document)).toEqual([]);
  });
});

describe('composeUrl', () => {
  it('encodes every field so nothing can add parameters', () => {
    const draft = {
      to: 'anna+work@example.de',
      subject: 'Q2 & Q3 #plans 100% 🚀',
      body: 'Hallo Anna,\n\nwie besprochen: a=b&c=d\nGrüße',
    };
    const url = new URL(composeUrl(draft));
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect([...url.searchParams.keys()]).toEqual(['view', 'fs', 'to', 'su', 'body']);
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('fs')).toBe('1');
    expect(url.searchParams.get('to')).toBe(draft.to);
    expect(url.searchParams.get('su')).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body);
    expect(url.hash).toBe('');
    expect(composeUrl({ body: 'a b' })).toBe('https://mail.google.com/mail/?view=cm&fs=1&body=a%20b');
  });

  it('adds the account when given', () => {
    expect(composeUrl({ to: 'x@example.org', body: 'y', account: 'lena.vogt@example.com' })).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=x%40example.org&body=y&authuser=lena.vogt%40example.com',
    );
  });
});
