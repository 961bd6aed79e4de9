/**
 * Puts text on the clipboard; false when the browser refused. The sidebar is a frame inside another
 * site, where the Clipboard API may be blocked, so the older copy command is the second try.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text, doc);
  }
}

function copyWithCommand(text: string, doc: Document): boolean {
  const active = doc.activeElement;
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.position = 'fixed';
  scratch.style.opacity = '0';
  doc.body.append(scratch);
  try {
    scratch.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
    if (active instanceof HTMLElement) active.focus();
  }
}
