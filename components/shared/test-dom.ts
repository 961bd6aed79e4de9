/** Helpers for rendering extension-page UI in happy-dom tests (not imported by the app). */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing';
import messages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `browser.i18n` as Chrome does it, with the English messages. */
export function useEnglishMessages(): void {
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    const entry = (messages as Messages)[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}

export async function render(node: ReactNode): Promise<{ container: HTMLElement; root: Root }> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  await settle();
  return { container, root };
}

/** Lets promises (storage, messaging) resolve and React re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** A change from outside the UI (storage written by another page) and the re-render it causes. */
export async function fromOutside(change: () => Promise<unknown>): Promise<void> {
  await act(async () => {
    await change();
  });
  await settle();
}

export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  await act(async () => {
    setter?.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
  await settle();
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click.');
  await act(async () => element.click());
  await settle();
}

export function byLabel<T extends HTMLElement>(container: ParentNode, label: string): T {
  const found = [...container.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  const field = found?.htmlFor ? container.querySelector(`[id="${CSS.escape(found.htmlFor)}"]`) : null;
  if (!field) throw new Error(`No field labelled "${label}".`);
  return field as T;
}

export function button(container: ParentNode, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (candidate) => candidate.getAttribute('aria-label') === name || candidate.textContent === name,
  );
  if (!found) throw new Error(`No button "${name}".`);
  return found;
}
