/**
 * Putting text into page fields the way typing would, so the page's own code notices.
 * Generic DOM helpers (no Gmail knowledge); never clicks, submits or presses keys.
 */

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Sets the value through the native setter (past framework value trackers), then announces it. */
export function setFieldValue(field: TextField, value: string): boolean {
  field.focus();
  const setter = nativeValueSetter(field);
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === value;
}

function nativeValueSetter(field: TextField): ((this: TextField, value: string) => void) | undefined {
  for (let proto: object | null = Object.getPrototypeOf(field) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return setter;
  }
  return undefined;
}

/**
 * Inserts `text` at the start of a contenteditable: first as the browser's own typing
 * (`execCommand('insertText')`, which editors and autosave notice), verified; else one `<div>` per
 * line built with `textContent` plus a bubbling `input` event. Returns how, or undefined on failure.
 */
export function insertTextIntoEditable(editable: HTMLElement, text: string): 'exec-command' | 'dom' | undefined {
  const before = editable.textContent ?? '';
  editable.focus();
  if (hasFocus(editable)) {
    caretToStart(editable);
    if (execInsertText(editable.ownerDocument, text) && containsNewText(editable, text, before)) return 'exec-command';
  }
  // Something else went in (partly, or elsewhere): writing again would double it.
  if ((editable.textContent ?? '') !== before) return undefined;

  writeLines(editable, text);
  editable.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return containsNewText(editable, text, before) ? 'dom' : undefined;
}

function hasFocus(element: HTMLElement): boolean {
  const active = element.ownerDocument.activeElement;
  return active !== null && (active === element || element.contains(active));
}

function caretToStart(element: HTMLElement): void {
  const doc = element.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(element);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function execInsertText(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** One `<div>` per line (`<div><br></div>` for an empty one), before any signature or quote. */
function writeLines(editable: HTMLElement, text: string): void {
  const doc = editable.ownerDocument;
  const lines = text.split(/\r\n|\r|\n/).map((line) => {
    const div = doc.createElement('div');
    if (line) div.textContent = line;
    else div.append(doc.createElement('br'));
    return div;
  });
  const isEmpty = !(editable.textContent ?? '').trim() && !editable.querySelector('img');
  if (isEmpty) editable.replaceChildren(...lines);
  else editable.prepend(...lines);
}

function containsNewText(editable: HTMLElement, text: string, before: string): boolean {
  const after = compact(editable.textContent ?? '');
  return after !== compact(before) && after.includes(compact(text));
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
