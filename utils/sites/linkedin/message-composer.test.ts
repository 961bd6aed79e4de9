// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDocument, fixtureHtml } from '../../../tests/fixtures/linkedin/load-fixture';
import { findMessageComposer, insertIntoComposer, type MessageComposer } from './message-composer';

interface LivePage {
  window: Window;
  document: Document;
  sendButton(): HTMLButtonElement;
}

const openPages: Window[] = [];

/** A live page whose inline script ran, like a browser tab: the shadow-root fixture builds its composer in script. */
async function openFixture(name: string): Promise<LivePage> {
  const window = new Window({
    url: 'https://www.linkedin.com/in/priya-raghunathan-8841b2/',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  openPages.push(window);
  window.document.write(fixtureHtml(name));
  await window.happyDOM.waitUntilComplete();
  const document = window.document as unknown as Document;
  const sendButton = () => {
    const root = document.querySelector('#interop-outlet')?.shadowRoot ?? document;
    const button = root.querySelector<HTMLButtonElement>('button.msg-form__send-button');
    if (!button) throw new Error('fixture has no send button');
    return button;
  };
  return { window, document, sendButton };
}

function found(composer: MessageComposer | undefined): MessageComposer {
  if (!composer) throw new Error('no composer found');
  return composer;
}

function paragraphs(element: HTMLElement): string[] {
  return [...element.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '');
}

afterEach(async () => {
  await Promise.all(openPages.splice(0).map((window) => window.happyDOM.close()));
});

describe('findMessageComposer', () => {
  it('finds the overlay composer in the light DOM, not the comment box before it', async () => {
    const { document } = await openFixture('messaging-overlay-light-dom.html');
    const composer = found(findMessageComposer(document));
    expect(composer.where).toBe('light-dom');
    expect(composer.element.classList.contains('msg-form__contenteditable')).toBe(true);
  });

  it('finds the composer inside the open shadow root of #interop-outlet', async () => {
    const { document } = await openFixture('messaging-overlay-shadow-root.html');
    expect(document.querySelector('[role="textbox"]')).toBeNull();
    const composer = found(findMessageComposer(document));
    expect(composer.where).toBe('interop-shadow-root');
    expect(composer.element.getRootNode()).toBe(document.querySelector('#interop-outlet')?.shadowRoot);
    expect(composer.element.getAttribute('aria-label')).toBe('Escribe un mensaje…');
  });

  it('prefers the focused composer when several conversations are open', async () => {
    const { document } = await openFixture('messaging-overlay-light-dom.html');
    const bubble = document.querySelector('.msg-overlay-conversation-bubble');
    const second = bubble?.cloneNode(true) as HTMLElement;
    bubble?.after(second);
    const secondComposer = second.querySelector<HTMLElement>('[role="textbox"]');
    secondComposer?.focus();
    expect(findMessageComposer(document)?.element).toBe(secondComposer);
  });

  it('finds nothing on a page with only a comment box', () => {
    expect(findMessageComposer(fixtureDocument('feed.html'))).toBeUndefined();
  });
});

describe('insertIntoComposer', () => {
  it.each(['messaging-overlay-light-dom.html', 'messaging-overlay-shadow-root.html'])(
    'puts the text in as paragraphs and lets %s notice, without sending',
    async (fixture) => {
      const page = await openFixture(fixture);
      const { element } = found(findMessageComposer(page.document));
      const inputEvents: InputEvent[] = [];
      element.addEventListener('input', (event) => inputEvents.push(event as InputEvent));
      const clicks = vi.fn();
      page.sendButton().addEventListener('click', clicks);
      expect(page.sendButton().disabled).toBe(true);

      expect(insertIntoComposer(element, 'Hallo Priya,\n\nschön, dass wir uns in München gesehen haben.')).toBe(true);

      expect(paragraphs(element)).toEqual(['Hallo Priya,', '', 'schön, dass wir uns in München gesehen haben.']);
      expect(inputEvents).toHaveLength(1);
      expect(inputEvents[0]).toMatchObject({ type: 'input', bubbles: true, inputType: 'insertText' });
      expect(Reflect.get(page.window, '__inputEvents')).toBe(1);
      expect(page.sendButton().disabled).toBe(false);
      expect(clicks).not.toHaveBeenCalled();
      expect(Reflect.get(page.window, '__submitted')).toBeUndefined();
    },
  );

  it('inserts markup-like text as text', async () => {
    const { document } = await openFixture('messaging-overlay-light-dom.html');
    const { element } = found(findMessageComposer(document));
    expect(insertIntoComposer(element, '<img src=x onerror=alert(1)> & <b>bold</b>')).toBe(true);
    expect(element.querySelector('img, b')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)> & <b>bold</b>');
  });

  it('keeps what the user already typed', async () => {
    const { document } = await openFixture('messaging-overlay-light-dom.html');
    const { element } = found(findMessageComposer(document));
    element.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Already typed.' }));
    insertIntoComposer(element, 'Added.');
    expect(paragraphs(element)).toEqual(['Already typed.', 'Added.']);
  });

  it('uses the editing command when the browser has one, and then adds nothing itself', async () => {
    const { document, window } = await openFixture('messaging-overlay-light-dom.html');
    const { element } = found(findMessageComposer(document));
    const execCommand = vi.fn((_command: string, _ui?: boolean, value?: string) => {
      element.append(document.createTextNode(value ?? ''));
      return true;
    });
    Object.assign(document, { execCommand });

    expect(insertIntoComposer(element, 'Hello Priya')).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'Hello Priya');
    expect(element.textContent).toBe('Hello Priya');
    expect(Reflect.get(window, '__inputEvents')).toBe(0);
  });

  it('falls back to paragraphs when the editing command reports success but nothing landed', async () => {
    const { document, window } = await openFixture('messaging-overlay-light-dom.html');
    const { element } = found(findMessageComposer(document));
    Object.assign(document, { execCommand: vi.fn(() => true) });

    expect(insertIntoComposer(element, 'Hello Priya')).toBe(true);
    expect(paragraphs(element)).toEqual(['Hello Priya']);
    expect(Reflect.get(window, '__inputEvents')).toBe(1);
  });

  it('reports failure instead of throwing', () => {
    const element = document.createElement('div');
    vi.spyOn(element, 'append').mockImplementation(() => {
      throw new Error('detached');
    });
    expect(insertIntoComposer(element, 'Hello')).toBe(false);
  });
});
