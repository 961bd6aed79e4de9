// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DATA_VERSION_KEY } from '../../utils/background/tab-contexts';
import { callBackground } from '../../utils/messaging/client';
import type { ContactCard } from '../../utils/messaging/protocol';
import { DraftPanel } from './DraftPanel';
import { agreement, contact, contextData } from './draft-fixtures';
import { button, byLabel, click, fromOutside, render, typeInto, useEnglishMessages } from '../shared/test-dom';

vi.mock('../../utils/messaging/client', () => ({ callBackground: vi.fn() }));

const now = Date.now();
const anna = contact({ lastContactAt: now });
const call = { id: 'call', contactId: anna.id, at: now, channel: 'call' as const, direction: 'mutual' as const, createdAt: now };
const data = contextData({
  contact: anna,
  interactions: [call],
  agreements: [agreement('a', 'deadline', 'Entwurf Startseite', { interactionId: 'call' }), agreement('b', 'promise', 'Bildrechte klären', { interactionId: 'call' })],
});
const card: ContactCard = { contact: anna, openAgreements: data.agreements, recentInteractions: [call] } as ContactCard;
const writeText = vi.fn(async (_text: string) => undefined);
let insertResult: unknown;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  insertResult = { inserted: false, reason: 'no-message-box' };
  vi.mocked(callBackground).mockImplementation((async (type: string) => {
    if (type === 'draft.context') return data;
    if (type === 'settings.get') return { userName: 'Max Mustermann', signature: '' };
    if (type === 'draft.insert') return insertResult;
    if (type === 'tab.open') return null;
    throw new Error(type);
  }) as typeof callBackground);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  writeText.mockClear();
});
afterEach(() => {
  document.body.replaceChildren();
});

function openedUrl(): string {
  const calls = vi.mocked(callBackground).mock.calls.filter(([type]) => type === 'tab.open');
  const input = calls.at(-1)?.[1] as { url: string } | undefined;
  if (!input) throw new Error('no tab was opened');
  return input.url;
}

describe('DraftPanel', () => {
  it('opens on the draft that fits: a call logged today gives its summary, in the contact\u2019s language', async () => {
    const { container } = await render(<DraftPanel card={card} />);
    expect(container.textContent).toContain('Fits now: Call summary');
    expect(byLabel<HTMLSelectElement>(container, 'Type of note').value).toBe('call-summary');
    const body = byLabel<HTMLTextAreaElement>(container, 'Message').value;
    expect(body).toMatch(/^Hallo Anna,/);
    expect(body).toContain('Entwurf Startseite');
    expect(body).toContain('Bildrechte klären');
  });

  it('keeps the user\u2019s edits when data changes, until another wording or kind is chosen', async () => {
    const { container } = await render(<DraftPanel card={card} />);
    const subject = () => byLabel<HTMLInputElement>(container, 'Subject').value;
    const first = subject();
    await typeInto(byLabel(container, 'Subject'), 'Mein Betreff');
    expect(subject()).toBe('Mein Betreff');
    await fromOutside(() => fakeBrowser.storage.session.set({ [DATA_VERSION_KEY]: 2 }));
    expect(vi.mocked(callBackground).mock.calls.filter(([type]) => type === 'draft.context').length).toBeGreaterThan(1);
    expect(subject()).toBe('Mein Betreff');
    await click(button(container, 'Another wording'));
    expect(subject()).not.toBe('Mein Betreff');
    expect(container.textContent).toMatch(/Wording \d of \d/);
    await typeInto(byLabel(container, 'Type of note'), 'thank-you');
    expect(subject()).not.toBe(first);
    expect(byLabel<HTMLTextAreaElement>(container, 'Message').value).toContain('Dank');
  });

  it('copies the draft when the page has no message box, and says so', async () => {
    const { container } = await render(<DraftPanel card={card} />);
    await typeInto(byLabel(container, 'Message'), 'Hallo Anna,\n\nmein Text');
    await click(button(container, 'Put into the page'));
    expect(vi.mocked(callBackground)).toHaveBeenCalledWith('draft.insert', expect.objectContaining({ body: 'Hallo Anna,\n\nmein Text', to: 'anna@example.com' }));
    expect(writeText).toHaveBeenCalledWith('Hallo Anna,\n\nmein Text');
    expect(container.querySelector('[role="status"]')?.textContent).toContain('No message box is open on this page, so the draft was copied instead.');
  });

  it('tells the page who the note is for, so it goes only into their chat', async () => {
    insertResult = { inserted: true, where: 'light-dom' };
    const onLinkedIn = { ...card, contact: { ...anna, linkedinSlug: 'anna-mueller-demo' } };
    const { container } = await render(<DraftPanel card={onLinkedIn} pageName="Anna Müller-Schmidt" />);
    await click(button(container, 'Put into the page'));
    expect(vi.mocked(callBackground)).toHaveBeenCalledWith(
      'draft.insert',
      expect.objectContaining({ recipient: { names: ['Anna Müller-Schmidt', 'Anna Müller'], linkedinSlug: 'anna-mueller-demo' } }),
    );
  });

  it('does not copy when the draft went into the page', async () => {
    insertResult = { inserted: true, where: 'light-dom' };
    const { container } = await render(<DraftPanel card={card} />);
    await click(button(container, 'Put into the page'));
    expect(writeText).not.toHaveBeenCalled();
    expect(container.querySelector('[role="status"]')?.textContent).toContain('The draft is in the message box.');
  });

  it('beside a Gmail conversation, addresses the draft to the address used there, in the signed-in mailbox', async () => {
    const mailTo = { address: 'a.mueller@partner.example', account: 'lena@vogt-design.example' };
    const { container } = await render(<DraftPanel card={card} mailTo={mailTo} />);
    await click(button(container, 'Put into the page'));
    expect(vi.mocked(callBackground)).toHaveBeenCalledWith('draft.insert', expect.objectContaining({ to: 'a.mueller@partner.example' }));

    await click(button(container, 'Open in Gmail'));
    const url = new URL(openedUrl());
    expect(url.searchParams.get('to')).toBe('a.mueller@partner.example');
    expect(url.searchParams.get('authuser')).toBe('lena@vogt-design.example');
  });

  it('without a page (the popup), opens Gmail with the contact’s first address and no account', async () => {
    const { container } = await render(<DraftPanel card={card} canInsert={false} collapsible={false} />);
    await click(button(container, 'Open in Gmail'));
    const url = new URL(openedUrl());
    expect(url.searchParams.get('to')).toBe('anna@example.com');
    expect(url.searchParams.has('authuser')).toBe(false);
  });

  it('copies the draft when the open message is addressed to someone else, and says so', async () => {
    insertResult = { inserted: false, reason: 'addressed-elsewhere' };
    const { container } = await render(<DraftPanel card={card} />);
    await click(button(container, 'Put into the page'));
    expect(writeText).toHaveBeenCalled();
    expect(container.querySelector('[role="status"]')?.textContent).toContain('The open message is addressed to someone else, so the draft was copied instead.');
  });

  it('stays folded when nothing fits, and offers no "Put into the page" where there is no page', async () => {
    vi.mocked(callBackground).mockImplementation((async (type: string) =>
      type === 'draft.context' ? contextData() : { userName: '', signature: '' }) as typeof callBackground);
    const { container } = await render(<DraftPanel card={{ ...card, contact: contact() }} canInsert={false} />);
    const disclosure = button(container, 'Draft a note');
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    await click(disclosure);
    expect(byLabel<HTMLSelectElement>(container, 'Type of note').value).toBe('thinking-of-you');
    expect(() => button(container, 'Put into the page')).toThrow();
    expect(button(container, 'Copy')).toBeTruthy();
  });
});
