// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDocument, fixtureHtml } from '../../../tests/fixtures/linkedin/load-fixture';
import { findMessageComposer, insertIntoComposer, type MessageComposer } from './message-composer';
import type { DraftRecipient } from './recipient-match';

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

const PRIYA: DraftRecipient = { names: ['Priya Raghunathan'], linkedinSlug: 'priya-raghunathan-8841b2' };
const MARIA: DraftRecipient = { names: ['María José Fernández-Ortega'], linkedinSlug: 'mariajose-fernandez-ortega' };

function bubbleOf(document: Document, partner: string): HTMLElement {
  const bubble = document.querySelector<HTMLElement>(`.msg-overlay-conversation-bubble[data-partner="${partner}"]`);
  if (!bubble) throw new Error(`fixture has no bubble for ${partner}`);
  return bubble;
}

function composerOf(bubble: Element): HTMLElement {
  const composer = bubble.querySelector<HTMLElement>('[role="textbox"]');
  if (!composer) throw new Error('bubble without composer');
  return composer;
}

/** A second conversation inside the #interop-outlet shadow root, with `name` in its header, placed first. */
function addShadowConversationFirst(document: Document, name: string, href: string): HTMLElement {
  const root = document.querySelector('#interop-outlet')?.shadowRoot;
  const conversation = root?.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  const link = conversation?.querySelector('header a');
  if (!root || !conversation || !link) throw new Error('fixture without a conversation in the shadow root');
  link.textContent = name;
  link.setAttribute('href', href);
  root.prepend(conversation);
  return composerOf(conversation);
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

  it('prefers the focused one when several conversations with the recipient are open', async () => {
    const { document } = await openFixture('messaging-overlay-light-dom.html');
    const bubble = document.querySelector('.msg-overlay-conversation-bubble');
    const second = bubble?.cloneNode(true) as HTMLElement;
    bubble?.after(second);
    const secondComposer = second.querySelector<HTMLElement>('[role="textbox"]');
    secondComposer?.focus();
    expect(findMessageComposer(document, PRIYA)?.element).toBe(secondComposer);
  });

  it('with several chats open, picks the recipient\'s by the name in its header, not the first', async () => {
    const { document } = await openFixture('messaging-overlay-two-bubbles.html');
    const composer = found(findMessageComposer(document, PRIYA));
    expect(composer.element).toBe(composerOf(bubbleOf(document, 'priya')));
    expect(composer.where).toBe('light-dom');
  });

  it('compares names without case, accents or extra spaces, and with any of the recipient\'s names', async () => {
    const { document } = await openFixture('messaging-overlay-two-bubbles.html');
    const priya = composerOf(bubbleOf(document, 'priya'));
    expect(findMessageComposer(document, { names: ['  priya   RAGHUNATHAN '] })?.element).toBe(priya);
    expect(findMessageComposer(document, { names: ['Priya', 'Priya Raghunathan'] })?.element).toBe(priya);
    const { document: shadowPage } = await openFixture('messaging-overlay-shadow-root.html');
    expect(findMessageComposer(shadowPage, { names: ['Maria Jose Fernandez-Ortega'] })).toBeDefined();
  });

  it('goes by the slug when the header links to /in/<slug>, whatever the name', async () => {
    const { document } = await openFixture('messaging-overlay-two-bubbles.html');
    const jonas = bubbleOf(document, 'jonas');
    jonas.querySelector('header a')?.setAttribute('href', 'https://www.linkedin.com/in/Priya-Raghunathan-8841b2/');
    expect(findMessageComposer(document, { names: ['P. R.'], linkedinSlug: PRIYA.linkedinSlug })?.element).toBe(composerOf(jonas));

    bubbleOf(document, 'priya').querySelector('header a')?.setAttribute('href', '/in/priya-raghunathan-other/');
    jonas.remove();
    expect(findMessageComposer(document, PRIYA)).toBeUndefined();
  });

  it('refuses the only open chat when its header names someone else', async () => {
    const { document } = await openFixture('messaging-overlay-two-bubbles.html');
    bubbleOf(document, 'priya').remove();
    expect(findMessageComposer(document, PRIYA)).toBeUndefined();
    const { document: shadowPage } = await openFixture('messaging-overlay-shadow-root.html');
    expect(findMessageComposer(shadowPage, PRIYA)).toBeUndefined();
  });

  it('takes the only open chat when who it is with cannot be read, as before', async () => {
    const { document } = await openFixture('messaging-overlay-two-bubbles.html');
    bubbleOf(document, 'jonas').remove();
    const priya = bubbleOf(document, 'priya');
    priya.querySelector('header')?.remove();
    expect(findMessageComposer(document, PRIYA)?.element).toBe(composerOf(priya));
    expect(findMessageComposer(document)?.element).toBe(composerOf(priya));
  });

  it('refuses when several chats are open and none can be told to be the recipient\'s', async () => {
    const { document } = await openFixture('messaging-overlay-two-bubbles.html');
    bubbleOf(document, 'priya').querySelector('header')?.remove();
    expect(findMessageComposer(document, PRIYA)).toBeUndefined();
    expect(findMessageComposer(document)).toBeUndefined();
  });

  it('picks the recipient\'s conversation inside the #interop-outlet shadow root, not the first', async () => {
    const { document } = await openFixture('messaging-overlay-shadow-root.html');
    const other = addShadowConversationFirst(document, 'Jonas Berger', '/in/ACoAABjonasBERGERxxxxxxxxxxxxxxxxxxxx');
    const composer = found(findMessageComposer(document, MARIA));
    expect(composer.where).toBe('interop-shadow-root');
    expect(composer.element).not.toBe(other);
    expect(composer.element.closest('div[componentkey]')?.querySelector('header')?.textContent).toBe('María José Fernández-Ortega');
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
